package dev.margin.importer;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Walks an HTML subtree and cuts its text into paragraphs the way a browser lays it out: every block element
 * (p, div, li, h1..h6, blockquote, td...) and every &lt;br&gt; ends a paragraph; inline elements (a, em, span...)
 * run on; source newlines are only white space, except inside &lt;pre&gt;. Headings are flagged, and so is a
 * paragraph whose whole text is inside links (a related-link teaser).
 */
final class BlockCollector implements NodeVisitor {
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    static final Set<String> INVISIBLE_TAGS = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "object", "button", "select", "textarea", "input");

    private static final int LABEL_CHARS = 30;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int linkDepth;
    private int preDepth;
    private int headingDepth;
    private int invisibleDepth;
    /** Heading depths saved while inside a non-heading block nested in a heading (broken pages do that). */
    private final Deque<Integer> savedHeadingDepths = new ArrayDeque<>();
    private boolean currentIsHeading;
    private boolean sawTextOutsideLink;
    private final StringBuilder outsideLinks = new StringBuilder();
    private int linkedLetters;

    private BlockCollector() {
    }

    static List<Block> collect(Element root) {
        BlockCollector collector = new BlockCollector();
        NodeTraversor.traverse(collector, root);
        collector.flush();
        return collector.blocks;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
            if (invisibleDepth == 0) {
                text(textNode.getWholeText());
            }
        } else if (node instanceof Element element) {
            String tag = element.normalName();
            if (tag.equals(DroppedPlaces.TAG)) {
                flush();
                blocks.add(Block.placeOf(DroppedPlaces.indexes(element)));
            } else if (INVISIBLE_TAGS.contains(tag)) {
                invisibleDepth++;
            } else if (tag.equals("br")) {
                flush();
            } else if (BLOCKS.contains(tag)) {
                flush();
                if (!HEADINGS.contains(tag)) {
                    savedHeadingDepths.push(headingDepth);
                    headingDepth = 0;
                }
            }
            if (tag.equals("a")) {
                linkDepth++;
            } else if (tag.equals("pre")) {
                preDepth++;
            } else if (HEADINGS.contains(tag)) {
                headingDepth++;
            } else if (tag.equals("img") && invisibleDepth == 0 && linkDepth == 0) {
                // An image between text keeps words apart, as a browser would.
                current.append(' ');
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element) {
            String tag = element.normalName();
            if (INVISIBLE_TAGS.contains(tag)) {
                invisibleDepth--;
            } else if (BLOCKS.contains(tag)) {
                flush();
                if (!HEADINGS.contains(tag)) {
                    headingDepth = savedHeadingDepths.pop();
                }
            }
            if (tag.equals("a")) {
                linkDepth--;
            } else if (tag.equals("pre")) {
                preDepth--;
            } else if (HEADINGS.contains(tag)) {
                headingDepth--;
            }
        }
    }

    private void text(String text) {
        if (preDepth > 0) {
            String[] lines = text.split("\r\n|[\r\n]", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    flush();
                }
                append(lines[i]);
            }
        } else {
            append(text);
        }
    }

    private void append(String text) {
        if (headingDepth > 0 && !TextNormalizer.isBlank(text)) {
            currentIsHeading = true;
        }
        if (linkDepth == 0 && hasVisibleText(text)) {
            sawTextOutsideLink = true;
        }
        if (linkDepth == 0) {
            outsideLinks.append(text);
        } else {
            linkedLetters += text.length();
        }
        current.append(text);
    }

    /** Punctuation and spaces around a link ("→ Link.") do not make the paragraph more than a link. */
    private static boolean hasVisibleText(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** "Read also: <a>headline</a>": a label of a few words ending in a colon, then a link at least as long. */
    private boolean isLabelledLink() {
        String own = outsideLinks.toString().strip();
        return !own.isEmpty() && own.length() <= LABEL_CHARS && (own.endsWith(":") || own.endsWith("："))
                && linkedLetters >= own.length();
    }

    private void flush() {
        String text = TextNormalizer.htmlInline(current.toString());
        if (!text.isEmpty()) {
            boolean linkOnly = !sawTextOutsideLink && hasVisibleText(text);
            blocks.add(new Block(text, currentIsHeading, linkOnly, isLabelledLink()));
        }
        current.setLength(0);
        outsideLinks.setLength(0);
        linkedLetters = 0;
        currentIsHeading = false;
        sawTextOutsideLink = false;
    }
}
