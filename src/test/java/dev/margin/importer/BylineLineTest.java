package dev.margin.importer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BylineLineTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "By Tomas Reyes-Whitfield | Tomas Reyes-Whitfield",
            "By Imogen Achterberg and Dev Malhotra | Imogen Achterberg and Dev Malhotra",
            "By Hanne Lindqvist, Margin Sample Wire | Hanne Lindqvist, Margin Sample Wire",
            "By K. Drummond & Ola Brekke | K. Drummond & Ola Brekke",
            "BY RANIA AL-MASRI | RANIA AL-MASRI",
            "By Rania al-Masri in | ",
            "By Ruud van der Berg, The Harbour Courier | Ruud van der Berg, The Harbour Courier",
            "By Siri Lunde, Ola Brekke, and Elin Dahl | Siri Lunde, Ola Brekke, and Elin Dahl",
            "By Mara O’Connell | Mara O’Connell"})
    void nameShapedParagraphsAreBylines(String paragraph, String byline) {
        assertThat(BylineLine.bylineOf(paragraph)).isEqualTo(byline);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "By Monday, the council had voted to close the pool.",
            "By Monday Evening",
            "By March, prices had doubled.",
            "By then the reservoirs were at 31 per cent.",
            "By Contrast, Officials Say The Plan Works Fine Across The Whole Region",
            "By most estimates the cuts will save 40 million litres a day.",
            "PORT ELLERY, March 3 (Margin Sample Wire) – The harbour city will limit supply.",
            "Bylines Matter",
            "(Reporting by Tomas Reyes-Whitfield; Editing by Mara Kowalczyk)",
            "By Land And Sea Rescuers Reach The Flooded Village"})
    void sentencesAndDatelinesAreNotBylines(String paragraph) {
        assertThat(BylineLine.bylineOf(paragraph)).isNull();
    }
}
