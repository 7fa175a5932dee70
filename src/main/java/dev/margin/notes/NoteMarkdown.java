package dev.margin.notes;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one reading of an annotation's note (CommonMark, parsed by commonmark-java): styled blocks and runs, which the note
 * view in the window draws and the HTML and PDF exports write, and plain text for one-line excerpts. Pure: no JavaFX,
 * no files. Nothing in a note becomes markup of its own: raw HTML shows as the text it is, and only http, https and
 * mailto addresses become links (never javascript:, data:, file: or a relative path). A web address written bare in
 * the note ("see https://example.org/report.") becomes a link, without the sentence's closing punctuation.
 *
 * <p>Why commonmark-java and not flexmark (which the Markdown importer uses): an export reads every annotation's note,
 * and flexmark sets up each parse anew (its block and inline parsers compile their patterns per document), about
 * 20 to 40 microseconds a note; commonmark-java parses such a note in 2 to 3. On 100,000 annotations that was most of
 * the PDF report's time.
 */
public final class NoteMarkdown {
    /** A web address written without Markdown around it: http(s)://… or www.… up to the next space or angle bracket. */
    private static final Pattern BARE_URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+");
    private static final String TRAILING_PUNCTUATION = ".,;:!?'\"’”)]";

    private NoteMarkdown() {
    }

    /** The note's blocks in order; an empty or blank note gives none. */
    public static List<NoteBlock> blocks(String markdown) {
        List<NoteBlock> blocks = new ArrayList<>();
        if (markdown != null && !markdown.isBlank()) {
            collect(ParserHolder.PARSER.parse(markdown), new Context(0, false), blocks);
        }
        return blocks;
    }

    /** The note as plain text without Markdown markers: one line per block, list items with their marker. */
    public static String plainText(String markdown) {
        return blocks(markdown).stream()
                .map(block -> block.kind() == NoteBlock.Kind.LIST_ITEM ? block.marker() + " " + block.text() : block.text())
                .collect(Collectors.joining("\n"));
    }

    /**
     * Builds the Markdown parser on first use, not when the window is built: most notes are seen later, and
     * the application builds it on the worker pool once the window is up ({@link #warmUp}).
     */
    private static final class ParserHolder {
        static final Parser PARSER = Parser.builder().build();
    }

    /** Builds the parser now (on the calling thread), so the first note shown does not wait for it. */
    public static void warmUp() {
        Objects.requireNonNull(ParserHolder.PARSER);
    }

    /** Where a block sits: its list depth and whether it is inside a block quote. */
    private record Context(int depth, boolean quoted) {
    }

