package dev.margin.importer;

import dev.margin.domain.ArticleDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextAndPasteTest {
    private final ArticleImporter importer = new ArticleImporter();

    @TempDir
    Path dir;

    @Test
    void aShortFirstLineWithoutFinalPeriodIsTheTitle() throws Exception {
        Path file = write("wire.txt", "Ferry operator suspends night crossings\r\n\r\n"
                + "OSTHAVEN, June 2 (Northern Wire) – The ferry operator Baltline suspended its night crossings on Tuesday.\r\n"
                + "\r\n\r\n“Safety comes first,”   a spokeswoman said.\r\n");
        ArticleDraft draft = importer.importFile(file).draft();

        assertThat(draft.title()).isEqualTo("Ferry operator suspends night crossings");
        assertThat(draft.text()).isEqualTo("OSTHAVEN, June 2 (Northern Wire) – The ferry operator Baltline suspended its night crossings on Tuesday.\n"
                + "“Safety comes first,” a spokeswoman said.");
        assertThat(draft.headings()).isEmpty();
        assertThat(draft.url()).isNull();
    }

    @Test
    void hardWrappedWireCopyIsJoinedIntoParagraphs() throws Exception {
        String wire = """
                Grain exports fall for third month

                KASTOR, Oct 3 (Northern Wire) - Grain exports through the port of
                Kastor fell 14% in September from a year earlier, the third monthly
                decline in a row, port data showed on Friday.

                "We are losing cargo to the northern terminals," harbour master
                Elin Dahl said. "The dredging cannot wait another winter."

                Shipments totalled 1.2 million tonnes.
                """;
        ArticleDraft draft = importer.importPasted(wire, null).draft();

        assertThat(draft.title()).isEqualTo("Grain exports fall for third month");
        assertThat(draft.text()).isEqualTo("KASTOR, Oct 3 (Northern Wire) - Grain exports through the port of Kastor fell"
                + " 14% in September from a year earlier, the third monthly decline in a row, port data showed on Friday.\n"
                + "\"We are losing cargo to the northern terminals,\" harbour master Elin Dahl said. \"The dredging cannot"
                + " wait another winter.\"\n"
                + "Shipments totalled 1.2 million tonnes.");
    }

    @Test
    void shortLinesInBlocksAreNotTakenForHardWrapping() throws Exception {
        String text = "Contacts\n\nPress office\nTel. 555 0100\n\nOpening hours\nMon-Fri\n";
        assertThat(importer.importPasted(text, null).draft().text())
                .isEqualTo("Press office\nTel. 555 0100\nOpening hours\nMon-Fri");
    }

    @Test
    void aFirstLineEndingInAPeriodIsText() throws Exception {
        ArticleDraft draft = importer.importPasted("The council met on Monday.\nIt voted 9–2.", null).draft();

        assertThat(draft.title()).isEmpty();
        assertThat(draft.text()).isEqualTo("The council met on Monday.\nIt voted 9–2.");
    }

    @Test
    void aQuestionCanBeATitleButASingleLineNeverIs() throws Exception {
        assertThat(importer.importPasted("Who pays for the bridge?\nNobody knows yet.", null).draft().title())
                .isEqualTo("Who pays for the bridge?");
        ArticleDraft single = importer.importPasted("Short headline only", null).draft();
        assertThat(single.title()).isEmpty();
        assertThat(single.text()).isEqualTo("Short headline only");
    }

    @Test
    void aLongFirstLineIsNotATitle() throws Exception {
        String longLine = "word ".repeat(40).strip();
        assertThat(importer.importPasted(longLine + "\nsecond", null).draft().title()).isEmpty();
    }

    @Test
    void aGivenTitleIsUsedAndTheFirstLineStaysInTheText() throws Exception {
        ArticleDraft draft = importer.importPasted("Minister resigns\n“I have no regrets,” she said.", "  Pasted  from the wire ").draft();

        assertThat(draft.title()).isEqualTo("Pasted from the wire");
        assertThat(draft.text()).isEqualTo("Minister resigns\n“I have no regrets,” she said.");
    }

    @Test
    void textFilesWithOtherExtensionsAreSniffedAsTextOrHtml() throws Exception {
        Path text = write("notes.log", "Headline here\nBody text.");
        assertThat(importer.importFile(text).draft().title()).isEqualTo("Headline here");

        Path html = write("saved-page", "<!DOCTYPE html><html><head><title>Saved page</title></head><body><article>"
                + "<p>" + "The harbour master confirmed the closure on Friday morning. ".repeat(5) + "</p></article></body></html>");
        ArticleDraft draft = importer.importFile(html).draft();
        assertThat(draft.title()).isEqualTo("Saved page");
        assertThat(draft.text()).startsWith("The harbour master confirmed");
    }

    private Path write(String name, String content) throws IOException {
        return Files.write(dir.resolve(name), content.getBytes(StandardCharsets.UTF_8));
    }
}
