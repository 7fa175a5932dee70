package dev.margin.export;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Notes as the exports render them: Markdown read, bare addresses linked, nothing of the note taken as markup. */
class NoteMarkupTest {
    @Test
    void bareAddressesAreLinkedWithoutTheSentencesPunctuation() {
        Document note = Jsoup.parseBodyFragment(NoteMarkup.html(
                "See https://example.org/report, then (https://en.example.org/wiki/Port_(city)). Also www.example.net/a?b=1&c=2!"));

        assertThat(note.select("a").eachAttr("href")).containsExactly("https://example.org/report",
                "https://en.example.org/wiki/Port_(city)", "https://www.example.net/a?b=1&c=2");
        assertThat(note.text()).isEqualTo("See https://example.org/report, then (https://en.example.org/wiki/Port_(city)). Also www.example.net/a?b=1&c=2!");
    }

    @Test
    void onlyWebAndMailAddressesBecomeLinksAndHtmlStaysText() {
        Document note = Jsoup.parseBodyFragment(NoteMarkup.html(
                "[click](javascript:alert(1)) <script>alert(2)</script> [mail](mailto:desk@example.org) `https://in.code/x`"));

        assertThat(note.select("a").eachAttr("href")).containsExactly("mailto:desk@example.org");
        assertThat(note.select("script")).isEmpty();
        assertThat(note.text()).contains("click", "<script>alert(2)</script>", "https://in.code/x");
        assertThat(note.select("code").text()).isEqualTo("https://in.code/x");
    }

    @Test
    void listsQuotesAndEmphasisKeepTheirShape() {
        Document note = Jsoup.parseBodyFragment(NoteMarkup.html("**UNHCR** says:\n\n> *about* 2 million\n\n1. first\n2. second\n   - inner"));

        assertThat(note.select("p > strong").text()).isEqualTo("UNHCR");
        assertThat(note.select("blockquote em").text()).isEqualTo("about");
        assertThat(note.select("ol > li")).hasSize(2);
        assertThat(note.select("ol ul > li").text()).isEqualTo("inner");
        assertThat(note.text()).doesNotContain("**").doesNotContain("> ");
    }

    @Test
    void plainTextKeepsALinksAddressAfterItsWords() {
        assertThat(NoteMarkup.plainText("**Check** [the audit](https://example.org/audit) and https://example.org/raw.\n\n- one"))
                .isEqualTo("Check the audit (https://example.org/audit) and https://example.org/raw.\n• one");
    }
}
