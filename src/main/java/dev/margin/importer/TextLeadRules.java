package dev.margin.importer;

import java.util.ArrayList;
import java.util.List;

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

    /** The blocks that are not boilerplate, in order; the text of every other block is added to {@code dropped}. */
    static List<Block> withoutBoilerplate(List<Block> blocks, List<String> dropped) {
        List<Block> kept = new ArrayList<>();
        for (Block block : blocks) {
            if (RelatedLinkFilter.isBoilerplate(block)) {
                dropped.add(block.text());
            } else {
                kept.add(block);
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
