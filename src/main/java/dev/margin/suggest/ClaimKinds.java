package dev.margin.suggest;

import dev.margin.domain.ClaimKind;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of claim a stretch of words makes, for the claim the user marks by hand (C): the same rules the
 * suggester uses on whole sentences, read on the words chosen. A figure, written in digits ("2 million", "3.5%",
 * "€1.2bn") or in words ("two-thirds", "seven in ten"), makes a statistic; then a cause, a characterisation, a
 * prediction; anything else is {@link ClaimKind#OTHER}. Years, dates, times of day, ordinals and ages are no figures.
 */
public final class ClaimKinds {
    /**
     * Quantities written in words, or with an abbreviated scale, that {@code ClaimFinder}'s figure pattern does not
     * hold: fractions ("two-thirds", "three quarters"), proportions ("seven in ten"), "a dozen", "1.2bn", "$3m".
     */
    static final Pattern SPELLED = Pattern.compile(
            "\\b(?:one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:halves|thirds?|quarters?|fifths?|sixths?|sevenths?|"
                    + "eighths?|ninths?|tenths?)\\b"
                    + "|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3}) (?:in|out of) (?:two|three|four|five|six|seven|"
                    + "eight|nine|ten|\\d{1,4})\\b"
                    + "|\\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                    + "ninety|a few|several) (?:dozen|hundred|thousand|lakh|crore)\\b"
                    + "|\\d(?:[\\d,.]*\\d)?\\s?(?:bn|mn|m|k|tn|trn)\\b"
                    + "|\\b(?:twice|thrice|double|triple|half) (?:as|the|that)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\d(?:[\\d,.]*\\d)?");
    private static final Pattern MONTH = Pattern.compile(
            "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
                    + "nov(?:ember)?|dec(?:ember)?)\\.?", Pattern.CASE_INSENSITIVE);

    private ClaimKinds() {
    }

    /** The kind of claim {@code words} make, read with English cues; {@link ClaimKind#OTHER} when no rule says more. */
    public static ClaimKind guess(String words) {
        return guess(words, "en");
    }

    /**
     * The kind of claim {@code words} make, read with the cues of {@code language} (an ISO 639-1 code; English where
     * the language has none); {@link ClaimKind#OTHER} when no rule says more.
     */
    public static ClaimKind guess(String words, String language) {
        String text = words == null ? "" : words.strip();
        ClaimCues cues = cuesOf(language);
        if (cues.quantity(text) || SPELLED.matcher(text).find() || hasFigure(text)) {
            return ClaimKind.STATISTIC;
        }
        ClaimKind kind = cues.kindOf(text, false);
        return kind == null || kind == ClaimKind.OTHER ? ClaimKind.OTHER : kind;
    }

    private static ClaimCues cuesOf(String language) {
        String code = language == null ? "en" : language.strip().toLowerCase(Locale.ROOT);
        return CUES.computeIfAbsent(LanguageProfile.shippedLanguages().contains(code) ? code : "en",
                shipped -> LanguageProfile.load(shipped).claimCues);
    }

    private static final java.util.Map<String, ClaimCues> CUES = new java.util.concurrent.ConcurrentHashMap<>();

    /** A number in digits that is not a year, a date, a time of day, an ordinal or an age. */
    static boolean hasFigure(String text) {
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            String digits = number.group();
            int start = number.start();
            int end = number.end();
            boolean year = digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
            boolean time = end < text.length() && text.charAt(end) == ':' || start > 0 && text.charAt(start - 1) == ':';
            String after = text.substring(end, Math.min(text.length(), end + 12)).toLowerCase(Locale.ROOT);
            boolean ordinal = after.matches("^(?:st|nd|rd|th)\\b.*");
            boolean age = after.startsWith("-year-old") || after.startsWith("-years-old") || after.startsWith(" years old");
            boolean date = nextToMonth(text, start, end);
            if (!year && !time && !ordinal && !age && !date) {
                return true;
            }
        }
        return false;
    }

    private static boolean nextToMonth(String text, int start, int end) {
        String before = text.substring(0, start).stripTrailing();
        int wordStart = before.length();
        while (wordStart > 0 && (Character.isLetter(before.charAt(wordStart - 1)) || before.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String after = text.substring(end).stripLeading();
        int wordEnd = 0;
        while (wordEnd < after.length() && (Character.isLetter(after.charAt(wordEnd)) || after.charAt(wordEnd) == '.')) {
            wordEnd++;
        }
        return MONTH.matcher(before.substring(wordStart)).matches() || MONTH.matcher(after.substring(0, wordEnd)).matches();
    }
}
