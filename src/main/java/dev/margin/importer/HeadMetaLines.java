package dev.margin.importer;

import java.util.regex.Pattern;

/**
 * Recognises the short metadata lines a page shows between its headline and its first paragraph of prose, which
 * must not open the reading text: a date line ("Aktualisiert am 19.05.2026, 16:40 Uhr", "30/07/2026 18h45
 * Atualizado há 2 horas", "2026年7月1日 5時00分") and a line naming the author with what surrounds the name ("di
 * Giulia Romano · 6 febbraio 2026", "Ana Ruiz, Tom Becker 4 min read"). Both are short and are not sentences; a
 * paragraph that ends like a sentence stays text whatever it holds.
 */
final class HeadMetaLines {
    private static final int MAX_DATE_LINE = 100;
    private static final int AUTHOR_LINE_EXTRA = 60;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？…»”\"]\\s*$");
    private static final Pattern DATE = Pattern.compile(
            "\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}"            // 19.05.2026, 2026-05-19, 30/07/2026
                    + "|(?<!\\d)\\d{1,2}\\s?(?::|h)\\s?\\d{2}(?!\\d)" // 16:40, 18h45
                    + "|\\d{4}\\s?年\\s?\\d{1,2}\\s?月"                // 2026年7月
                    + "|\\d{1,2}\\.?\\s+\\p{L}{3,}\\.?,?\\s+\\d{4}"     // 6 febbraio 2026, 4 февраля 2026
                    + "|\\p{L}{3,}\\.?\\s+\\d{1,2},?\\s+\\d{4}");       // March 4, 2026
    private static final Pattern CLOCK_ONLY = Pattern.compile("\\s*\\d{1,2}\\s?[:h.]\\s?\\d{2}\\s*");

    private HeadMetaLines() {
    }

    /**
     * A short line that gives a date or a time and is no sentence. A clock time alone ("00:41") is a live blog
     * entry's time stamp, which the reader sees as part of the story, and stays.
     */
    static boolean isDateLine(String line) {
        return line.length() <= MAX_DATE_LINE && !SENTENCE_END.matcher(line).find() && DATE.matcher(line).find()
                && !CLOCK_ONLY.matcher(line).matches();
    }

    /** A short line that names the first author of {@code byline} and is no sentence. */
    static boolean isAuthorLine(String line, String byline) {
        if (byline.isBlank()) {
            return false;
        }
        String firstAuthor = byline.split(",")[0].strip();
        return firstAuthor.length() >= 2 && line.contains(firstAuthor)
                && line.length() <= firstAuthor.length() + AUTHOR_LINE_EXTRA && !SENTENCE_END.matcher(line).find();
    }
}
