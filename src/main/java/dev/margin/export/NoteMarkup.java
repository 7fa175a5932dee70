package dev.margin.export;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note as the exports show it: its Markdown (CommonMark, read by flexmark) turned into blocks of
 * styled runs, which the HTML export writes as tags and the PDF report draws with its fonts, so
 * {@code **UNHCR**} prints bold instead of with its asterisks. Web addresses written bare in the
 * note ("see https://example.org/report.") become links, without the sentence's closing punctuation.
 *
 * <p>Nothing in a note becomes markup of its own: raw HTML is shown as the text it is, and only
 * http, https and mailto addresses become links (never javascript:, data: or file:).
 */
final class NoteMarkup {
    /** A web address written without Markdown around it: http(s)://… or www.… up to the next space or angle bracket. */
    private static final Pattern BARE_URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+");
    private static final String TRAILING_PUNCTUATION = ".,;:!?'\"’”)]";
    private static final Parser PARSER = Parser.builder().build();

    private NoteMarkup() {
    }

    /** A stretch of text in one style; {@code link} is the address it opens, or null. */
    record Run(String text, boolean bold, boolean italic, boolean code, String link) {
        static Run plain(String text) {
            return new Run(text, false, false, false, null);
        }

        Run withText(String newText) {
            return new Run(newText, bold, italic, code, link);
        }

        Run withLink(String newLink) {
            return new Run(text, bold, italic, code, newLink);
        }

        boolean sameStyle(Run other) {
            return bold == other.bold && italic == other.italic && code == other.code && java.util.Objects.equals(link, other.link);
        }
    }

    /** What a block is; its runs hold the text. */
    enum Kind { PARAGRAPH, HEADING, LIST_ITEM, CODE }

    /**
     * One block of the note.
     *
     * @param depth  how deep in nested lists (0 outside any list)
     * @param marker a list item's bullet ("•") or number ("3."), else empty
     * @param quoted inside a block quote
     */
    record Block(Kind kind, int depth, String marker, boolean quoted, List<Run> runs) {
        String text() {
            StringBuilder text = new StringBuilder();
            runs.forEach(run -> text.append(run.text()));
            return text.toString();
        }
    }

    /** The note's blocks in order; a blank note has none. */
    static List<Block> blocks(String markdown) {
        List<Block> blocks = new ArrayList<>();
        if (markdown != null && !markdown.isBlank()) {
            collect(PARSER.parse(markdown.strip().replace("\r\n", "\n")), 0, false, blocks);
        }
        return blocks;
    }

