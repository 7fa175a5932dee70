package dev.margin.suggest;

import dev.margin.domain.ClaimKind;
import dev.margin.domain.QuoteType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds check-worthy sentences and clauses: figures and statistics, causal statements,
 * characterisations, predictions, comparisons and superlatives. It looks at each sentence of a direct
 * quote (the claimant is the quote's speaker), at the reported clause of an indirect quote (its
 * speaker), and at every other prose sentence (the claimant is whoever "according to" names, else
 * nobody: the outlet's own claim). Every pattern is precompiled and bounded, so none can backtrack
 * without limit.
 */
final class ClaimFinder {
    private static final Pattern DIGITS = Pattern.compile("\\d[\\d,.]*");
    private static final int MIN_WORDS = 3;
    /** How many words into a sentence a first-person word makes it a remark about oneself. */
    private static final int FIRST_PERSON_WINDOW = 4;

    private final Set<String> firstPerson;
    private final ClaimCues cues;

    /** A stretch of text that may hold a claim, and who would be claiming it. */
    private record Unit(int start, int end, String claimant, boolean reported) {
        Unit(int start, int end, String claimant) {
            this(start, end, claimant, false);
        }
    }

    private final TextLayout layout;
    private final List<FoundQuote> directQuotes;
    private final List<FoundQuote> indirectQuotes;

    /** English cues, no first-person rule: for tests of the finder alone. */
    ClaimFinder(TextLayout layout, List<FoundQuote> directQuotes, List<FoundQuote> indirectQuotes) {
        this(layout, directQuotes, indirectQuotes, LanguageProfile.load("en").claimCues, Set.of());
    }

    /**
     * @param cues        the article language's claim cues
     * @param firstPerson the language's first-person singular words: a remark about oneself is no claim
     */
    ClaimFinder(TextLayout layout, List<FoundQuote> directQuotes, List<FoundQuote> indirectQuotes, ClaimCues cues, Set<String> firstPerson) {
        this.cues = cues;
        this.firstPerson = firstPerson;
        this.layout = layout;
        this.directQuotes = directQuotes;
        this.indirectQuotes = indirectQuotes;
    }

    List<Suggestion> find(Furniture furniture) {
        List<Suggestion> claims = new ArrayList<>();
        for (Unit unit : units(furniture)) {
            ClaimKind kind = kindOf(unit.start(), unit.end(), unit.reported());
            if (kind != null) {
                claims.add(Suggestion.claim(layout.text, unit.start(), unit.end(), kind, unit.claimant(), 0.6));
            }
        }
        return claims;
    }

    private List<Unit> units(Furniture furniture) {
        List<Unit> units = new ArrayList<>();
        for (FoundQuote quote : directQuotes) {
            if (quote.type() == QuoteType.DIRECT) {
                splitIntoSentences(quote.start(), quote.end(), speakerName(quote), units);
            }
        }
        int direct = 0;
        int indirect = 0;
        for (Sentence sentence : layout.sentences) {
            if (furniture.isFurniture(sentence.paragraph())) {
                continue;
            }
            while (direct < directQuotes.size() && directQuotes.get(direct).end() <= sentence.start()) {
                direct++;
            }
            while (indirect < indirectQuotes.size() && indirectQuotes.get(indirect).end() <= sentence.start()) {
                indirect++;
            }
            if (indirect < indirectQuotes.size() && indirectQuotes.get(indirect).start() < sentence.end()) {
                FoundQuote reported = indirectQuotes.get(indirect);
                int start = Furniture.skipLeadIn(layout.text, sentence.start(), sentence.end());
                units.add(new Unit(start, trimEnd(start, sentence.end()), speakerName(reported), true));
                continue;
            }
            FoundQuote lastDirect = null;
            FoundQuote partial = null;
            for (int k = direct; k < directQuotes.size() && directQuotes.get(k).start() < sentence.end(); k++) {
                if (directQuotes.get(k).type() == QuoteType.DIRECT) {
                    lastDirect = directQuotes.get(k);
                } else if (partial == null) {
                    partial = directQuotes.get(k);
                }
            }
            if (lastDirect != null) {
                // "“…,” he said, adding that the storm was the strongest since 1987": the words after the attribution
                int after = remainderStart(lastDirect.end(), sentence.end());
                if (after >= 0) {
                    units.add(new Unit(after, trimEnd(after, sentence.end()), speakerName(lastDirect)));
                }
            } else {
                int start = Furniture.skipLeadIn(layout.text, sentence.start(), sentence.end());
                units.add(new Unit(start, trimEnd(start, sentence.end()), partial != null ? speakerName(partial) : null));
            }
        }
        units.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return units;
    }

    /** Where a clause of the writer's own begins after a quote's attribution (after its next comma), or -1. */
    private int remainderStart(int quoteEnd, int sentenceEnd) {
        String text = layout.text;
        int close = quoteEnd;
        while (close < sentenceEnd && "”’\"»“".indexOf(text.charAt(close)) >= 0) {
            close++;
        }
        for (int comma = text.indexOf(',', close + 1); comma >= 0 && comma < sentenceEnd; comma = text.indexOf(',', comma + 1)) {
            if (layout.quoteAt(comma) != null) {
                return -1;
            }
            List<Token> rest = layout.tokensIn(comma + 1, sentenceEnd);
            // only a clause of its own: "…, adding that …", "…, saying …"
            if (rest.size() >= MIN_WORDS && rest.get(0).isLowerCase() && rest.get(0).text().endsWith("ing")) {
                return rest.get(0).start();
            }
        }
        return -1;
    }

    private static String speakerName(FoundQuote quote) {
        return quote.speaker() == null ? null : quote.speaker().name();
    }

    private void splitIntoSentences(int start, int end, String claimant, List<Unit> units) {
        String text = layout.text;
        int from = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean boundary = c == '\n' || (c == '.' || c == '!' || c == '?') && i + 2 < end && text.charAt(i + 1) == ' '
                    && Character.isUpperCase(text.charAt(i + 2));
            if (boundary) {
                addTrimmed(from, c == '\n' ? i : i + 1, claimant, units);
                from = i + 1;
            }
        }
        addTrimmed(from, end, claimant, units);
    }

    private void addTrimmed(int start, int end, String claimant, List<Unit> units) {
        String text = layout.text;
        while (start < end && (Character.isWhitespace(text.charAt(start)) || "“‘\"«„".indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        end = trimEnd(start, end);
        if (end > start) {
            units.add(new Unit(start, end, claimant));
        }
    }

    private int trimEnd(int start, int end) {
        String text = layout.text;
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ".,!;:".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end;
    }

    /** The kind of claim the text in {@code [start, end)} makes, or null when it makes none worth checking. */
    private ClaimKind kindOf(int start, int end, boolean reported) {
        List<Token> words = layout.tokensIn(start, end);
        if (words.size() < MIN_WORDS || layout.text.charAt(end - 1) == '?' || end < layout.text.length() && layout.text.charAt(end) == '?') {
            return null;
        }
        CharSequence unit = layout.text.subSequence(start, end);
        if (cues.quantity(unit) || ClaimKinds.SPELLED.matcher(unit).find() || hasFigure(words)) {
            return ClaimKind.STATISTIC;
        }
        if (aboutOneself(words)) {
            // "My expectations are low", "I think they were too optimistic": an opinion, not a checkable statement
            return null;
        }
        return cues.kindOf(unit, reported);
    }

    private boolean aboutOneself(List<Token> words) {
        for (int k = 0; k < words.size() && k < FIRST_PERSON_WINDOW; k++) {
            if (firstPerson.contains(words.get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A number that is not a date, a year, a time of day or an age. */
    private boolean hasFigure(List<Token> words) {
        for (int k = 0; k < words.size(); k++) {
            Token t = words.get(k);
            if (!t.isNumber()) {
                continue;
            }
            Matcher digits = DIGITS.matcher(t.text());
            if (!digits.lookingAt()) {
                continue;
            }
            String number = digits.group();
            boolean year = number.length() == 4 && (number.startsWith("19") || number.startsWith("20"));
            boolean nextToMonth = k > 0 && cues.isMonth(words.get(k - 1).text())
                    || k + 1 < words.size() && cues.isMonth(words.get(k + 1).text());
            // "am 24. März", "le 3 mai": a day number before its month, ended by the ordinal's full stop in German
            boolean ordinalDay = t.end() < layout.text.length() && layout.text.charAt(t.end()) == '.'
                    && k + 1 < words.size() && cues.isMonth(words.get(k + 1).text());
            boolean time = t.end() < layout.text.length() && layout.text.charAt(t.end()) == ':'
                    || t.start() > 1 && layout.text.charAt(t.start() - 1) == ':' && Character.isDigit(layout.text.charAt(t.start() - 2))
                    || k + 1 < words.size() && (words.get(k + 1).text().equals("a.m.") || words.get(k + 1).text().equals("p.m."));
            boolean ageInCommas = t.start() >= 2 && layout.text.charAt(t.start() - 2) == ',' && t.end() < layout.text.length()
                    && layout.text.charAt(t.end()) == ',';
            boolean age = ageInCommas || t.text().endsWith("-year-old") || t.text().endsWith("-years-old");
            boolean ordinalWord = t.text().endsWith("th") || t.text().endsWith("st") || t.text().endsWith("nd") || t.text().endsWith("rd");
            if (!year && !nextToMonth && !ordinalDay && !time && !age && !ordinalWord) {
                return true;
            }
        }
        return false;
    }
}
