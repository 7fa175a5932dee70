package dev.margin.ui.annotations;

import dev.margin.domain.QuoteType;
import dev.margin.domain.Span;
import dev.margin.domain.SpeakerResolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes who said a selected quote, from the words around it, the way a reader would: the
 * reporting verb nearest the quote ("said", "told", "according to"), then the capitalised name
 * nearest that verb ("…,” said Adaeze Okafor" or "Okafor said"). When the verb's subject is a
 * pronoun ("…,” she said") the last name mentioned before the quote is proposed instead.
 * Pure code without JavaFX: the quote dialog shows the proposal and the user accepts it with Enter.
 */
public final class SpeakerProposer {
    private static final int WINDOW = 160;
    private static final int PRONOUN_LOOKBACK = 800;
    private static final int MAX_TOKENS_FROM_CUE = 6;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’\\-]*");
    private static final Set<String> CUES = Set.of("said", "says", "told", "tells", "added", "adds", "asked", "asks",
            "warned", "warns", "explained", "stated", "argued", "argues", "insisted", "noted", "wrote", "writes",
            "claimed", "claims", "replied", "urged", "stressed", "announced", "admitted", "denied", "confirmed",
            "according", "declared", "acknowledged", "estimated", "predicted", "conceded");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it");
    /** Capitalised words that start sentences rather than name someone. */
    private static final Set<String> SENTENCE_WORDS = Set.of("the", "a", "an", "he", "she", "they", "it", "we", "i",
            "but", "and", "or", "in", "on", "at", "for", "his", "her", "their", "its", "this", "that", "these",
            "those", "officials", "official", "police", "according", "also", "read", "when", "while", "after",
            "before", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "however");
    /** Titles and offices: not part of the name they precede ("Transport Minister Adaeze Okafor"). */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "professor", "president",
            "minister", "secretary", "senator", "governor", "mayor", "chief", "director", "spokesperson",
            "spokesman", "spokeswoman", "general", "chair", "chairman", "chairwoman", "judge", "inspector",
            "commissioner", "councillor", "deputy", "executive", "manager", "officer", "head", "leader");

    private SpeakerProposer() {
    }

    /** The proposal for the quote at {@code [start, end)} of {@code text}. */
    public static SpeakerProposal propose(String text, int start, int end) {
        QuoteType type = quoteType(text, start, end);
        int paragraphStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        int paragraphEnd = text.indexOf('\n', end);
        paragraphEnd = paragraphEnd < 0 ? text.length() : paragraphEnd;

        List<Token> after = tokens(text, end, Math.min(paragraphEnd, end + WINDOW));
        List<Token> before = tokens(text, Math.max(paragraphStart, start - WINDOW), start);
        int cueAfter = firstCue(after);
        if (cueAfter >= 0) {
            return around(text, after, cueAfter, start, type);
        }
        int cueBefore = lastCue(before);
        if (cueBefore >= 0) {
            return around(text, before, cueBefore, start, type);
        }
        return SpeakerProposal.none(type);
    }

    /** Direct when the selection is wrapped in quotation marks, partial when it holds some, indirect otherwise. */
    static QuoteType quoteType(String text, int start, int end) {
        String selected = text.substring(start, end).strip();
        boolean opensBefore = start > 0 && isQuoteMark(text.charAt(start - 1));
        boolean closesAfter = end < text.length() && isQuoteMark(text.charAt(end));
        boolean opens = !selected.isEmpty() && isQuoteMark(selected.charAt(0));
        boolean closes = !selected.isEmpty() && isQuoteMark(selected.charAt(selected.length() - 1));
        if ((opens || opensBefore) && (closes || closesAfter || selected.endsWith("”,") || selected.endsWith(",”"))) {
            return QuoteType.DIRECT;
        }
        for (int i = 0; i < selected.length(); i++) {
            if (isQuoteMark(selected.charAt(i))) {
                return QuoteType.PARTIAL;
            }
        }
        return QuoteType.INDIRECT;
    }

    private static boolean isQuoteMark(char c) {
        return c == '“' || c == '”' || c == '"' || c == '«' || c == '»' || c == '„';
    }

    private static SpeakerProposal around(String text, List<Token> tokens, int cueIndex, int quoteStart, QuoteType type) {
        Token cue = tokens.get(cueIndex);
        Span cueSpan = new Span(cue.start, cue.end);
        String cueText = cue.text;
        if (cue.lower().equals("according") && cueIndex + 1 < tokens.size() && tokens.get(cueIndex + 1).lower().equals("to")) {
            Token to = tokens.get(cueIndex + 1);
            cueSpan = new Span(cue.start, to.end);
            cueText = text.substring(cue.start, to.end);
        }
        Candidate best = null;
        for (int i = Math.max(0, cueIndex - MAX_TOKENS_FROM_CUE); i <= Math.min(tokens.size() - 1, cueIndex + MAX_TOKENS_FROM_CUE); i++) {
            if (i == cueIndex) {
                continue;
            }
            Token token = tokens.get(i);
            if (Math.abs(i - cueIndex) == 1 && PRONOUNS.contains(token.lower())) {
                Candidate pronoun = new Candidate(null, token, Math.abs(i - cueIndex));
                if (best == null || pronoun.distance < best.distance) {
                    best = pronoun;
                }
                continue;
            }
            Span run = nameRunAt(text, tokens, i);
            if (run != null) {
                int distance = Math.abs(i - cueIndex);
                if (best == null || distance < best.distance) {
                    best = new Candidate(run, token, distance);
                }
            }
        }
        if (best == null) {
            return new SpeakerProposal("", null, cueText, cueSpan, SpeakerResolution.UNATTRIBUTED, type);
        }
        if (best.name == null) {
            Span earlier = lastNameBefore(text, quoteStart);
            Span pronounSpan = new Span(best.token.start, best.token.end);
            String name = earlier == null ? "" : text.substring(earlier.start(), earlier.end());
            return new SpeakerProposal(name, pronounSpan, cueText, cueSpan, SpeakerResolution.PRONOUN, type);
        }
        return new SpeakerProposal(text.substring(best.name.start(), best.name.end()), best.name, cueText, cueSpan,
                SpeakerResolution.EXPLICIT, type);
    }

    /** The run of capitalised words (a name) that starts at token {@code i}, or null. */
    private static Span nameRunAt(String text, List<Token> tokens, int i) {
        if (!isNameWord(tokens.get(i)) || (i > 0 && joined(text, tokens.get(i - 1), tokens.get(i)) && isNameWord(tokens.get(i - 1)))) {
            return null;
        }
        int last = i;
        while (last + 1 < tokens.size() && joined(text, tokens.get(last), tokens.get(last + 1)) && isNameWord(tokens.get(last + 1))) {
            last++;
        }
        boolean titleFollows = last + 1 < tokens.size() && joined(text, tokens.get(last), tokens.get(last + 1))
                && TITLES.contains(tokens.get(last + 1).lower());
        return titleFollows ? null : new Span(tokens.get(i).start, tokens.get(last).end);
    }

    /** The last name mentioned in the text before {@code offset}, looking back a few sentences. */
    private static Span lastNameBefore(String text, int offset) {
        List<Token> tokens = tokens(text, Math.max(0, offset - PRONOUN_LOOKBACK), offset);
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (!isNameWord(tokens.get(i))) {
                continue;
            }
            int first = i;
            while (first > 0 && joined(text, tokens.get(first - 1), tokens.get(first)) && isNameWord(tokens.get(first - 1))) {
                first--;
            }
            if (first > 0 && startsSentence(text, tokens.get(first)) && first == i) {
                continue;
            }
            return new Span(tokens.get(first).start, tokens.get(i).end);
        }
        return null;
    }

    private static boolean startsSentence(String text, Token token) {
        int i = token.start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?“”\"".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean isNameWord(Token token) {
        return Character.isUpperCase(token.text.codePointAt(0)) && !SENTENCE_WORDS.contains(token.lower())
                && !TITLES.contains(token.lower());
    }

    /** True when only one space stands between the two tokens (no comma, no quotation mark). */
    private static boolean joined(String text, Token left, Token right) {
        return right.start - left.end == 1 && text.charAt(left.end) == ' ';
    }

    private static int firstCue(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (isCue(tokens, i)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastCue(List<Token> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (isCue(tokens, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isCue(List<Token> tokens, int i) {
        String word = tokens.get(i).lower();
        if (word.equals("according")) {
            return i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("to");
        }
        return CUES.contains(word);
    }

    private static List<Token> tokens(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        if (from >= to) {
            return tokens;
        }
        Matcher matcher = WORD.matcher(text).region(from, to);
        while (matcher.find()) {
            int tokenEnd = matcher.end();
            while (tokenEnd > matcher.start() + 1 && "'’-".indexOf(text.charAt(tokenEnd - 1)) >= 0) {
                tokenEnd--;
            }
            tokens.add(new Token(text.substring(matcher.start(), tokenEnd), matcher.start(), tokenEnd));
        }
        return tokens;
    }

    private record Token(String text, int start, int end) {
        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    private record Candidate(Span name, Token token, int distance) {
    }
}
