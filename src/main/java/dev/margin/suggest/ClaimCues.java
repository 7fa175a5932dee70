package dev.margin.suggest;

import dev.margin.domain.ClaimKind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words of one language that make a sentence a claim worth checking, read from its {@code claim-cues.txt}
 * (lines {@code kind: regular expression}, see the lang README): figures written in words, causes,
 * characterisations, predictions (and, in reported speech only, the conditional that stands for the future),
 * comparisons, what evidence is said to show, and the month names beside which a number is a date. A figure in
 * digits with a currency or per cent sign counts in every language. Patterns are matched case-insensitively, with
 * Unicode word boundaries outside English, so "größte" and "aumentará" are whole words. Immutable.
 */
final class ClaimCues {
    enum Cue { QUANTITY, CAUSAL, CHARACTERISATION, PREDICTION, REPORTED_PREDICTION, COMPARISON, EVIDENCE, MONTH }

    /** A figure with a currency sign before it or a per cent (per mille) sign after it, in any language. */
    private static final Pattern SIGNED_FIGURE = Pattern.compile("[$£€¥₦₹]\\s?\\d|\\d\\s?[%‰]");
    private static final Pattern NEVER = Pattern.compile("(?!)");
    /**
     * Unicode word classes make "größte" one word, but cost about twice the time on every sentence; English words
     * need none, so its cues keep ASCII classes (as they always had).
     */
    private static final int ASCII_WORDS = Pattern.CASE_INSENSITIVE;
    private static final int UNICODE_WORDS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private final Map<Cue, Pattern> patterns = new EnumMap<>(Cue.class);

    private ClaimCues(Map<Cue, List<String>> alternatives, int flags) {
        for (Cue cue : Cue.values()) {
            List<String> parts = alternatives.getOrDefault(cue, List.of());
            patterns.put(cue, parts.isEmpty() ? NEVER : Pattern.compile("(?:" + String.join(")|(?:", parts) + ")", flags));
        }
    }

    /**
     * The cues of the lines given ({@code kind: pattern}) for the language {@code code}; a line of an unknown kind is an
     * error in the resource.
     */
    static ClaimCues read(String code, List<String> lines) {
        Map<Cue, List<String>> alternatives = new EnumMap<>(Cue.class);
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("A claim cue needs \"kind: pattern\": " + line);
            }
            Cue cue = Cue.valueOf(line.substring(0, colon).strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            alternatives.computeIfAbsent(cue, c -> new ArrayList<>()).add(line.substring(colon + 1).strip());
        }
        return new ClaimCues(alternatives, "en".equals(code) ? ASCII_WORDS : UNICODE_WORDS);
    }

    boolean find(Cue cue, CharSequence text) {
        return patterns.get(cue).matcher(text).find();
    }

    /** A figure with a currency or per cent sign, or one of this language's quantity words. */
    boolean quantity(CharSequence text) {
        return SIGNED_FIGURE.matcher(text).find() || find(Cue.QUANTITY, text);
    }

    /** Whether {@code word} names a month (a number beside it is a date). */
    boolean isMonth(String word) {
        return patterns.get(Cue.MONTH).matcher(word).matches();
    }

    /**
     * The kind the cues give a stretch of words, in the order a check-worthy claim is told: cause, characterisation,
     * prediction (the conditional only when {@code reported}); a comparison or reported evidence is a claim of no
     * named kind ({@link ClaimKind#OTHER}); null when no cue is there. Quantities are the caller's first question.
     */
    ClaimKind kindOf(CharSequence text, boolean reported) {
        if (find(Cue.CAUSAL, text)) {
            return ClaimKind.CAUSAL;
        }
        if (find(Cue.CHARACTERISATION, text)) {
            return ClaimKind.CHARACTERISATION;
        }
        if (find(Cue.PREDICTION, text) || reported && find(Cue.REPORTED_PREDICTION, text)) {
            return ClaimKind.PREDICTION;
        }
        if (find(Cue.COMPARISON, text) || find(Cue.EVIDENCE, text)) {
            return ClaimKind.OTHER;
        }
        return null;
    }
}
