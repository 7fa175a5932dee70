package dev.margin.importer;

import dev.margin.domain.ArticleDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The related-link and byline rules on the plain-text, pasted-text and Markdown paths. */
class TextBylineAndRelatedLinksTest {
    private static final String DATELINE = "OSTHAVEN, June 2 (Northern Wire) – The ferry operator Baltline suspended"
            + " its night crossings on Tuesday after a second engine fire in a month.";
    private static final String QUOTE = "“Safety comes first, and we will not sail until we know why,” a spokeswoman said.";

    private final ArticleImporter importer = new ArticleImporter();

    @TempDir
    Path dir;

    @Test
    void aTextFileLosesItsRelatedLinkLinesAndKeepsProseStartingWithRead() throws Exception {
        Path file = write("ferry.txt", String.join("\n",
                "Ferry operator suspends night crossings",
                "By Elin Dahl",
                DATELINE,
                "Also read: Baltline orders two new hybrid ferries",
                QUOTE,
                "READ MORE",
                "Read the inspectors’ full report before judging the crew, the union said on Wednesday.",
                "Related: Osthaven harbour at a glance",
                "Related measures at other ports will follow, the ministry said.",
                "See also: Why ferry fares keep rising",
                "Read more: Fire crews praised for quick response"));
        ImportResult result = importer.importFile(file);
        ArticleDraft draft = result.draft();

        assertThat(draft.title()).isEqualTo("Ferry operator suspends night crossings");
        assertThat(draft.byline()).isEqualTo("Elin Dahl");
        assertThat(draft.text().split("\n")).containsExactly(
                DATELINE,
                QUOTE,
                "Read the inspectors’ full report before judging the crew, the union said on Wednesday.",
                "Related measures at other ports will follow, the ministry said.");
        assertThat(result.droppedBoilerplate()).containsExactly(
                "Also read: Baltline orders two new hybrid ferries",
                "READ MORE",
                "Related: Osthaven harbour at a glance",
                "See also: Why ferry fares keep rising",
                "Read more: Fire crews praised for quick response");
    }

    @Test
    void hardWrappedWireCopyGetsTheSameRules() throws Exception {
        String wire = """
                Grain exports fall for third month

                By Elin Dahl and Ola Brekke, Northern Wire

                KASTOR, Oct 3 (Northern Wire) - Grain exports through the port of
                Kastor fell 14% in September from a year earlier, the third monthly
                decline in a row, port data showed on Friday.

                Also read: Dredging of the outer channel delayed again

                "We are losing cargo to the northern terminals," harbour master
                Elin Dahl said. "The dredging cannot wait another winter."
                """;
        ImportResult result = importer.importPasted(wire, null);

        assertThat(result.draft().title()).isEqualTo("Grain exports fall for third month");
        assertThat(result.draft().byline()).isEqualTo("Elin Dahl and Ola Brekke, Northern Wire");
        assertThat(result.draft().text()).startsWith("KASTOR, Oct 3 (Northern Wire) - Grain exports")
                .doesNotContain("Also read").doesNotContain("By Elin");
        assertThat(result.droppedBoilerplate()).containsExactly("Also read: Dredging of the outer channel delayed again");
    }

    @Test
    void pastedTextWithAGivenTitleTakesABylineInTheSecondParagraph() throws Exception {
        ImportResult result = importer.importPasted(String.join("\n",
                "Baltline’s chief executive apologised to stranded passengers",
                "By Siri Lunde, Osthaven Courier",
                QUOTE,
                "Read also – Timeline of the fires"), "Ferry chief says sorry");
        ArticleDraft draft = result.draft();

        assertThat(draft.title()).isEqualTo("Ferry chief says sorry");
        assertThat(draft.byline()).isEqualTo("Siri Lunde, Osthaven Courier");
        assertThat(draft.text().split("\n")).containsExactly(
                "Baltline’s chief executive apologised to stranded passengers", QUOTE);
        assertThat(result.droppedBoilerplate()).containsExactly("Read also – Timeline of the fires");
    }

    @Test
    void aByPhraseThatStartsASentenceStaysText() throws Exception {
        String text = String.join("\n",
                "Council closes the old lido",
                "By Monday, the council had voted 9–2 to close the lido for good.",
                "By most estimates the repairs would have cost €4m.");
        ImportResult result = importer.importPasted(text, null);

        assertThat(result.draft().byline()).isEmpty();
        assertThat(result.draft().text()).isEqualTo(
                "By Monday, the council had voted 9–2 to close the lido for good.\n"
                        + "By most estimates the repairs would have cost €4m.");
        assertThat(result.droppedBoilerplate()).isEmpty();
    }

    @Test
    void aBylineFurtherDownIsTextAndABylineOpeningTheTextIsNeverTheTitle() throws Exception {
        ArticleDraft late = importer.importPasted(String.join("\n",
                "Council closes the old lido", DATELINE, QUOTE, "By Elin Dahl"), null).draft();
        assertThat(late.byline()).isEmpty();
        assertThat(late.text()).endsWith("By Elin Dahl");

        ArticleDraft opening = importer.importPasted("By Elin Dahl\n" + DATELINE, null).draft();
        assertThat(opening.title()).isEmpty();
        assertThat(opening.byline()).isEqualTo("Elin Dahl");
        assertThat(opening.text()).isEqualTo(DATELINE);
    }

