package dev.margin.domain;

/**
 * The title an article gets when its source names none (a plain-text file, pasted text, a page without a
 * headline), given once when it is stored so that every view and export shows the same words.
 *
 * <p>The rule: the first line of the text, as it stands when it has at most {@value #MAX_CHARS} characters;
 * a longer line is cut after its last whole word within them ("…" added), or inside the word when that would
 * keep fewer than {@value #LEAST_CUT_CHARS} characters. Migration V008 titles the articles stored before it by
 * the same rule, in SQL; {@code ArticleTitleTest} holds the two together. A first line without a letter or a
 * digit ("* * *") gives way to the file's name when there is one.
 */
public final class ArticleTitle {
    /** Lengths count characters (Unicode code points), as SQLite's length() does. */
    public static final int MAX_CHARS = 80;
    static final int LEAST_CUT_CHARS = 40;
    /** What a cut title never ends with before its "…". */
    private static final String TRAILING_AT_CUT = " ,;:\u2013-";

    private ArticleTitle() {
    }

    /** The title from the text's first line (see the class comment); empty only for an empty text. */
    public static String fromText(String text) {
        String line = firstLine(text);
        if (line.codePointCount(0, line.length()) <= MAX_CHARS) {
            return line;
        }
        String cut = line.substring(0, line.offsetByCodePoints(0, MAX_CHARS));
        int lastSpace = cut.lastIndexOf(' ');
        String head = lastSpace < 0 ? "" : stripTrailing(cut.substring(0, lastSpace + 1));
        if (head.codePointCount(0, head.length()) >= LEAST_CUT_CHARS) {
            return head + "\u2026";
        }
        return line.substring(0, line.offsetByCodePoints(0, MAX_CHARS - 1)) + "\u2026";
    }

    /**
     * The title of a text read from a file named {@code fileName} (or null for pasted text and web pages): the
     * first line's, unless that line holds no letter or digit and the file's name does.
     */
    public static String forImport(String text, String fileName) {
        String fromText = fromText(text);
        if (fileName == null || fromText.codePoints().anyMatch(Character::isLetterOrDigit)) {
            return fromText;
        }
        String name = fileNameTitle(fileName);
        return name.isEmpty() ? fromText : name;
    }

    /** "harbour_rationing-notice.txt" becomes "harbour rationing notice". */
    static String fileNameTitle(String fileName) {
        String name = fileName;
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        name = name.replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ").strip();
        return name.codePoints().anyMatch(Character::isLetterOrDigit) ? fromText(name) : "";
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        // As SQLite's trim(): spaces only (the importers leave no other white space at a paragraph's ends).
        int from = 0;
        int to = line.length();
        while (from < to && line.charAt(from) == ' ') {
            from++;
        }
        while (to > from && line.charAt(to - 1) == ' ') {
            to--;
        }
        return line.substring(from, to);
    }

    private static String stripTrailing(String text) {
        int end = text.length();
        while (end > 0 && TRAILING_AT_CUT.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    /** Whether a title says nothing: blank, or without a letter or digit ("* * *", a separator taken for a headline). */
    public static boolean isMissing(String title) {
        return title == null || title.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
