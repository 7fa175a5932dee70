package dev.margin.export;

import dev.margin.notes.NoteBlock;
import dev.margin.notes.NoteMarkdown;
import dev.margin.notes.NoteRun;

import java.util.ArrayList;
import java.util.List;

/**
 * A note as the exports write it, from the blocks and runs of {@link NoteMarkdown} (the reading the window's note
 * view draws too): HTML for the HTML export, plain text for ClaimReview, so {@code **UNHCR**} prints bold instead of
 * with its asterisks. Every text is escaped; only the links {@link NoteMarkdown} allows become links.
 */
final class NoteMarkup {
    private NoteMarkup() {
    }

    /** The note as plain text, one line per block; a link's address follows its words unless they are the address. */
    static String plainText(String markdown) {
        StringBuilder text = new StringBuilder();
        for (NoteBlock block : NoteMarkdown.blocks(markdown)) {
            text.append(text.length() == 0 ? "" : "\n").append(block.kind() == NoteBlock.Kind.LIST_ITEM ? block.marker() + " " : "");
            for (NoteRun run : block.runs()) {
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
        for (NoteBlock block : NoteMarkdown.blocks(markdown)) {
            int listDepth = block.kind() == NoteBlock.Kind.LIST_ITEM ? block.level() : 0;
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
                case CODE_BLOCK -> html.append("<pre><code>").append(Html.escape(block.text())).append("</code></pre>");
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

    private static String runsHtml(List<NoteRun> runs) {
        StringBuilder html = new StringBuilder();
        for (NoteRun run : runs) {
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
}
