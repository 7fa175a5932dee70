package dev.margin.importer;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import dev.margin.domain.ArticleDraft;
import org.jsoup.Jsoup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Markdown (CommonMark, parsed by flexmark) to an article. Headings become heading paragraphs, paragraphs and
 * list items become paragraphs, block quotes keep their paragraphs, every line of a code block is a paragraph,
 * and HTML blocks contribute their text. Inline markup is dropped: emphasis and code keep their text, links keep
 * their text (not the address), images are left out, and a hard line break starts a new paragraph.
 *
 * <p>A YAML front matter block ({@code ---} ... {@code ---} at the very top) gives title, author (or byline),
 * outlet (or source, site, publisher), date, url (or canonical) and lang when present; it is never part of the
 * text. Without a front-matter title, a level-1 heading that opens the document is the title and leaves the text.
 *
 * <p>As on the plain-text path ({@link TextLeadRules}): related-link and promotional paragraphs, and a paragraph
 * that is nothing but a link, are dropped by {@link RelatedLinkFilter} and reported; a "By …" paragraph among the
 * first two paragraphs after the title becomes the byline. When the front matter already names the author, that
 * paragraph still leaves the text (it repeats the metadata) and is reported as dropped.
 *
 * <p>Input that would make flexmark overflow its stack or take minutes is refused first by {@link MarkdownLimits}
 * (block quotes and lists nested more than {@value MarkdownLimits#MAX_NESTING} deep, a line opening with a run of
 * more than {@value MarkdownLimits#MAX_MARK_RUN} rule marks); the tree is then walked without recursion.
 */
final class MarkdownImporter {
    private static final Parser PARSER = Parser.builder().build();
    private static final int CANCEL_EVERY_NODES = 1024;

    private MarkdownImporter() {
    }

    /**
     * The draft for this Markdown with the boilerplate paragraphs it dropped, or null when it holds no text at all.
     * When every paragraph was boilerplate the draft's text is empty.
     */
    static ImportResult toResult(String markdown, String source, CancelCheck cancel) throws ImportException {
        String unified = markdown.replace("\r\n", "\n").replace('\r', '\n');
        if (unified.startsWith("\uFEFF")) {
            unified = unified.substring(1);
        }
        Map<String, String> front = new LinkedHashMap<>();
        String body = splitFrontMatter(unified, front);

        MarkdownLimits.check(body, source);
        cancel.check();
        List<MarkdownBlock> collected = new ArrayList<>();
        collectBlocks(PARSER.parse(body), collected, cancel);
        cancel.check();
        if (collected.isEmpty()) {
            return null;
        }
        List<String> dropped = new ArrayList<>();
        List<MarkdownBlock> kept = TextLeadRules.withoutBoilerplate(collected, MarkdownBlock::block, dropped);

        String title = TextNormalizer.htmlInline(front.getOrDefault("title", ""));
        if (title.isEmpty() && !kept.isEmpty() && kept.get(0).levelOne()) {
            title = kept.remove(0).text();
        }
        List<Block> blocks = new ArrayList<>(kept.stream().map(MarkdownBlock::block).toList());
        String byline = first(front, "author", "byline");
        TextLeadRules.Byline stated = TextLeadRules.takeByline(blocks);
        if (stated != null && byline.isEmpty()) {
            byline = stated.byline();
        } else if (stated != null) {
            dropped.add(stated.paragraph());
        }
        ReadingTextBuilder text = new ReadingTextBuilder();
        blocks.forEach(block -> text.add(block.text(), block.heading()));
        return new ImportResult(new ArticleDraft(title, byline, first(front, "outlet", "source", "site", "publisher"),
                emptyToNull(first(front, "url", "canonical")), date(front.get("date")), first(front, "lang", "language"),
                text.text(), text.headings(), MetadataExtractor.timeOf(front.get("date"))), dropped, List.of());
    }

    /**
     * One paragraph of the Markdown; {@code levelOne} marks a level-1 heading, a title candidate, and
     * {@code linkOnly} a paragraph whose whole text is a link (a teaser for another story).
     */
    private record MarkdownBlock(String text, boolean heading, boolean levelOne, boolean linkOnly) {
        Block block() {
            return new Block(text, heading, linkOnly);
        }
    }

    /** Walks the block tree with an explicit stack, so no nesting the parser accepted can overflow the call stack. */
    private static void collectBlocks(Node root, List<MarkdownBlock> blocks, CancelCheck cancel) {
        Deque<Node> pending = new ArrayDeque<>();
        pushChildren(root, pending);
        int visited = 0;
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (++visited % CANCEL_EVERY_NODES == 0) {
                cancel.check();
            }
            if (node instanceof Heading heading) {
                addLines(inlineText(heading), true, heading.getLevel() == 1, false, blocks);
            } else if (node instanceof Paragraph) {
                addLines(inlineText(node), false, false, isOnlyALink(node), blocks);
            } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                CharSequence code = node instanceof FencedCodeBlock fenced ? fenced.getContentChars()
                        : ((IndentedCodeBlock) node).getContentChars();
                for (String line : code.toString().split("\n")) {
                    addLines(line, false, false, false, blocks);
                }
            } else if (node instanceof HtmlBlock) {
                for (Block block : BlockCollector.collect(Jsoup.parseBodyFragment(node.getChars().toString()).body())) {
                    blocks.add(new MarkdownBlock(block.text(), block.heading(), false, block.linkOnly()));
                }
            } else if (!(node instanceof ThematicBreak)) {
                pushChildren(node, pending);
            }
        }
    }

    /** Pushes the children so that the first child is popped first. */
    private static void pushChildren(Node parent, Deque<Node> pending) {
        for (Node child = parent.getLastChild(); child != null; child = child.getPrevious()) {
            pending.push(child);
        }
    }

    private static void addLines(String text, boolean heading, boolean levelOne, boolean linkOnly,
                                 List<MarkdownBlock> blocks) {
        for (String line : text.split("\n")) {
            String normalised = TextNormalizer.paragraph(line);
            if (!normalised.isEmpty()) {
                blocks.add(new MarkdownBlock(normalised, heading, levelOne, linkOnly));
            }
        }
    }

    /** True when the paragraph's visible text is all inside links: "[Ferry fares to rise](/ferry)". */
    private static boolean isOnlyALink(Node paragraph) {
        boolean sawLink = false;
        for (Node node = paragraph.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Link) {
                sawLink = true;
            } else if (!(node instanceof SoftLineBreak) && !node.getChars().isBlank()) {
                return false;
            }
        }
        return sawLink;
    }

    private static String inlineText(Node parent) {
        StringBuilder sb = new StringBuilder();
        appendInline(parent, sb);
        return sb.toString();
    }

    private static void appendInline(Node parent, StringBuilder sb) {
        Deque<Node> pending = new ArrayDeque<>();
        pushChildren(parent, pending);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof Text || node instanceof HtmlEntity) {
                sb.append(node.getChars().unescape());
            } else if (node instanceof Code code) {
                sb.append(code.getText());
            } else if (node instanceof AutoLink || node instanceof MailLink) {
                sb.append(node.getChildChars().isEmpty() ? node.getChars() : node.getChildChars());
            } else if (node instanceof SoftLineBreak) {
                sb.append(' ');
            } else if (node instanceof HardLineBreak) {
                sb.append('\n');
            } else if (!(node instanceof Image) && !(node instanceof HtmlInline)) {
                pushChildren(node, pending);
            }
        }
    }

    /** Fills {@code front} from a leading YAML front matter block and returns the rest of the document. */
    private static String splitFrontMatter(String text, Map<String, String> front) {
        if (!text.startsWith("---\n")) {
            return text;
        }
        int end = text.indexOf("\n---", 3);
        while (end >= 0 && !(end + 4 == text.length() || text.charAt(end + 4) == '\n')) {
            end = text.indexOf("\n---", end + 1);
        }
        if (end < 0) {
            return text;
        }
        for (String line : text.substring(4, end).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !Character.isWhitespace(line.charAt(0))) {
                String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                front.put(key, unquote(line.substring(colon + 1).strip()));
            }
        }
        return end + 4 >= text.length() ? "" : text.substring(end + 5);
    }

    private static String unquote(String value) {
        boolean doubleQuoted = value.startsWith("\"") && value.endsWith("\"");
        boolean singleQuoted = value.startsWith("'") && value.endsWith("'");
        if (value.length() >= 2 && (doubleQuoted || singleQuoted)) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static String first(Map<String, String> front, String... keys) {
        for (String key : keys) {
            String value = front.get(key);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }

    private static String emptyToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
