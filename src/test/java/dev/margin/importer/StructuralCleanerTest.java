package dev.margin.importer;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** The article extraction on small pages built for one structure each: what is kept and what is dropped and reported. */
class StructuralCleanerTest {
    private static final String PROSE = "The committee met for six hours on Thursday and agreed, after a long and at times"
            + " bitter debate, to send the proposal back to the drafting group for another round of work. ";

    private static ImportResult extract(String body) throws ImportException {
        String html = "<html><head><title>Headline</title></head><body>" + body + "</body></html>";
        return new ArticleImporter().importHtml(html, URI.create("https://news.example/a"));
    }

    @Test
    void siblingArticleBodiesAreAllKeptInOrder() throws ImportException {
        ImportResult result = extract("<main><div itemprop=articleBody><p>First. " + PROSE + "</p></div><div class=x>Ad</div>"
                + "<div itemprop=articleBody><p>Second. " + PROSE + "</p></div><div itemprop=articleBody><p>Third. " + PROSE
                + "</p></div></main>");
        assertThat(result.draft().text()).containsSubsequence("First. ", "Second. ", "Third. ");
    }

    @Test
    void aRunOfPictureSlidesGoesWithItsHeadingAndIsReported() throws ImportException {
        StringBuilder slides = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            slides.append("<div class=s><img src=").append(i).append(".jpg><p>Crowds gather, slide ").append(i)
                    .append("</p><span>Photo: Agency</span></div>");
        }
        ImportResult result = extract("<article><h1>Headline</h1><p>" + PROSE + "</p><div class=g><h2>In pictures</h2><div>"
                + slides + "</div></div><p>" + PROSE + "</p></article>");
        assertThat(result.draft().text()).doesNotContain("Crowds gather", "Photo: Agency", "In pictures");
        assertThat(result.droppedBoilerplate()).contains("In pictures", "Crowds gather, slide 0");
    }

    @Test
    void teaserRunsAndLabelledLinksInAnyLanguageAreDropped() throws ImportException {
        ImportResult result = extract("<article><h1>Headline</h1><p>" + PROSE + "</p><p>Читайте також: <a href=/1>Нова карта"
                + " укриттів у Києві</a></p><section><h3>More</h3><div class=t><a href=/a>One story</a><span>2 min</span></div>"
                + "<div class=t><a href=/b>Two story</a><span>3 min</span></div><div class=t><a href=/c>Three story</a>"
                + "<span>4 min</span></div></section><p>" + PROSE + "</p></article>");
        assertThat(result.draft().text()).doesNotContain("Читайте", "One story", "2 min", "More");
        assertThat(result.draft().text().lines()).hasSize(2);
    }

    @Test
    void aShortBoxWithAnEmailAddressIsABioAndGoes() throws ImportException {
        ImportResult result = extract("<article><h1>Headline</h1><p>" + PROSE + "</p><p>" + PROSE + "</p><div><p><b>Ann Lee</b></p><p>Ann Lee covers"
                + " transport.</p><p>ann.lee@paper.example</p></div></article>");
        assertThat(result.draft().text()).doesNotContain("Ann Lee", "paper.example");
        assertThat(result.droppedBoilerplate()).contains("Ann Lee covers transport.");
    }

    @Test
    void aHiddenRestOfTheArticleIsKeptButAHiddenMenuIsNot() throws ImportException {
        ImportResult result = extract("<article><h1>Headline</h1><p>Opening. " + PROSE + "</p><div hidden><p>Rest. " + PROSE
                + "</p><p>" + PROSE + "</p></div><div aria-hidden=true><ul><li>Font size</li><li>75%</li></ul></div></article>");
        assertThat(result.draft().text()).contains("Opening.", "Rest.").doesNotContain("Font size");
    }

    @Test
    void anOpeningInAHeroBesideTheArticleIsKept() throws ImportException {
        ImportResult result = extract("<div class=lf><div class=hero><h1>Headline</h1><p>The opening scene. " + PROSE
                + "</p></div><article><p>" + PROSE + "</p><p>" + PROSE + "</p></article></div><div>Footer text</div>");
        assertThat(result.draft().text()).startsWith("The opening scene.").doesNotContain("Footer text");
    }
}
