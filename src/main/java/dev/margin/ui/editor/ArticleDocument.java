package dev.margin.ui.editor;

import dev.margin.domain.Article;
import dev.margin.ui.editor.spans.HighlightSpans;
import dev.margin.ui.editor.spans.ParagraphIndex;
import dev.margin.ui.editor.spans.StyleRun;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the article area shows for one article: a header (headline, byline · outlet · date, source
 * link) as its first paragraphs, then the article's own text. Maps between offsets into
 * {@link Article#text()} (what every public API speaks) and offsets into the area, and turns the
 * pure {@link StyleRun}s into RichTextFX documents and style spans. Builds model objects only, no nodes.
 */
final class ArticleDocument {
    static final String HEADLINE = "headline";
    static final String META = "meta";
    static final String SOURCE_LINK = "source-link";
    static final String HEADING = "heading";
    static final String LAST_HEADER = "header-end";
    /** The first and last paragraphs of the area carry the room above and below the text (see ReadingColumn). */
    static final String DOCUMENT_START = "document-start";
    static final String DOCUMENT_END = "document-end";

    private final Article article;
    private final List<String> headerTexts = new ArrayList<>();
    private final List<Collection<String>> headerStyles = new ArrayList<>();
    private final int headerLength;
    private final ParagraphIndex paragraphs;
    private final Set<Integer> headings;

    ArticleDocument(Article article, Locale locale) {
        this.article = article;
        if (!article.title().isBlank()) {
            addHeader(article.title().strip(), HEADLINE);
        }
        List<String> meta = new ArrayList<>();
        for (String part : List.of(article.byline(), article.outlet())) {
            if (!part.isBlank()) {
                meta.add(part.strip());
            }
        }
        if (article.publishedDate() != null) {
            String date = article.publishedDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
            // The time as the source gave it, with its offset: the reader sees where in the day the story appeared.
            meta.add(article.publishedTime() == null ? date
                    : date + ", " + DateTimeFormatter.ofPattern("HH:mm").format(article.publishedTime()) + " "
                    + article.publishedTime().getOffset().getId());
        }
        if (!meta.isEmpty()) {
            addHeader(String.join("  ·  ", meta), META);
        }
        if (article.url() != null && !article.url().isBlank()) {
            addHeader(article.url().strip(), SOURCE_LINK);
        }
        if (!headerStyles.isEmpty()) {
            List<String> last = new ArrayList<>(headerStyles.get(headerStyles.size() - 1));
            last.add(LAST_HEADER);
            headerStyles.set(headerStyles.size() - 1, List.copyOf(last));
            List<String> first = new ArrayList<>(headerStyles.get(0));
            first.add(DOCUMENT_START);
            headerStyles.set(0, List.copyOf(first));
        }
        headerLength = headerTexts.stream().mapToInt(t -> t.length() + 1).sum();
        paragraphs = new ParagraphIndex(article.text());
        headings = new HashSet<>(article.headings());
    }

    private void addHeader(String text, String style) {
        // The header is one paragraph per line: a line break inside a title would shift every offset.
        headerTexts.add(text.replace('\n', ' '));
        headerStyles.add(List.of(style));
    }

    Article article() {
        return article;
    }

    String text() {
        return article.text();
    }

    ParagraphIndex paragraphs() {
        return paragraphs;
    }

    int headerLength() {
        return headerLength;
    }

    int headerParagraphs() {
        return headerTexts.size();
    }

    /** The index of the header paragraph holding the source link, or -1. */
    int sourceLinkParagraph() {
        for (int i = 0; i < headerStyles.size(); i++) {
            if (headerStyles.get(i).contains(SOURCE_LINK)) {
                return i;
            }
        }
        return -1;
    }

    int toArea(int textOffset) {
        return textOffset + headerLength;
    }

    /** The text offset of an area offset, clamped into the text (the header maps to 0). */
    int toText(int areaOffset) {
        return Math.max(0, Math.min(article.text().length(), areaOffset - headerLength));
    }

    int toAreaParagraph(int textParagraph) {
        return textParagraph + headerTexts.size();
    }

    /** The text paragraph shown as area paragraph {@code areaParagraph}, or -1 for a header line. */
    int toTextParagraph(int areaParagraph) {
        int paragraph = areaParagraph - headerTexts.size();
        return paragraph < 0 ? -1 : paragraph;
    }

    Collection<String> paragraphStyle(int textParagraph) {
        List<String> styles = new ArrayList<>(2);
        if (headings.contains(textParagraph)) {
            styles.add(HEADING);
        }
        if (textParagraph == 0 && headerTexts.isEmpty()) {
            styles.add(DOCUMENT_START);
        }
        if (textParagraph == paragraphs.paragraphCount() - 1) {
            styles.add(DOCUMENT_END);
        }
        return List.copyOf(styles);
    }

    /** The whole area document: header lines, then every article paragraph with its highlights. */
    ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> build(
            HighlightSpans spans, SegmentOps<String, Collection<String>> segmentOps) {
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> builder =
                new ReadOnlyStyledDocumentBuilder<>(segmentOps, List.of(), headerTexts.size() + paragraphs.paragraphCount());
        for (int i = 0; i < headerTexts.size(); i++) {
            builder.addParagraph(headerTexts.get(i), List.of(), headerStyles.get(i));
        }
        String text = article.text();
        for (int p = 0; p < paragraphs.paragraphCount(); p++) {
            String paragraphText = text.substring(paragraphs.start(p), paragraphs.end(p));
            builder.addParagraph(paragraphText, spansOf(spans.runs(p)), paragraphStyle(p));
        }
        return builder.build();
    }

    /** The highlights of the whole article text, newlines included, for one setStyleSpans call. */
    StyleSpans<Collection<String>> allSpans(HighlightSpans spans) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>(paragraphs.paragraphCount() * 2);
        int last = paragraphs.paragraphCount() - 1;
        for (int p = 0; p <= last; p++) {
            for (StyleRun run : spans.runs(p)) {
                builder.add(run.styleClasses(), run.length());
            }
            if (p < last) {
                builder.add(Set.of(), 1);
            }
        }
        return builder.create();
    }

    static StyleSpans<Collection<String>> spansOf(List<StyleRun> runs) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>(runs.size());
        for (StyleRun run : runs) {
            builder.add(run.styleClasses(), run.length());
        }
        return builder.create();
    }
}
