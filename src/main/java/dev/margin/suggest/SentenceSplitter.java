package dev.margin.suggest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences: a sentence ends at a paragraph break, or at '.', '!' or '?' (with any
 * closing marks after it) followed by a space and a capital, a digit or an opening mark. It does not
 * end after an abbreviation or an initial ("Dr.", "J. Okafor"), nor inside a quotation, so that
 * “We will not pay. Not now,” she said. stays one sentence with its attribution.
 */
final class SentenceSplitter {
    private SentenceSplitter() {
    }

    static List<Sentence> split(String text, List<QuotedSpan> quotes) {
        List<Sentence> sentences = new ArrayList<>();
        int n = text.length();
        int paragraph = 0;
        int paragraphStart = 0;
        int quoteIndex = 0;
        while (paragraphStart <= n) {
            int paragraphEnd = text.indexOf('\n', paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = n;
            }
            int sentenceStart = paragraphStart;
            for (int i = paragraphStart; i < paragraphEnd; i++) {
                char c = text.charAt(i);
                if (c != '.' && c != '!' && c != '?') {
                    continue;
                }
                while (quoteIndex < quotes.size() && quotes.get(quoteIndex).close() <= i) {
                    quoteIndex++;
                }
                if (quoteIndex < quotes.size() && quotes.get(quoteIndex).open() < i && i < quotes.get(quoteIndex).contentEnd() - 1) {
                    continue;
                }
                int after = i + 1;
                while (after < paragraphEnd && isClosingMark(text.charAt(after))) {
                    after++;
                }
                if (after >= paragraphEnd || text.charAt(after) != ' ') {
                    continue;
                }
                int next = after;
                while (next < paragraphEnd && text.charAt(next) == ' ') {
                    next++;
                }
                if (next >= paragraphEnd || !startsSentence(text.charAt(next)) || c == '.' && endsAbbreviation(text, i) && !initialEndsSentence(text, i, next)
                        || c == '.' && endsOrdinal(text, i, next) || c == '.' && abbreviationGoesOn(text, i, next)) {
                    continue;
                }
                add(sentences, text, sentenceStart, after, paragraph);
                sentenceStart = next;
                i = next - 1;
            }
            add(sentences, text, sentenceStart, paragraphEnd, paragraph);
            paragraph++;
            paragraphStart = paragraphEnd + 1;
        }
        return sentences;
    }

    /**
     * "am 24. März", "aus dem 17. Jahrhundert", "de 3. Mai": in German (and Dutch dates) a number of one or two
     * digits with a full stop before a month or a word like "Jahrhundert" is an ordinal, not a sentence end.
     */
    private static boolean endsOrdinal(String text, int dot, int next) {
        int digits = 0;
        int p = dot - 1;
        while (p >= 0 && Character.isDigit(text.charAt(p))) {
            digits++;
            p--;
        }
        if (digits == 0 || digits > 2 || p >= 0 && Character.isLetterOrDigit(text.charAt(p))) {
            return false;
        }
        int end = next;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return ORDINAL_NOUNS.contains(text.substring(next, end));
    }

    /** Words an ordinal number stands before: months, and what German counts in ordinals. */
    private static final java.util.Set<String> ORDINAL_NOUNS = java.util.Set.of("Januar", "Jänner", "Februar", "März",
            "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember", "Jahrhundert",
            "Jahrhunderts", "Jahrhunderte", "Mal", "Platz", "Runde", "Spieltag", "Stock", "Etage", "Klasse", "Liga",
            "Bundesliga", "Weltkrieg", "Weltkriegs", "Jahrestag", "Geburtstag", "Jahrgang", "Minute", "Sekunde", "Drittel",
            "Halbzeit", "Satz", "Durchgang", "Spiel", "Lauf", "Wahlgang", "Quartal", "Quartals", "Halbjahr", "Halbjahres",
            "Amtszeit", "Legislaturperiode", "Sitzung", "Stelle", "Stufe", "Tranche", "Auflage", "Ausgabe", "Staffel",
            "Kapitel", "Jahr", "Tag", "Woche", "Monat", "Obergeschoss", "Bauabschnitt", "Hälfte", "Anlauf", "Versuch", "Rang",
            "Lesung", "Instanz", "Senat", "Senats", "Kammer", "Strafkammer", "Zivilkammer",
            // clubs that carry their rank in their name ("beim 1. FC Union Berlin", "der 1. FSV Mainz 05")
            "FC", "FSV", "FFC");

