package dev.margin.importer;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The structures the fidelity corpus's pages 25–44 brought in, each on a small page of its own: live-blog posts in
 * sibling articles, a lead before a body found by density, media players, reader comments with avatars, footnotes,
 * the date and author lines under a headline, and the author and headline rules for other scripts.
 */
class PageShapeRulesTest {
    private static final String PROSE = "The committee met for six hours on Thursday and agreed, after a long and at times"
            + " bitter debate, to send the proposal back to the drafting group for another round of work. ";

    private static ImportResult extract(String head, String body) throws ImportException {
        String html = "<html><head><title>Headline</title>" + head + "</head><body>" + body + "</body></html>";
        return new ArticleImporter().importHtml(html, URI.create("https://news.example/a"));
    }

    @Test
    void liveBlogPostsInSiblingArticlesAreAllKept() throws ImportException {
        StringBuilder posts = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            posts.append("<article class=post><h2>Update ").append(i).append("</h2><p>Post ").append(i)
                    .append(" says the water is still rising in the lower town and roads are closed.</p></article>");
        }
        ImportResult result = extract("", "<main><h1>Floods live</h1><div class=feed>" + posts + "</div></main>");
        assertThat(result.draft().text()).containsSubsequence("Post 1", "Post 2", "Post 3", "Post 4");
    }

    @Test
    void aLeadInItsOwnBlockBeforeTheDensestBodyIsKept() throws ImportException {
        ImportResult result = extract("", "<div><div class=top><h1>Headline</h1><div>By Ann Lee</div></div>"
                + "<div class=lead><p>The lead paragraph of the story sits in a block of its own before the body text.</p></div>"
                + "<div class=body><div class=part><p>" + PROSE + "</p><p>" + PROSE + "</p></div><div class=part><p>"
                + PROSE + "</p></div></div></div>");
        assertThat(result.draft().text()).startsWith("The lead paragraph").doesNotContain("Headline\n");
    }

    @Test
    void aVideoPlayerWithItsCaptionSettingsGoesAndTheParagraphsAroundItStay() throws ImportException {
        ImportResult result = extract("", "<article><h1>Headline</h1><p>Before. " + PROSE + "</p><div class=vp><video src=v.mp4>"
                + "</video><div><span>0:00 / 2:14</span></div><div><ul><li>Courier New</li><li>75% transparency</li></ul></div>"
                + "</div><p>After. " + PROSE + "</p></article>");
        assertThat(result.draft().text()).contains("Before.", "After.").doesNotContain("Courier New", "transparency", "2:14");
    }

    @Test
    void readerCommentsWithAvatarsGoInAnyLanguage() throws ImportException {
        ImportResult result = extract("", "<article><h1>Headline</h1><p>" + PROSE + "</p><section><h3>Comentários (2)</h3>"
                + "<div class=r><span class=user-avatar>MS</span><p>Já ouvi essa promessa antes.</p></div>"
                + "<div class=r><span class=user-avatar>RF</span><p>E quem mora de aluguel?</p></div></section></article>");
        assertThat(result.draft().text()).doesNotContain("Comentários", "promessa", "MS");
    }

    @Test
    void footnotesWithBackLinksAreTextNotTeasers() throws ImportException {
        ImportResult result = extract("", "<article><h1>Headline</h1><p>" + PROSE + "</p><ol><li>Household survey 2025,"
                + " table A1. <a href=#r1>↩</a></li><li>Food purchases dataset, 2025 edition. <a href=#r2>↩</a></li>"
                + "<li>Calculated from the income tables; figures rounded. <a href=#r3>↩</a></li></ol></article>");
        assertThat(result.draft().text()).contains("table A1", "2025 edition", "figures rounded");
    }

    @Test
    void theDateAndAuthorLinesUnderTheHeadlineGoButADatedSentenceStays() throws ImportException {
        ImportResult result = extract("<meta name=author content='Giulia Romano'>", "<article><h1>Headline</h1>"
                + "<p>di Giulia Romano · 6 febbraio 2026</p><div>Aktualisiert am 19.05.2026, 16:40 Uhr</div>"
                + "<p>" + PROSE + "</p><p>The vote is on 6 March 2026.</p></article>");
        assertThat(result.draft().text()).doesNotContain("Giulia", "Aktualisiert").contains("The vote is on 6 March 2026.");
        assertThat(result.droppedBoilerplate()).contains("di Giulia Romano · 6 febbraio 2026");
    }

    @Test
    void bylinesLoseArabicPrefixesAndPublicationLabelsAndKeepTwoCharacterChineseNames() {
        assertThat(AuthorNames.from("بقلم: سارة الحسيني", "")).containsExactly("سارة الحسيني");
        assertThat(AuthorNames.from("Par Sophie Garnier - Publié le 14/10/2026 à 18h02, mis à jour le 15/10", ""))
                .containsExactly("Sophie Garnier");
        assertThat(AuthorNames.from("王丽", "")).containsExactly("王丽");
        assertThat(AuthorNames.from("作者：王丽", "")).containsExactly("王丽");
        assertThat(AuthorNames.from("JD", "")).isEmpty();
    }

    @Test
    void aJapaneseHeadlineWithoutSpacesWinsOverTheOgTitle() throws ImportException {
        ImportResult result = extract("<meta property=og:title content='関東甲信で梅雨明け　統計史上2番目の早さ'>",
                "<article><h1>関東甲信で梅雨明け　平年より17日早く</h1><p>" + PROSE + "</p></article>");
        assertThat(result.draft().title()).isEqualTo("関東甲信で梅雨明け　平年より17日早く");
    }

    @Test
    void aPullQuoteRepeatingAPassageIsDroppedOnceAndTheParagraphStays() throws ImportException {
        ImportResult result = extract("", "<article><h1>Headline</h1><p>" + PROSE + "</p><blockquote><p>„Bitter debate, to send"
                + " the proposal back“</p></blockquote><p>The drafting group will meet again next month to look at the"
                + " proposal line by line, its chair said.</p></article>");
        assertThat(result.draft().text().lines()).hasSize(2);
        assertThat(result.droppedBoilerplate()).contains("„Bitter debate, to send the proposal back“");
    }

    @Test
    void everyDroppedBlockKnowsThePlaceItStoodAt() throws ImportException {
        ImportResult result = extract("", "<article><h1>Headline</h1><p>One. " + PROSE + "</p><div class=newsletter><p>Sign up"
                + " now.</p></div><p>Two. " + PROSE + "</p><aside><p>More on this</p></aside><p>Also read: <a href=/x>Other"
                + " story about the committee</a></p><p>Three. " + PROSE + "</p></article>");
        assertThat(result.draft().text().lines()).hasSize(3);
        assertThat(result.droppedBoilerplate()).containsExactly("Sign up now.", "More on this",
                "Also read: Other story about the committee");
        assertThat(result.droppedPositions()).containsExactly(1, 2, 2);
    }
}
