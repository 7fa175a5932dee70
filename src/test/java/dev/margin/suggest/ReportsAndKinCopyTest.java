package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, nineteenth session, from the eighty-sixth and eighty-eighth held-out sets (a watchdog's report, a Supreme
 * Court argument, a NATO meeting), read after their blind run: "The report, released Monday by …, said" speaks for who
 * released it; a pronoun opening the next paragraph goes on with someone named as another's kin ("Ardmore’s mother,
 * Gloria Ardmore, stood …"); and "the former … minister" is the person the paragraph opens with, whatever their post now.
 */
class ReportsAndKinCopyTest {
    @Test
    void aReportSpeaksForWhoReleasedIt() {
        Suggestions s = Suggestions.ofLanguage("SBA chief grilled\nWASHINGTON — The agency's head faced questions from Congress on Tuesday.\n"
                + "The report, released Monday by the Office of Inspector General, said the agency skipped identity checks for a third "
                + "of applicants and “did not consistently” use tax records.", "en");
        assertThat(s.quote("did not consistently").speaker()).isEqualTo("Office of Inspector General");
    }

    @Test
    void aPronounOpeningTheNextParagraphGoesOnWithSomeonesKin() {
        Suggestions s = Suggestions.ofLanguage("Phone data case\nDaniel Ardmore, 24, was convicted of robbery in 2023.\nOutside the court, Ardmore’s mother, Gloria Ardmore, stood quietly beside "
                + "Rebecca Lindqvist while demonstrators held signs.\n“He made mistakes, and he has owned them,” she said.", "en");
        assertThat(s.quote("He made mistakes, and he has owned them,").speaker()).isEqualTo("Gloria Ardmore");
    }

    @Test
    void aFormerPostIsThePersonTheParagraphOpensWith() {
        Suggestions s = Suggestions.ofLanguage("NATO ministers meet\nNATO Secretary General Henrik Aalstad said the Kremlin's reaction was "
                + "predictable. Speaking at a closing news conference, the former Norwegian defence minister said allies had delivered "
                + "more than 1,100 interceptors to Ukraine.", "en");
        assertThat(s.quote("allies had delivered more than 1,100 interceptors to Ukraine").speaker()).isEqualTo("Henrik Aalstad");
    }
}