    private static void add(List<Sentence> sentences, String text, int start, int end, int paragraph) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Sentence(start, end, paragraph));
        }
    }

    private static boolean isClosingMark(char c) {
        // ("»…«" closes with "«": German and Austrian papers that open with "»")
        return c == '”' || c == '’' || c == '"' || c == '\'' || c == '»' || c == '“' || c == ')' || c == ']' || c == '›' || c == '«' || c == '‹';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "“‘\"'«„»(".indexOf(c) >= 0;
    }

    /**
     * "the No. 2 blast furnace", "the U.S. Army Corps of Engineers": abbreviations that may end a sentence ("in the U.S.
     * The company …") go on when a number follows one of {@link #BEFORE_NUMBERS} or a word other than a sentence's usual
     * first words follows "U.S." or "U.K.".
     */
    private static boolean abbreviationGoesOn(String text, int dot, int next) {
        String before = text.substring(Math.max(0, dot - 3), dot);
        int wordStart = dot;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (BEFORE_NUMBERS.contains(text.substring(wordStart, dot))) {
            return Character.isDigit(text.charAt(next));
        }
        if (!before.equals("U.S") && !before.equals("U.K") && !before.equals("a.m") && !before.equals("p.m")) {
            return false; // ("at 6 a.m. Monday" goes on; "at 6 a.m. Another 900 homes …" starts a sentence)
        }
        int end = next;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end > next && Character.isUpperCase(text.charAt(next)) && !SENTENCE_OPENERS.contains(text.substring(next, end));
    }

    /**
     * Abbreviations that stand before a number and may also end a sentence: "No. 2", "Art. 18 der Gemeindeordnung",
     * "von Fr. 1.95 auf Fr. 2.10" (Swiss francs), "Ziff. 3".
     */
    private static final java.util.Set<String> BEFORE_NUMBERS = java.util.Set.of("No", "Art", "Fr", "Ziff", "Sfr", "Kap");

    /** Words that usually open an English sentence: after "U.S." or "a.m." they start a new one. */
    private static final java.util.Set<String> SENTENCE_OPENERS = java.util.Set.of("The", "A", "An", "This", "That", "These",
            "Those", "It", "He", "She", "They", "We", "I", "You", "In", "On", "At", "But", "And", "Or", "So", "Yet", "For",
            "After", "Before", "While", "When", "If", "As", "Its", "His", "Her", "Their", "Our", "There", "Some", "Many",
            "Most", "Officials", "Still", "Now", "Then", "Last", "Earlier", "Later", "Since", "Although", "Though", "Meanwhile",
            "Another", "Other", "Both", "All", "Each", "Every", "Several", "More", "Police", "Residents", "Crews");

    /** Words that open a sentence and are nobody's surname: after an initial ("sagte Jürgen B. Das …") a new sentence starts. */
    private static final java.util.Set<String> AFTER_INITIAL = java.util.Set.of("Das", "Dies", "Der", "Die", "Er", "Sie", "Es",
            "Man", "Auch", "Doch", "Zudem", "Dann", "Damit", "Dabei", "Seine", "Ihre", "The", "He", "She", "It", "They", "This", "But",
            // ("sagte die 52-Jährige der F.A.Z. Ein Anwalt habe …": also after an outlet's initials)
            "Ein", "Eine", "Einer", "Im", "Am", "Nach", "Laut", "Wir", "Ich", "Mit", "Bei", "Aber", "Und", "Nun", "A", "An", "We", "In", "On");

    /** True when the full stop at {@code dot} follows a single capital and the next word is one of {@link #AFTER_INITIAL}. */
    private static boolean initialEndsSentence(String text, int dot, int next) {
        if (dot < 2 || !Character.isUpperCase(text.charAt(dot - 1)) || Character.isLetter(text.charAt(dot - 2))) {
            return false;
        }
        int end = next;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return AFTER_INITIAL.contains(text.substring(next, end));
    }

    /** True when {@code word} after an initial opens the next sentence rather than ending a name ("Jürgen B. Dies …"). */
    static boolean opensSentenceAfterInitial(String word) {
        return AFTER_INITIAL.contains(word);
    }

    /** A single letter with its full stop at {@code at} ("B." of "z. B."). */
    private static boolean pairedLetter(String text, int at) {
        return at + 1 < text.length() && Character.isLetter(text.charAt(at)) && text.charAt(at + 1) == '.'
                && (at + 2 >= text.length() || !Character.isLetter(text.charAt(at + 2)));
    }

    /** Initials of countries and unions that end a sentence as often as they stand inside one. */
    private static final java.util.Set<String> COUNTRY_INITIALS = java.util.Set.of("U.S", "U.K", "U.N", "E.U", "U.A.E");

    private static boolean endsAbbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        String word = text.substring(start, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        if (word.length() == 1 && Character.isLowerCase(word.charAt(0)) && (pairedLetter(text, dot + 2) || start >= 3
                && text.charAt(start - 1) == ' ' && text.charAt(start - 2) == '.' && Character.isLetter(text.charAt(start - 3))
                && (start < 4 || !Character.isLetter(text.charAt(start - 4))))) {
            return true; // "z. B.", "u. a.", "d. h.": two letters, each with its full stop
        }
        if (word.matches("(\\p{Lu}\\.){1,2}\\p{Lu}") && !COUNTRY_INITIALS.contains(word)) {
            return true; // "said M.V. Sasidharan": a name's initials (but "in the U.S. The …" ends a sentence)
        }
        return Tokenizer.ABBREVIATIONS.contains(word) && !word.equals("U.S") && !word.equals("U.K") && !word.equals("etc")
                && !word.equals("a.m") && !word.equals("p.m")
                && !word.equals("No") && !word.equals("Co");
    }
}