    @Test
    void aWireDatelineIsNeverTakenForTheByline() throws Exception {
        ArticleDraft draft = importer.importPasted(String.join("\n",
                "Port Ellery to ration water",
                "PORT ELLERY, March 3 (Margin Sample Wire) – The harbour city will limit household water supply.",
                "“Rationing now is the cheapest insurance we can buy,” the board’s chief said."), null).draft();

        assertThat(draft.byline()).isEmpty();
        assertThat(draft.text()).startsWith("PORT ELLERY, March 3 (Margin Sample Wire) – ");
    }

    @Test
    void textThatIsOnlyRelatedLinksIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> importer.importPasted("Also read: Fares rise\nREAD MORE", null))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("the pasted text")
                .hasMessageContaining("only related-link or promotional lines")
                .hasMessageContaining("Also read: Fares rise");
    }

    @Test
    void markdownThatIsOnlyATitleOrOnlyRelatedLinksIsRefusedNamingTheFile() throws Exception {
        Path titleOnly = write("headline.md", "# Ferry operator suspends night crossings\n");
        assertThatThrownBy(() -> importer.importFile(titleOnly))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining(titleOnly.toString())
                .hasMessageContaining("holds only its title");

        Path links = write("links.md", "# Ferry news\n\nAlso read: Fares rise\n\n[Timetable](https://wire.example/t)\n");
        assertThatThrownBy(() -> importer.importFile(links))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining(links.toString())
                .hasMessageContaining("only related-link or promotional lines");
    }

    @Test
    void markdownGetsTheBylineAndLosesRelatedLinksIncludingLinkOnlyParagraphs() throws Exception {
        Path file = write("ferry.md", """
                # Ferry operator suspends night crossings

                By Elin Dahl, Northern Wire

                %s

                **Also read:** [Baltline orders two new hybrid ferries](https://wire.example/ferries)

                %s

                [Why ferry fares keep rising](https://wire.example/fares)

                Read the inspectors’ [full report](https://wire.example/report) before judging the crew, the union said.

                ## Related measures

                Related measures at other ports will follow, the ministry said.
                """.formatted(DATELINE, QUOTE));
        ImportResult result = importer.importFile(file);
        ArticleDraft draft = result.draft();

        assertThat(draft.title()).isEqualTo("Ferry operator suspends night crossings");
        assertThat(draft.byline()).isEqualTo("Elin Dahl, Northern Wire");
        assertThat(draft.text().split("\n")).containsExactly(
                DATELINE,
                QUOTE,
                "Read the inspectors’ full report before judging the crew, the union said.",
                "Related measures",
                "Related measures at other ports will follow, the ministry said.");
        assertThat(draft.headings()).containsExactly(3);
        assertThat(result.droppedBoilerplate()).containsExactly(
                "Also read: Baltline orders two new hybrid ferries", "Why ferry fares keep rising");
    }

    @Test
    void markdownFrontMatterFillsTheMetadataAndARepeatedBylineLeavesTheText() throws Exception {
        Path file = write("lido.md", """
                ---
                title: Council closes the old lido
                byline: Siri Lunde
                source: Osthaven Courier
                date: 2026-06-02
                url: https://courier.example/lido
                ---
                By Siri Lunde

                By Monday, the council had voted 9–2 to close the lido for good.
                """);
        ImportResult result = importer.importFile(file);
        ArticleDraft draft = result.draft();

        assertThat(draft.title()).isEqualTo("Council closes the old lido");
        assertThat(draft.byline()).isEqualTo("Siri Lunde");
        assertThat(draft.outlet()).isEqualTo("Osthaven Courier");
        assertThat(draft.publishedDate()).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(draft.url()).isEqualTo("https://courier.example/lido");
        assertThat(draft.text()).isEqualTo("By Monday, the council had voted 9–2 to close the lido for good.");
        assertThat(result.droppedBoilerplate()).containsExactly("By Siri Lunde");
    }

    @Test
    void theSampleArticleImportsWithItsBylineAndWithoutItsAlsoReadLine() throws Exception {
        Path sample = Path.of("resources/sample/port-ellery-water.md");
        ImportResult result = importer.importFile(sample);
        ArticleDraft draft = result.draft();

        assertThat(draft.title()).isEqualTo("Port Ellery to ration water as reservoirs fall to 31 per cent");
        assertThat(draft.byline()).isEqualTo("Tomas Reyes-Whitfield");
        assertThat(draft.text()).startsWith("PORT ELLERY, March 3 (Margin Sample Wire) – The harbour city")
                .doesNotContain("Also read").doesNotContain("By Tomas")
                .endsWith("(Reporting by Tomas Reyes-Whitfield; Editing by Mara Kowalczyk)");
        assertThat(result.droppedBoilerplate())
                .isEqualTo(List.of("Also read: Farmers in the Ellery valley switch to drip irrigation"));
    }

    private Path write(String name, String content) throws IOException {
        return Files.write(dir.resolve(name), content.getBytes(StandardCharsets.UTF_8));
    }
}