    /** The note as plain text, one line per block; a link's address follows its words unless they are the address. */
    static String plainText(String markdown) {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks(markdown)) {
            text.append(text.length() == 0 ? "" : "\n").append(block.kind() == Kind.LIST_ITEM ? block.marker() + " " : "");
            for (Run run : block.runs()) {
                text.append(run.text());
                String shownAddress = run.link() == null ? null : run.link().replaceFirst("^mailto:", "");
                if (shownAddress != null && !shownAddress.equals(run.text()) && !("https://" + run.text()).equals(shownAddress)) {
                    text.append(" (").append(shownAddress).append(')');
                }
            }
        }
        return text.toString();
    }

    /** The note as HTML for inside a {@code div}: paragraphs, lists, quotes and code, every text escaped. */
    static String html(String markdown) {
        StringBuilder html = new StringBuilder();
        List<String> openLists = new ArrayList<>();
        boolean inQuote = false;
        for (Block block : blocks(markdown)) {
            int listDepth = block.kind() == Kind.LIST_ITEM ? block.depth() : 0;
            boolean leavesQuote = inQuote != block.quoted();
            while (openLists.size() > listDepth || (leavesQuote && !openLists.isEmpty())) {
                html.append("</").append(openLists.remove(openLists.size() - 1)).append('>');
            }
            if (leavesQuote) {
                html.append(block.quoted() ? "<blockquote>" : "</blockquote>");
                inQuote = block.quoted();
            }
            while (openLists.size() < listDepth) {
                String list = block.marker().endsWith(".") ? "ol" : "ul";
                html.append('<').append(list).append('>');
                openLists.add(list);
            }
            switch (block.kind()) {
                case LIST_ITEM -> html.append("<li dir=\"auto\">").append(runsHtml(block.runs())).append("</li>");
                case CODE -> html.append("<pre><code>").append(Html.escape(block.text())).append("</code></pre>");
                case HEADING -> html.append("<p dir=\"auto\"><strong>").append(runsHtml(block.runs())).append("</strong></p>");
                case PARAGRAPH -> html.append("<p dir=\"auto\">").append(runsHtml(block.runs())).append("</p>");
            }
        }
        for (int i = openLists.size() - 1; i >= 0; i--) {
            html.append("</").append(openLists.get(i)).append('>');
        }
        if (inQuote) {
            html.append("</blockquote>");
        }
        return html.toString();
    }

    private static String runsHtml(List<Run> runs) {
        StringBuilder html = new StringBuilder();
        for (Run run : runs) {
            String text = Html.escape(run.text()).replace("\n", "<br>");
            if (run.code()) {
                text = "<code>" + text + "</code>";
            }
            if (run.italic()) {
                text = "<em>" + text + "</em>";
            }
            if (run.bold()) {
                text = "<strong>" + text + "</strong>";
            }
            if (run.link() != null) {
                text = "<a href=\"" + Html.escape(run.link()) + "\">" + text + "</a>";
            }
            html.append(text);
        }
        return html.toString();
    }

    private static void collect(Node parent, int depth, boolean quoted, List<Block> blocks) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            collectOne(node, depth, quoted, blocks);
        }
    }

    private static void collectOne(Node node, int depth, boolean quoted, List<Block> blocks) {
        if (node instanceof Heading heading) {
            add(blocks, Kind.HEADING, depth, "", quoted, heading);
        } else if (node instanceof Paragraph) {
            add(blocks, Kind.PARAGRAPH, depth, "", quoted, node);
        } else if (node instanceof BlockQuote) {
            collect(node, depth, true, blocks);
        } else if (node instanceof BulletList || node instanceof OrderedList) {
            collectList(node, depth + 1, quoted, blocks);
        } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            String code = (node instanceof FencedCodeBlock fenced ? fenced.getContentChars()
                    : ((IndentedCodeBlock) node).getContentChars()).toString().stripTrailing();
            blocks.add(new Block(Kind.CODE, depth, "", quoted, List.of(new Run(code, false, false, true, null))));
        } else if (node instanceof HtmlBlock) {
            blocks.add(new Block(Kind.PARAGRAPH, depth, "", quoted, List.of(Run.plain(node.getChars().toString().strip()))));
        } else if (!(node instanceof ThematicBreak)) {
            collect(node, depth, quoted, blocks);
        }
    }

    private static void collectList(Node list, int depth, boolean quoted, List<Block> blocks) {
        int number = list instanceof OrderedList ordered ? ordered.getStartNumber() : 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            String marker = list instanceof OrderedList ? (number++) + "." : "•";
            Node first = item.getFirstChild();
            if (first instanceof Paragraph) {
                add(blocks, Kind.LIST_ITEM, depth, marker, quoted, first);
                first = first.getNext();
            } else {
                blocks.add(new Block(Kind.LIST_ITEM, depth, marker, quoted, List.of()));
            }
            for (Node rest = first; rest != null; rest = rest.getNext()) {
                collectOne(rest, depth, quoted, blocks);
            }
        }
    }

    private static void add(List<Block> blocks, Kind kind, int depth, String marker, boolean quoted, Node inline) {
        List<Run> runs = new ArrayList<>();
        inline(inline, Run.plain(""), runs);
        blocks.add(new Block(kind, depth, marker, quoted, trimmed(runs)));
    }

    /** Appends the inline children of {@code parent} in {@code style} (bold, italic and link passed down). */
    private static void inline(Node parent, Run style, List<Run> runs) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text || node instanceof HtmlEntity) {
                text(runs, style, node.getChars().unescape());
            } else if (node instanceof StrongEmphasis) {
                inline(node, new Run("", true, style.italic(), false, style.link()), runs);
            } else if (node instanceof Emphasis) {
                inline(node, new Run("", style.bold(), true, false, style.link()), runs);
            } else if (node instanceof Code code) {
                append(runs, new Run("", style.bold(), style.italic(), true, style.link()), code.getText().unescape());
            } else if (node instanceof Link link) {
                inline(node, style.withLink(openable(link.getUrl().unescape())), runs);
            } else if (node instanceof AutoLink autoLink) {
                String address = autoLink.getText().toString();
                append(runs, style.withLink(openable(address)), address);
            } else if (node instanceof MailLink mail) {
                String address = mail.getText().toString();
                append(runs, style.withLink("mailto:" + address), address);
            } else if (node instanceof SoftLineBreak) {
                append(runs, style, " ");
            } else if (node instanceof HardLineBreak) {
                append(runs, style, "\n");
            } else if (node instanceof Image image) {
                text(runs, style, image.getText().unescape());
            } else if (node instanceof HtmlInline) {
                append(runs, style, node.getChars().toString());
            } else {
                inline(node, style, runs);
            }
        }
    }

    /** Plain text, with any bare web address in it made a link (unless the text already sits in a link). */
    private static void text(List<Run> runs, Run style, String text) {
        if (style.link() != null || style.code()) {
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

    /** The address when it may be opened (http, https, mailto), else null. */
    static String openable(String address) {
        String lower = address.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:") ? address.strip() : null;
    }

    private static void append(List<Run> runs, Run style, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!runs.isEmpty() && runs.get(runs.size() - 1).sameStyle(style)) {
            Run last = runs.remove(runs.size() - 1);
            runs.add(last.withText(last.text() + text));
        } else {
            runs.add(style.withText(text));
        }
    }

    private static List<Run> trimmed(List<Run> runs) {
        if (!runs.isEmpty()) {
            runs.set(0, runs.get(0).withText(runs.get(0).text().stripLeading()));
            int last = runs.size() - 1;
            runs.set(last, runs.get(last).withText(runs.get(last).text().stripTrailing()));
        }
        runs.removeIf(run -> run.text().isEmpty());
        return List.copyOf(runs);
    }
}
