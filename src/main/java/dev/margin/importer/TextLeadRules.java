package dev.margin.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The body rules that the plain-text, pasted-text and Markdown paths share with the HTML path: related-link and
 * promotional lines are kept out of the reading text by {@link RelatedLinkFilter} (the same rules as for HTML) and
 * reported as dropped, and a byline paragraph ({@link BylineLine}) among the first two paragraphs of the reading
 * text becomes the article's byline instead of text.
 */
final class TextLeadRules {
    /** How many paragraphs at the start of the reading text (after the title) may be the byline. */
    static final int BYLINE_WINDOW = 2;

    private TextLeadRules() {
    }

    /**
     * The paragraphs that are not boilerplate, in order, in a new mutable list; the text of every other paragraph is
     * added to {@code dropped}. {@code asBlock} gives the filter its view of a paragraph.
     */
    static <T> List<T> withoutBoilerplate(List<T> paragraphs, Function<T, Block> asBlock, List<String> dropped) {
        List<T> kept = new ArrayList<>();
        for (T paragraph : paragraphs) {
            Block block = asBlock.apply(paragraph);
            if (RelatedLinkFilter.isBoilerplate(block)) {
                dropped.add(block.text());
            } else {
                kept.add(paragraph);
            }
        }
        return kept;
    }

    /** A byline paragraph as it stood in the text ("By Jane Doe, Margin Sample Wire") and the byline it states. */
    record Byline(String paragraph, String byline) {
    }

    /**
     * Finds the byline paragraph among the first {@value #BYLINE_WINDOW} non-heading blocks and removes it from
     * {@code blocks}. Returns it, or null when there is none (blocks then stay unchanged). A byline that is the only
     * paragraph left stays text, so that an article never becomes empty.
     */
    static Byline takeByline(List<Block> blocks) {
        for (int i = 0; i < Math.min(BYLINE_WINDOW, blocks.size()); i++) {
            Block block = blocks.get(i);
            String byline = block.heading() ? null : BylineLine.bylineOf(block.text());
            if (byline != null && blocks.size() > 1) {
                blocks.remove(i);
                return new Byline(block.text(), byline);
            }
        }
        return null;
    }
}
