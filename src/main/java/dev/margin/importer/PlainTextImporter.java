package dev.margin.importer;

import dev.margin.domain.ArticleDraft;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Plain text (a .txt file or pasted text) to an article.
 *
 * <p>Paragraphs: every non-blank line is a paragraph, except in hard-wrapped text (wire copy, e-mail, text copied
 * out of a PDF), where the lines of one blank-line-separated block are joined with a space so that a sentence or a
 * quote is not cut into pieces. Text counts as hard-wrapped when it has at least two blocks, its longest line has
 * {@value #MIN_WRAPPED_LINE} to {@value #MAX_WRAPPED_LINE} characters (the usual wrap widths), and at least half
 * of the lines that continue a block (every line of a block but its last) fill at least 60% of the longest line.
 *
 * <p>Title rule, when no title is given: the first paragraph becomes the title (and leaves the reading text) if
 * it "looks like a title": at most {@value #MAX_TITLE_CHARS} characters, not ending in sentence or clause
 * punctuation ({@code . , ; :} or the CJK full stop and commas {@code 。 、 ，}), and followed by at least one more
 * paragraph. "?" and "!" may end a title. Otherwise the article has no title and the reader shows the start of
 * the text instead. A byline-shaped first paragraph ("By Jane Doe") is never taken for the title.
 *
 * <p>Before the title rule, related-link and promotional lines ("Also read: …", "READ MORE") are dropped by the
 * same {@link RelatedLinkFilter} as on the HTML path; after it, a byline among the first two paragraphs becomes
 * the byline (see {@link TextLeadRules}). A wire dateline ("OSTHAVEN, June 2 (Northern Wire) – …") stays text.
 */
final class PlainTextImporter {
    static final int MAX_TITLE_CHARS = 150;
    static final int MIN_WRAPPED_LINE = 50;
    static final int MAX_WRAPPED_LINE = 100;
    private static final int CANCEL_EVERY_LINES = 1024;

    private PlainTextImporter() {
    }

    /**
     * The draft for this text with the boilerplate lines it dropped, or null when it holds no text at all (the
     * caller names the source in its error). When every line was boilerplate the draft's text is empty.
     */
    static ImportResult toResult(String raw, String titleOrNull) {
        return toResult(raw, titleOrNull, CancelCheck.NEVER);
    }

    /** As {@link #toResult(String, String)}, asking {@code cancel} between blocks of a long text. */
    static ImportResult toResult(String raw, String titleOrNull, CancelCheck cancel) {
        List<String> dropped = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        List<String> found = paragraphs(raw, cancel);
        cancel.check();
        for (String paragraph : found) {
            blocks.add(new Block(paragraph, false, false));
        }
        blocks = TextLeadRules.withoutBoilerplate(blocks, Function.identity(), dropped);
        List<String> paragraphs = blocks.stream().map(Block::text).toList();
        if (paragraphs.isEmpty()) {
            return dropped.isEmpty() ? null
                    : new ImportResult(new ArticleDraft(titleOrNull, "", "", null, null, "", "", List.of()), dropped, List.of());
        }
        String title = titleOrNull == null ? "" : TextNormalizer.htmlInline(titleOrNull);
        if (title.isEmpty() && looksLikeTitle(paragraphs) && BylineLine.bylineOf(paragraphs.get(0)) == null) {
            title = paragraphs.get(0);
            blocks.remove(0);
        }
        TextLeadRules.Byline byline = TextLeadRules.takeByline(blocks);
        String text = String.join("\n", blocks.stream().map(Block::text).toList());
        ArticleDraft draft = new ArticleDraft(title, byline == null ? "" : byline.byline(), "", null, null, "", text, List.of());
        return new ImportResult(draft, dropped, List.of());
    }

    static List<String> paragraphs(String raw) {
        return paragraphs(raw, CancelCheck.NEVER);
    }

    private static List<String> paragraphs(String raw, CancelCheck cancel) {
        List<List<String>> blocks = blocks(raw, cancel);
        List<String> paragraphs = new ArrayList<>();
        boolean hardWrapped = isHardWrapped(blocks);
        for (List<String> block : blocks) {
            if (hardWrapped) {
                paragraphs.add(String.join(" ", block));
            } else {
                paragraphs.addAll(block);
            }
        }
        return paragraphs;
    }

    /** Normalised non-blank lines, grouped into the blocks that blank lines separate. */
    private static List<List<String>> blocks(String raw, CancelCheck cancel) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int count = 0;
        for (String line : TextNormalizer.lines(raw)) {
            if (++count % CANCEL_EVERY_LINES == 0) {
                cancel.check();
            }
            String normalised = TextNormalizer.paragraph(line);
            if (normalised.isEmpty()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(normalised);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    private static boolean isHardWrapped(List<List<String>> blocks) {
        if (blocks.size() < 2) {
            return false;
        }
        int longest = 0;
        for (List<String> block : blocks) {
            for (String line : block) {
                longest = Math.max(longest, line.codePointCount(0, line.length()));
            }
        }
        if (longest < MIN_WRAPPED_LINE || longest > MAX_WRAPPED_LINE) {
            return false;
        }
        int continuing = 0;
        int full = 0;
        for (List<String> block : blocks) {
            for (String line : block.subList(0, block.size() - 1)) {
                continuing++;
                if (line.codePointCount(0, line.length()) * 10 >= longest * 6) {
                    full++;
                }
            }
        }
        return continuing >= 2 && full * 2 >= continuing;
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
