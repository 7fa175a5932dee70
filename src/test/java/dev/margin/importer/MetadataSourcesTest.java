package dev.margin.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.margin.domain.ArticleDraft;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.OffsetTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each metadata source in its place in the order, and the conflicts between sources that real pages have:
 * written as the pages are, with the wrong candidate placed first wherever a page would place it first.
 */
class MetadataSourcesTest {
    private final MetadataExtractor extractor = new MetadataExtractor(new ObjectMapper());

    private HtmlMetadata read(String head, String body) {
        return extractor.extract(Jsoup.parse("<html lang=en><head>" + head + "</head><body>" + body + "</body></html>"), null);
    }

    @Test
    void jsonLdWrappedInCdataIsRead() {
        HtmlMetadata meta = read("""
                <script type="application/ld+json">//<![CDATA[
                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry fares rise",
                 "author":{"@type":"Person","name":"Ilse Marwick"},"datePublished":"2025-03-04T06:10:00+01:00"}
                //]]></script>""", "<p>Text.</p>");
        assertThat(meta.byline()).isEqualTo("Ilse Marwick");
        assertThat(meta.publishedDate()).isEqualTo(LocalDate.of(2025, 3, 4));
    }

    @Test
    void aGraphAuthorGivenByReferenceIsFollowedAndAWebPageNodeYieldsToTheArticle() {
        HtmlMetadata meta = read("""
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                 {"@type":"WebPage","@id":"https://x.example/#page","name":"Home of the City Post","datePublished":"2020-01-01"},
                 {"@type":["NewsArticle"],"headline":"Harbour dredging delayed","datePublished":"2025-06-02",
                  "author":[{"@id":"https://x.example/#tomas"},{"@type":"Person","name":"Ana Lindqvist"}]},
                 {"@type":"Person","@id":"https://x.example/#tomas","name":"Tomas Ferreira"}]}</script>""", "");
        assertThat(meta.byline()).isEqualTo("Tomas Ferreira, Ana Lindqvist");
        assertThat(meta.publishedDate()).isEqualTo(LocalDate.of(2025, 6, 2));
    }

    @Test
    void namesGivenOnlyInTheBylMetaAreFound() {
        HtmlMetadata meta = read("<meta name=\"byl\" content=\"By Ruth Okonjo and Daniel Weiss\">", "<p>Text.</p>");
        assertThat(meta.byline()).isEqualTo("Ruth Okonjo, Daniel Weiss");
    }

    @Test
    void anEmptyItempropAuthorDoesNotHideTheRealOne() {
        HtmlMetadata meta = read("", """
                <article><meta itemprop="author" content="">
                <div itemprop="author" itemscope><span itemprop="name">Mireille Dubois</span></div><p>Texte.</p></article>""");
        assertThat(meta.byline()).isEqualTo("Mireille Dubois");
    }

    @Test
    void aVisibleBylineUnderAnotherClassNameIsCleanedOfPrefixDateAndRelativeTime() {
        HtmlMetadata meta = read("", """
                <article><h1>Stadtrat beschließt neues Parkkonzept für die Altstadt</h1>
                <div class="c-article-signature">Von Jana Krüger und Mehmet Aydın | 14.05.2025, 08:30 Uhr</div>
                <p>Der Stadtrat hat …</p></article>""");
        assertThat(meta.byline()).isEqualTo("Jana Krüger, Mehmet Aydın");
    }

    @Test
    void spanishPorAndRelativeTimeAndJobTitlesGo() {
        HtmlMetadata meta = read("", """
                <div class="autor">Por Ana Pérez y Luis Gómez, Corresponsal · hace 8 horas</div><p>Texto.</p>""");
        assertThat(meta.byline()).isEqualTo("Ana Pérez, Luis Gómez");
        assertThat(AuthorNames.from("By Karen Mills | 8h", "")).containsExactly("Karen Mills");
        assertThat(AuthorNames.from("Jane Doe, Chief Political Correspondent", "")).containsExactly("Jane Doe");
    }

