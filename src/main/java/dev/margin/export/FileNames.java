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
    /** An apostrophe inside a word ("Russia's", "don’t"): dropped, so the word stays one word in a slug. */
    private static final Pattern INNER_APOSTROPHE = Pattern.compile("(?<=\\p{L})['’ʼ](?=\\p{L})");
    /** At most this many code points of the title in a file name, cut after a whole word. */
    static final int TITLE_CODE_POINTS = 48;
    static final int OUTLET_CODE_POINTS = 28;
    /** Short English words a cut title does not end on ("…agree-to-a" becomes "…agree"). */
    private static final Set<String> DANGLING = Set.of("a", "an", "the", "of", "to", "and", "or", "for", "in", "on", "at", "by",
            "with", "from", "as", "is", "s");

    private FileNames() {
    }

    /** A slug of {@code title}: lower case, letters and digits of any script joined by '-', or {@code fallback} when none are left. */
    public static String slug(String title, String fallback) {
        String decomposed = INNER_APOSTROPHE.matcher(Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)).replaceAll("");
        String slug = NOT_SLUG.matcher(decomposed).replaceAll("-");
        slug = trim(slug, '-');
        slug = truncate(slug, MAX_CODE_POINTS);
        slug = trim(slug, '-');
        if (slug.isEmpty() || RESERVED.matcher(slug).matches()) {
            return fallback;
        }
        return slug;
    }

    /**
     * The file name for an article, from what is known of it: outlet, date and the title's first words,
     * cut after a whole word ({@code wirenews-2026-11-20-rail-link-to-open-in-march.md}); a part that is
     * not known is left out, and an article without a usable title is {@code article-<id>}.
     */
    public static String forArticle(Article article, String extension) {
        StringBuilder name = new StringBuilder();
        String outlet = words(slug(article.outlet(), ""), OUTLET_CODE_POINTS);
        if (!outlet.isEmpty()) {
            name.append(outlet).append('-');
        }
        if (article.publishedDate() != null) {
            name.append(article.publishedDate()).append('-');
        }
        name.append(words(slug(article.displayTitle(), "article-" + article.id()), TITLE_CODE_POINTS));
        return name + "." + extension;
    }

    /** The slug's leading words ('-'-separated) that fit in {@code max} code points; a first word longer than that is cut. */
    static String words(String slug, int max) {
        if (slug.codePointCount(0, slug.length()) <= max) {
            return slug;
        }
        StringBuilder kept = new StringBuilder();
        for (String word : slug.split("-")) {
            int length = kept.codePointCount(0, kept.length()) + (kept.length() == 0 ? 0 : 1) + word.codePointCount(0, word.length());
            if (length > max) {
                break;
            }
            kept.append(kept.length() == 0 ? "" : "-").append(word);
        }
        String cut = kept.toString();
        while (cut.contains("-") && DANGLING.contains(cut.substring(cut.lastIndexOf('-') + 1))) {
            cut = cut.substring(0, cut.lastIndexOf('-'));
        }
        return cut.isEmpty() ? truncate(slug, max) : cut;
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