    private static void collect(Node parent, Context context, List<NoteBlock> blocks) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            collectOne(node, context, blocks);
        }
    }

    private static void collectList(Node list, Context context, List<NoteBlock> blocks) {
        int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null ? ordered.getMarkerStartNumber() : 1;
        Context inside = new Context(context.depth() + 1, context.quoted());
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            String marker = list instanceof OrderedList ? (number++) + "." : "•";
            Node first = item.getFirstChild();
            if (first instanceof Paragraph) {
                add(blocks, NoteBlock.Kind.LIST_ITEM, inside.depth(), marker, inside.quoted(), first);
                first = first.getNext();
            } else {
                blocks.add(new NoteBlock(NoteBlock.Kind.LIST_ITEM, inside.depth(), marker, inside.quoted(), List.of()));
            }
            for (Node rest = first; rest != null; rest = rest.getNext()) {
                collectOne(rest, inside, blocks);
            }
        }
    }

    /** Collects one block node and what it holds. */
    private static void collectOne(Node node, Context context, List<NoteBlock> blocks) {
        if (node instanceof Heading heading) {
            add(blocks, NoteBlock.Kind.HEADING, heading.getLevel(), "", context.quoted(), heading);
        } else if (node instanceof Paragraph) {
            add(blocks, NoteBlock.Kind.PARAGRAPH, context.depth(), "", context.quoted(), node);
        } else if (node instanceof BlockQuote) {
            collect(node, new Context(context.depth(), true), blocks);
        } else if (node instanceof BulletList || node instanceof OrderedList) {
            collectList(node, context, blocks);
        } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            String code = (node instanceof FencedCodeBlock fenced ? fenced.getLiteral()
                    : ((IndentedCodeBlock) node).getLiteral()).stripTrailing();
            blocks.add(new NoteBlock(NoteBlock.Kind.CODE_BLOCK, context.depth(), "", context.quoted(),
                    List.of(new NoteRun(code, false, false, true, null))));
        } else if (node instanceof HtmlBlock) {
            // Raw HTML is shown as the text it is, never interpreted.
            blocks.add(new NoteBlock(NoteBlock.Kind.PARAGRAPH, context.depth(), "", context.quoted(),
                    List.of(NoteRun.plain(((HtmlBlock) node).getLiteral().strip()))));
        } else if (!(node instanceof ThematicBreak)) {
            collect(node, context, blocks);
        }
    }

    private static void add(List<NoteBlock> blocks, NoteBlock.Kind kind, int level, String marker, boolean quoted, Node inline) {
        List<NoteRun> runs = new ArrayList<>();
        appendInline(inline, new NoteRun("", false, false, false, null), runs);
        blocks.add(new NoteBlock(kind, level, marker, quoted, trim(runs)));
    }

    /** Appends the inline children of {@code parent} as runs in {@code style} (bold, italic, link inherited). */
    private static void appendInline(Node parent, NoteRun style, List<NoteRun> runs) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                text(runs, style, text.getLiteral());
            } else if (node instanceof StrongEmphasis) {
                appendInline(node, new NoteRun("", true, style.italic(), false, style.link()), runs);
            } else if (node instanceof Emphasis) {
                appendInline(node, new NoteRun("", style.bold(), true, false, style.link()), runs);
            } else if (node instanceof Code code) {
                append(runs, new NoteRun("", style.bold(), style.italic(), true, style.link()), code.getLiteral());
            } else if (node instanceof Link link) {
                // also an autolink (<https://…>, <desk@example.org> with its mailto: address)
                appendInline(node, style.withLink(openable(link.getDestination())), runs);
            } else if (node instanceof SoftLineBreak) {
                append(runs, style, " ");
            } else if (node instanceof HardLineBreak) {
                append(runs, style, "\n");
            } else if (node instanceof Image) {
                text(runs, style, altText(node));
            } else if (node instanceof HtmlInline html) {
                append(runs, style, html.getLiteral());
            } else {
                appendInline(node, style, runs);
            }
        }
    }

    /** An image's description as plain text: it is shown in place of the image, which a note never loads. */
    private static String altText(Node image) {
        StringBuilder alt = new StringBuilder();
        for (Node node = image.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                alt.append(text.getLiteral());
            } else if (node instanceof Code code) {
                alt.append(code.getLiteral());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                alt.append(' ');
            } else {
                alt.append(altText(node));
            }
        }
        return alt.toString();
    }

    /** Whether {@link #BARE_URL} can match: it needs "://" or "www.". Most text has neither, and the pattern is slow to rule out. */
    private static boolean mayHoldAddress(String text) {
        if (text.contains("://")) {
            return true;
        }
        for (int i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
            if (i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /** Plain text, with any bare web address in it made a link (unless the text already sits in a link or code). */
    private static void text(List<NoteRun> runs, NoteRun style, String text) {
        if (style.link() != null || style.code() || !mayHoldAddress(text)) {
            append(runs, style, text);
            return;
        }
        Matcher matcher = BARE_URL.matcher(text);
        int from = 0;
        while (matcher.find()) {
            String address = withoutTrailingPunctuation(matcher.group());
            append(runs, style, text.substring(from, matcher.start()));
            String target = address.regionMatches(true, 0, "www.", 0, 4) ? "https://" + address : address;
            append(runs, style.withLink(target), address);
            from = matcher.start() + address.length();
        }
        append(runs, style, text.substring(from));
    }

    /** The address without the sentence's punctuation after it; a closing bracket stays when the address opened one. */
    static String withoutTrailingPunctuation(String address) {
        int end = address.length();
        while (end > 0 && TRAILING_PUNCTUATION.indexOf(address.charAt(end - 1)) >= 0) {
            char last = address.charAt(end - 1);
            String kept = address.substring(0, end);
            if (last == ')' && count(kept, '(') >= count(kept, ')')) {
                break;
            }
            end--;
        }
        return address.substring(0, end);
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    /** The address when a click may open it (http, https, mailto), else null. */
    public static String openable(String address) {
        String lower = address.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:") ? address.strip() : null;
    }

    private static void append(List<NoteRun> runs, NoteRun style, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!runs.isEmpty() && runs.get(runs.size() - 1).sameStyle(style)) {
            NoteRun last = runs.remove(runs.size() - 1);
            runs.add(last.withText(last.text() + text));
        } else {
            runs.add(style.withText(text));
        }
    }

    /** Drops the spaces a block's source lines leave at its start and end. */
    private static List<NoteRun> trim(List<NoteRun> runs) {
        if (!runs.isEmpty()) {
            NoteRun first = runs.get(0);
            runs.set(0, new NoteRun(first.text().stripLeading(), first.bold(), first.italic(), first.code(), first.link()));
            NoteRun last = runs.get(runs.size() - 1);
            runs.set(runs.size() - 1, new NoteRun(last.text().stripTrailing(), last.bold(), last.italic(), last.code(), last.link()));
        }
        runs.removeIf(run -> run.text().isEmpty());
        return runs;
    }
}
