package dev.margin.importer;

import dev.margin.domain.ArticleDraft;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The individual HTML rules, each on a small page written for it. */
class HtmlExtractionRulesTest {
    private static final String FILLER = "The committee heard evidence from eleven witnesses over two days of hearings. ";

    private final ArticleImporter importer = new ArticleImporter();

    private static String article(String head, String body) {
        return "<!DOCTYPE html><html><head>" + head + "</head><body><article>" + body + "<p>" + FILLER.repeat(3).strip()
                + "</p></article></body></html>";
    }

    private static List<String> paragraphs(ArticleDraft draft) {
        return List.of(draft.text().split("\n"));
    }

    @Test
    void pipeSuffixesGoAndDashSuffixesGoOnlyWhenTheyNameTheOutlet() {
        assertThat(MetadataExtractor.stripOutletSuffix("Bridge closes | City Post", "")).isEqualTo("Bridge closes");
        assertThat(MetadataExtractor.stripOutletSuffix("Bridge closes – City Post", "City Post")).isEqualTo("Bridge closes");
        assertThat(MetadataExtractor.stripOutletSuffix("Minister: ‘We will not resign’ - analysis", "City Post"))
                .isEqualTo("Minister: ‘We will not resign’ - analysis");
        assertThat(MetadataExtractor.stripOutletSuffix("Plain headline", "City Post")).isEqualTo("Plain headline");
    }

    @Test
    void aRelativeCanonicalIsResolvedAgainstTheBaseAndIgnoredWithoutOne() throws ImportException {
        String html = article("<title>t</title><link rel=\"canonical\" href=\"/news/bridge\">", "");
        assertThat(importer.importHtml(html, URI.create("https://citypost.example/amp/bridge")).draft().url())
                .isEqualTo("https://citypost.example/news/bridge");
        assertThat(importer.importHtml(html, null).draft().url()).isNull();
    }

    @Test
    void withoutCanonicalTheBaseIsTheUrl() throws ImportException {
        String html = article("<title>t</title>", "");
        assertThat(importer.importHtml(html, URI.create("https://citypost.example/a?id=7")).draft().url())
                .isEqualTo("https://citypost.example/a?id=7");
    }

    @Test
    void theHeadlineAfterASectionKickerAndTheDateLineInTheHeaderAreNotText() throws ImportException {
        String html = article("<title>Bridge to close for repairs | City Post</title>",
                "<header><p><a href=\"/business\">Business</a></p><h1>Bridge to close for repairs</h1>"
                        + "<time datetime=\"2026-06-01\">1 June 2026</time></header>");
        ImportResult result = importer.importHtml(html, null);

        assertThat(result.draft().title()).isEqualTo("Bridge to close for repairs");
        assertThat(result.draft().publishedDate()).hasToString("2026-06-01");
        assertThat(paragraphs(result.draft())).containsExactly(FILLER.repeat(3).strip());
        assertThat(result.droppedBoilerplate()).containsExactly("1 June 2026", "Business");
    }

    @Test
    void breaksSplitParagraphsAndEmptyOrNbspOnlyParagraphsVanish() throws ImportException {
        String html = article("<title>t</title>", "<p>First line<br>second line</p><p>&nbsp;</p><p> \n </p>"
                + "<blockquote><p>“Quoted,” he said.</p></blockquote><pre>code line 1\n  code line 2</pre>");
        assertThat(paragraphs(importer.importHtml(html, null).draft())).containsExactly(
                "First line", "second line", "“Quoted,” he said.", "code line 1", "code line 2", FILLER.repeat(3).strip());
    }

    @Test
    void inlineMarkupRunsOnAndParagraphsWithALinkInsideAreKept() throws ImportException {
        String html = article("<title>t</title>", "<p>The <em>mayor</em> said the <a href=\"/r\">report</a> was"
                + " “<strong>misleading</strong>”.</p><p><a href=\"/x\">Linked</a> words start this sentence, she said.</p>");
        assertThat(paragraphs(importer.importHtml(html, null).draft())).startsWith(
                "The mayor said the report was “misleading”.", "Linked words start this sentence, she said.");
    }

    @Test
    void headingsInsideTheBodyAreHeadings() throws ImportException {
        String html = article("<title>t</title>", "<p>Intro paragraph of the story.</p><h2>Background</h2><p>Older events.</p>"
                + "<h3>Reaction</h3>");
        ArticleDraft draft = importer.importHtml(html, null).draft();
        assertThat(paragraphs(draft)).startsWith("Intro paragraph of the story.", "Background", "Older events.", "Reaction");
        assertThat(draft.headings()).containsExactly(1, 3);
    }

    @Test
    void brokenJsonLdDoesNotStopTheOtherMetadata() throws ImportException {
        String html = article("<title>Fallback title</title><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", </script>"
                + "<meta name=\"author\" content=\"Ana Ruiz\"><meta property=\"og:locale\" content=\"es_ES\">", "");
        ArticleDraft draft = importer.importHtml(html, null).draft();
        assertThat(draft.title()).isEqualTo("Fallback title");
        assertThat(draft.byline()).isEqualTo("Ana Ruiz");
        assertThat(draft.language()).isEqualTo("es-ES");
    }
}
