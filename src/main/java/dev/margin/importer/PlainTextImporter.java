package dev.margin.importer;

import dev.margin.domain.ArticleDraft;

import java.util.List;

/**
 * Plain text (a .txt file or pasted text) to an article: every non-blank line is a paragraph.
 *
 * <p>Title rule, when no title is given: the first paragraph becomes the title (and leaves the reading text) if
 * it "looks like a title": at most {@value #MAX_TITLE_CHARS} characters, not ending in sentence or clause
 * punctuation ({@code . , ; :} or the CJK full stop and comma {@code 。 、 ，}), and followed by at least one more
 * paragraph. "?" and "!" may end a title. Otherwise the article has no title and the reader shows the start of
 * the text instead.
 */
final class PlainTextImporter {
    static final int MAX_TITLE_CHARS = 150;

    private PlainTextImporter() {
    }

    /** The draft for this text, or null when it holds no text at all (the caller names the source in its error). */
    static ArticleDraft toDraft(String raw, String titleOrNull) {
        List<String> paragraphs = TextNormalizer.paragraphs(raw);
        if (paragraphs.isEmpty()) {
            return null;
        }
        String title = titleOrNull == null ? "" : TextNormalizer.htmlInline(titleOrNull);
        int first = 0;
        if (title.isEmpty() && looksLikeTitle(paragraphs)) {
            title = paragraphs.get(0);
            first = 1;
        }
        String text = String.join("\n", paragraphs.subList(first, paragraphs.size()));
        return new ArticleDraft(title, "", "", null, null, "", text, List.of());
    }

    static boolean looksLikeTitle(List<String> paragraphs) {
        if (paragraphs.size() < 2) {
            return false;
        }
        String candidate = paragraphs.get(0);
        if (candidate.codePointCount(0, candidate.length()) > MAX_TITLE_CHARS) {
            return false;
        }
        char last = candidate.charAt(candidate.length() - 1);
        return ".,;:。、，".indexOf(last) < 0;
    }
}
