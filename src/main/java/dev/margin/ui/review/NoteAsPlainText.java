package dev.margin.ui.review;

import dev.margin.domain.Span;
import dev.margin.domain.read.MarkedText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note's search result without its Markdown markers, for the one or two lines a table row shows: emphasis
 * ({@code **bold**}, {@code *italic*}, {@code _italic_}), code backticks, heading and block-quote markers go; a link
 * keeps its words and loses its address; line breaks become spaces. The search's matches are moved with the
 * text they mark. Pure: the store marks the matches in the note as written, this only changes how it is shown.
 */
final class NoteAsPlainText {
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\(([^)\\s]*)\\)");
    private static final Pattern BLOCK_MARKER = Pattern.compile("(?m)^[ \\t]{0,3}(?:#{1,6}[ \\t]+|>[ \\t]?)");

    private NoteAsPlainText() {
    }

    static MarkedText of(MarkedText note) {
        String raw = note.text();
        boolean[] dropped = new boolean[raw.length()];
        Matcher link = LINK.matcher(raw);
        while (link.find()) {
            dropped[link.start()] = true; // "["
            for (int i = link.end(1); i < link.end(); i++) {
                dropped[i] = true; // "](address)"
            }
        }
        Matcher block = BLOCK_MARKER.matcher(raw);
        while (block.find()) {
            for (int i = block.start(); i < block.end(); i++) {
                dropped[i] = true;
            }
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '`' || c == '*' && !standsAlone(raw, i) || c == '_' && !insideAWord(raw, i)) {
                dropped[i] = true;
            }
        }

        StringBuilder text = new StringBuilder(raw.length());
        int[] keptBefore = new int[raw.length() + 1];
        for (int i = 0; i < raw.length(); i++) {
            keptBefore[i] = text.length();
            if (!dropped[i]) {
                char c = raw.charAt(i);
                text.append(c == '\n' || c == '\r' ? ' ' : c);
            }
        }
        keptBefore[raw.length()] = text.length();
        List<Span> matches = new ArrayList<>();
        for (Span match : note.matches()) {
            int start = keptBefore[match.start()];
            int end = keptBefore[match.end()];
            if (end > start) {
                matches.add(new Span(start, end));
            }
        }
        return new MarkedText(text.toString(), matches);
    }

    /** A "*" with white space on both sides is no emphasis: a list bullet ("* first") or a sum ("5 * 3"). */
    private static boolean standsAlone(String raw, int at) {
        boolean spaceBefore = at == 0 || Character.isWhitespace(raw.charAt(at - 1));
        boolean spaceAfter = at + 1 == raw.length() || Character.isWhitespace(raw.charAt(at + 1));
        return spaceBefore && spaceAfter;
    }

    /** snake_case and file_names keep their underscores; only those at a word's edge are emphasis. */
    private static boolean insideAWord(String raw, int at) {
        return at > 0 && at + 1 < raw.length()
                && Character.isLetterOrDigit(raw.charAt(at - 1)) && Character.isLetterOrDigit(raw.charAt(at + 1));
    }
}
