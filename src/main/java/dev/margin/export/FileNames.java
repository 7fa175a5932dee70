package dev.margin.export;

import dev.margin.domain.Article;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names that every common file system accepts: no path separators or characters Windows
 * forbids, no control characters, no reserved device names (CON, NUL, ...), no trailing dot or
 * space, at most {@value #MAX_CODE_POINTS} code points. Letters of every script are kept, so an
 * Arabic or Chinese title still gives a readable name.
 */
public final class FileNames {
    static final int MAX_CODE_POINTS = 80;
    private static final Pattern NOT_SLUG = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}]+");
    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    private FileNames() {
    }

    /** A slug of {@code title}: lower case, letters and digits of any script joined by '-', or {@code fallback} when none are left. */
    public static String slug(String title, String fallback) {
        String decomposed = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String slug = NOT_SLUG.matcher(decomposed).replaceAll("-");
        slug = trim(slug, '-');
        slug = truncate(slug, MAX_CODE_POINTS);
        slug = trim(slug, '-');
        if (slug.isEmpty() || RESERVED.matcher(slug).matches()) {
            return fallback;
        }
        return slug;
    }

    /** The note file name for an article: {@code 2026-11-20-rail-link-to-open.md}, or {@code undated-...}. */
    public static String forArticle(Article article, String extension) {
        String date = article.publishedDate() == null ? "undated" : article.publishedDate().toString();
        return date + "-" + slug(article.displayTitle(), "article-" + article.id()) + "." + extension;
    }

    /** A name not yet in {@code taken} (compared ignoring case, as on Windows and macOS): {@code name}, {@code name-2}, ... */
    public static String unique(String name, Set<String> taken) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        String candidate = name;
        for (int n = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = stem + "-" + n + extension;
        }
        taken.add(candidate.toLowerCase(Locale.ROOT));
        return candidate;
    }

    /** A fresh set for {@link #unique}. */
    public static Set<String> newTakenSet() {
        return new HashSet<>();
    }

    private static String trim(String text, char c) {
        int from = 0;
        int to = text.length();
        while (from < to && text.charAt(from) == c) {
            from++;
        }
        while (to > from && text.charAt(to - 1) == c) {
            to--;
        }
        return text.substring(from, to);
    }

    private static String truncate(String text, int maxCodePoints) {
        if (text.codePointCount(0, text.length()) <= maxCodePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxCodePoints));
    }
}
