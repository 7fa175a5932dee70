package dev.margin.importer;

import dev.margin.domain.ArticleDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dateline imported as the first paragraph (issue 16, item 16) goes into the article's date or outlet and out of
 * the reading text, on the plain-text, pasted and HTML paths; a wire dateline leading the story's prose stays.
 */
class DatelineTest {
    private static final String BODY = "The harbour authority said on Tuesday it would ration water from next week.\n"
            + "“We have no choice,” said its director, Ines Moreau.";
    @TempDir
    Path dir;
    private final ArticleImporter importer = new ArticleImporter();

    @Test
    void aDateAndTimeParagraphInATextFileBecomesThePublishedDate() throws Exception {
        Path file = dir.resolve("water.txt");
        Files.writeString(file, "Harbour rations water\n\n14 May 2025, 08:30\n\n" + BODY.replace("\n", "\n\n"));
        ImportResult result = importer.importFile(file);
        ArticleDraft draft = result.draft();
        assertThat(draft.title()).isEqualTo("Harbour rations water");
        assertThat(draft.text()).startsWith("The harbour authority said").doesNotContain("08:30");
        assertThat(draft.publishedDate()).isEqualTo(LocalDate.of(2025, 5, 14));
        assertThat(result.droppedBoilerplate()).contains("14 May 2025, 08:30");
    }

    @Test
    void stampsInTheFormsNewsSitesUse() throws Exception {
        assertThat(pasted("Published: Wednesday 14 May 2025 08:30 BST").publishedDate()).isEqualTo(LocalDate.of(2025, 5, 14));
        assertThat(pasted("May 14, 2025 at 8:30 a.m. EDT").publishedDate()).isEqualTo(LocalDate.of(2025, 5, 14));
        assertThat(pasted("Updated 2025-05-14T08:30:00Z").publishedDate()).isEqualTo(LocalDate.of(2025, 5, 14));
        assertThat(pasted("Sept. 3, 2024").publishedDate()).isEqualTo(LocalDate.of(2024, 9, 3));
        assertThat(pasted("14 May 2025, 08:30").text()).startsWith("The harbour authority");
    }

    @Test
    void aStampLeadingAParagraphIsCutOffAndTheRestKept() throws Exception {
        ArticleDraft draft = importer.importPasted("14 May 2025, 08:30 – " + BODY, "Harbour rations water").draft();
        assertThat(draft.text()).startsWith("The harbour authority said on Tuesday").contains("Ines Moreau");
        assertThat(draft.publishedDate()).isEqualTo(LocalDate.of(2025, 5, 14));
    }

    @Test
    void aWireDatelineOnItsOwnGivesTheOutletAndOneLeadingProseStays() throws Exception {
        ArticleDraft alone = importer.importPasted("LONDON, May 14 (Reuters) -\n" + BODY, "Harbour rations water").draft();
        assertThat(alone.text()).startsWith("The harbour authority");
        assertThat(alone.outlet()).isEqualTo("Reuters");

        ArticleDraft leading = importer.importPasted("LONDON, May 14 (Reuters) - " + BODY, "Harbour rations water").draft();
        assertThat(leading.text()).startsWith("LONDON, May 14 (Reuters) - The harbour authority");
    }

    @Test
    void proseThatStartsWithADateStays() throws Exception {
        ArticleDraft draft = importer.importPasted("14 May 2025 was the driest day on record, the authority said.\n" + BODY,
                "Harbour rations water").draft();
        assertThat(draft.text()).startsWith("14 May 2025 was the driest day");
        assertThat(draft.publishedDate()).isNull();
        assertThat(importer.importPasted("14 May 2025, 08:30", "Only a date").draft().text()).as("never an empty article")
                .isEqualTo("14 May 2025, 08:30");
    }

    @Test
    void anHtmlPagesDatelineParagraphLeavesTheTextAndThePagesOwnDateWins() throws Exception {
        String html = "<html><head><title>Harbour rations water</title>%s</head><body><article><h1>Harbour rations water</h1>"
                + "<p>14 May 2025, 08:30</p><p>" + BODY.replace("\n", "</p><p>") + "</p></article></body></html>";
        ArticleDraft plain = importer.importHtml(html.formatted(""), URI.create("https://harbour.example/water")).draft();
        assertThat(plain.text()).startsWith("The harbour authority").doesNotContain("08:30");
        assertThat(plain.publishedDate()).isEqualTo(LocalDate.of(2025, 5, 14));

        ArticleDraft dated = importer.importHtml(html.formatted("<meta property=\"article:published_time\" content=\"2025-05-13T22:00:00Z\">"),
                URI.create("https://harbour.example/water")).draft();
        assertThat(dated.publishedDate()).isEqualTo(LocalDate.of(2025, 5, 13));
        assertThat(dated.text()).startsWith("The harbour authority");
    }

    private ArticleDraft pasted(String stamp) throws Exception {
        return importer.importPasted(stamp + "\n" + BODY, "Harbour rations water").draft();
    }
}
