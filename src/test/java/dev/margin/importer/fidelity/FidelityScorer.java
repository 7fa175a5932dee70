package dev.margin.importer.fidelity;

import dev.margin.domain.ArticleDraft;
import dev.margin.domain.PublishedTimes;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores one imported article against its corpus page: token precision and recall of the reading text against the
 * expected paragraphs (tokens are runs of letters and digits, lower-cased; each Han, kana or Hangul character is a
 * token of its own, since those scripts do not put spaces between words), the clutter phrases kept, and whether
 * title, authors and date are right (with the time and its offset when the page gives them).
 */
final class FidelityScorer {
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]|[\\p{L}\\p{N}\\p{M}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]]+");
    private static final Pattern AUTHOR_SEPARATORS = Pattern.compile(
            "\\s*(?:[,;&、،]|\\s(?:and|und|et|y|e|en|и|і|ו)\\s)\\s*");

    /** What one page scored. */
    record PageScore(String name, double precision, double recall, List<String> clutterKept, boolean titleRight,
                     boolean authorsRight, boolean dateRight, String title, String byline, String date) {
        /** The harmonic mean of precision and recall: the "token overlap" of the issue. */
        double overlap() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    private FidelityScorer() {
    }

    static PageScore score(FidelityPage page, ArticleDraft draft) {
        Map<String, Integer> expected = counts(tokens(String.join("\n", page.paragraphs())));
        Map<String, Integer> got = counts(tokens(draft.text()));
        int common = 0;
        for (Map.Entry<String, Integer> entry : got.entrySet()) {
            common += Math.min(entry.getValue(), expected.getOrDefault(entry.getKey(), 0));
        }
        int gotTotal = got.values().stream().mapToInt(Integer::intValue).sum();
        int expectedTotal = expected.values().stream().mapToInt(Integer::intValue).sum();
        double precision = gotTotal == 0 ? 0 : (double) common / gotTotal;
        double recall = expectedTotal == 0 ? 1 : (double) common / expectedTotal;
        String reading = normalise(draft.text());
        List<String> kept = new ArrayList<>();
        for (String phrase : page.clutter()) {
            if (reading.contains(normalise(phrase))) {
                kept.add(phrase);
            }
        }
        return new PageScore(page.name(), precision, recall, kept, normalise(draft.title()).equals(normalise(page.title())),
                authors(draft.byline()).equals(authorSet(page.authors())), dateRight(page.published(), draft),
                draft.title(), draft.byline(), PublishedTimes.iso(draft.publishedDate(), draft.publishedTime()));
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** The byline's names, split at commas, "and" and its equivalents, normalised. */
    static Set<String> authors(String byline) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : AUTHOR_SEPARATORS.split(byline.strip())) {
            if (!name.isBlank()) {
                names.add(normalise(name));
            }
        }
        return names;
    }

    private static Set<String> authorSet(List<String> names) {
        Set<String> set = new LinkedHashSet<>();
        names.forEach(name -> set.add(normalise(name)));
        return set;
    }

    /**
     * When the page gives a time with its offset, the draft must keep the same time with the same offset (the same
     * instant written the same way: 23:30-05:00, not 04:30Z); when it gives a date only, the same calendar date.
     */
    static boolean dateRight(String expected, ArticleDraft draft) {
        LocalDate got = draft.publishedDate();
        if (expected == null) {
            return got == null;
        }
        if (got == null) {
            return false;
        }
        try {
            return OffsetDateTime.parse(expected).equals(draft.publishedAt());
        } catch (DateTimeParseException notAnInstant) {
            return LocalDate.parse(expected.substring(0, Math.min(10, expected.length()))).equals(got);
        }
    }

    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static Map<String, Integer> counts(List<String> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        tokens.forEach(token -> counts.merge(token, 1, Integer::sum));
        return counts;
    }
}
