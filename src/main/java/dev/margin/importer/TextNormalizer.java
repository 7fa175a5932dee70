package dev.margin.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one place where imported text is normalised, shared by the plain-text, Markdown, HTML and pasted paths,
 * so that every article follows the paragraph convention of {@code dev.margin.domain}.
 *
 * <ul>
 *   <li>Line endings: CR LF, CR, NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029)
 *       all become {@code '\n'}; each line of plain text is one paragraph and blank lines collapse.</li>
 *   <li>Inside a paragraph, runs of ASCII white space (space, tab, vertical tab, form feed) become one space.</li>
 *   <li>NBSP (U+00A0) and the other Unicode spaces (U+2000..U+200A, U+202F, U+205F, U+3000) are typographic
 *       choices of the author (French "«&nbsp;oui&nbsp;»", "10&nbsp;km", Japanese full-width indent), so inside a
 *       paragraph they are kept exactly as they are and never merged with neighbouring spaces. At the two edges
 *       of a paragraph they are stripped like any white space, so a paragraph of only NBSPs disappears.</li>
 *   <li>Invisible C0 control characters other than tab and newline (and DEL) are removed. Zero-width joiners and
 *       non-joiners, variation selectors, bidi marks and every printable character are kept byte for byte.</li>
 * </ul>
 */
public final class TextNormalizer {
    private static final Pattern LINE_BREAKS = Pattern.compile("\r\n|[\r\u0085\u2028\u2029]");
    private static final Pattern ASCII_SPACE_RUNS = Pattern.compile("[ \t\u000B\f]+");
    private static final Pattern HTML_SPACE_RUNS = Pattern.compile("[ \t\n\r\f]+");
    private static final Pattern CONTROLS = Pattern.compile("[\u0000-\u0008\u000E-\u001F\u007F]");

    private TextNormalizer() {
    }

    /** Splits raw text into normalised, non-empty paragraphs, one for each non-blank line. */
    public static List<String> paragraphs(String raw) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : lines(raw)) {
            String paragraph = paragraph(line);
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs;
    }

    /** The raw lines of a text, line endings unified and a leading byte order mark removed; nothing else changed. */
    public static String[] lines(String raw) {
        return LINE_BREAKS.matcher(stripBom(raw)).replaceAll("\n").split("\n", -1);
    }

    /** Normalises one line of text: spaces collapsed, controls removed, edges stripped. */
    public static String paragraph(String line) {
        String cleaned = CONTROLS.matcher(line).replaceAll("");
        return stripEdges(ASCII_SPACE_RUNS.matcher(cleaned).replaceAll(" "));
    }

    /**
     * Normalises text that came from HTML inline content, where a newline in the source is only white space:
     * HTML white space runs become one space. NBSP (from {@code &nbsp;}) is not HTML white space and is kept.
     */
    public static String htmlInline(String text) {
        return paragraph(HTML_SPACE_RUNS.matcher(text).replaceAll(" "));
    }

    /** Removes white space, including NBSP and the other Unicode spaces, from both ends. */
    public static String stripEdges(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** True for text that holds nothing but white space (of any kind). */
    public static boolean isBlank(String text) {
        return stripEdges(text).isEmpty();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