    @Test
    void aReaderCommentsAvatarInitialsAreNeverTheByline() {
        HtmlMetadata meta = read("", """
                <section id="comments"><div class="comment"><span class="author">JD</span><p>Nonsense.</p></div></section>
                <article><p class="byline">By Priya Raman</p><p>Text.</p></article>""");
        assertThat(meta.byline()).isEqualTo("Priya Raman");
    }

    @Test
    void theOutletsNameIsNotAnAuthor() {
        HtmlMetadata meta = read("<meta property=\"og:site_name\" content=\"Harbour Herald\">"
                + "<meta name=\"author\" content=\"Harbour Herald\">", "<p class=\"byline\">By Lena Sørensen</p>");
        assertThat(meta.byline()).isEqualTo("Lena Sørensen");
    }

    @Test
    void thePublishedDateWinsOverAModifiedTimeElementThatComesFirst() {
        HtmlMetadata meta = read("""
                <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-05-14T08:30:00+02:00",
                 "dateModified":"2025-05-16T10:00:00+02:00"}</script>""",
                "<article><time class=\"updated\" datetime=\"2025-05-16\">16 May</time><p>Text.</p></article>");
        assertThat(meta.publishedDate()).isEqualTo(LocalDate.of(2025, 5, 14));
    }

    @Test
    void withOnlyTimeElementsTheFirstNotMarkedAsAnUpdateIsTaken() {
        HtmlMetadata meta = read("", """
                <article><p>Updated <time datetime="2025-05-16T10:00">16 May</time></p>
                <p>Published <time datetime="2025-05-14T08:30">14 May</time></p><p>Text.</p></article>""");
        assertThat(meta.publishedDate()).isEqualTo(LocalDate.of(2025, 5, 14));
    }

    @Test
    void theHeadlineOnThePageWinsOverADifferentOgTitle() {
        HtmlMetadata meta = read("<meta property=\"og:title\" content=\"You won't believe what the council did next\">"
                        + "<meta property=\"og:site_name\" content=\"City Post\">",
                "<header><h1 class=\"logo\">City Post</h1></header>"
                        + "<article><h1>Council votes to keep the night bus running until 2027</h1><p>Text.</p></article>");
        assertThat(meta.title()).isEqualTo("Council votes to keep the night bus running until 2027");
    }

    @Test
    void withoutAHeadlineOnThePageTheDeclaredTitleStays() {
        HtmlMetadata meta = read("<meta property=\"og:title\" content=\"Bridge closes for repairs | City Post\">",
                "<header><h1>City Post</h1></header><p>Text.</p>");
        assertThat(meta.title()).isEqualTo("Bridge closes for repairs");
    }

    @Test
    void thePublishedTimeKeepsItsOffsetAndItsOwnCalendarDate() throws ImportException {
        ArticleDraft late = new ArticleImporter().importHtml("<html><head><meta property='article:published_time'"
                + " content='2026-03-04T23:30:00-05:00'></head><body><article><h1>Shelter to close at the end of April</h1>"
                + "<p>" + "The county's only overnight shelter will close at the end of April, officials said. ".repeat(4)
                + "</p></article></body></html>", URI.create("https://courier.example/a")).draft();
        assertThat(late.publishedDate()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(late.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-03-04T23:30:00-05:00"));
        assertThat(MetadataExtractor.timeOf("2026-06-02T00:15:00.000+0200"))
                .isEqualTo(OffsetTime.parse("00:15+02:00"));
        assertThat(MetadataExtractor.timeOf("2026-01-20T17:45:00Z")).isEqualTo(OffsetTime.parse("17:45Z"));
        assertThat(MetadataExtractor.timeOf("2026-08-15T07:30:00")).as("a time without an offset is not guessed").isNull();
        assertThat(MetadataExtractor.timeOf("2026-08-15")).isNull();
    }
}
