package dev.margin.suggest;

import dev.margin.domain.ActorType;
import dev.margin.domain.QuoteType;
import dev.margin.domain.Span;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reported speech that a participle adds after a quote's attribution (or after a sentence opened by someone named), in the quote's own sentence: "“…,” Ellison told
 * reporters, adding that he hoped for a longer deal", "…, a déclaré la ministre, ajoutant que …", "…, añadiendo que …".
 * The reported clause runs from the "that" word to the sentence's end, and its speaker is the quote's. The participles
 * are each language's {@code added-participles.txt}.
 */
final class AddedClause {
    private static final int MIN_CLAUSE_TOKENS = 3;
    /** How long a phrase fronted before the subject may be ("At the close of Tuesday's hearing,"). */
    private static final int FRONTED_PHRASE_TOKENS = 10;

    private final LanguageProfile language;
    private final TextLayout layout;

    AddedClause(LanguageProfile language, TextLayout layout) {
        this.language = language;
        this.layout = layout;
    }

    /**
     * The clause added after the last direct quote of {@code sentence} (the quotes from index {@code first} of
     * {@code quotes}), ending at {@code end}; null when there is none or that quote has no speaker.
     */
    FoundQuote after(List<FoundQuote> quotes, int first, Sentence sentence, int end) {
        FoundQuote last = null;
        for (int k = first; k < quotes.size() && quotes.get(k).start() < sentence.end(); k++) {
            last = quotes.get(k).type() == QuoteType.PARTIAL ? last : quotes.get(k);
        }
        return last == null ? null : after(last, end);
    }

    private FoundQuote after(FoundQuote quote, int end) {
        return after(quote.end(), quote.speaker(), end);
    }

    /**
     * "Abernathy disputed those numbers, noting that …", "Most Republicans voted against it, arguing that …": a
     * sentence without a verb of saying, opened by someone named (or a pronoun for them), to whom the participle's
     * clause is given; null when the sentence has no such participle or opens with nobody.
     */
    FoundQuote afterNamedSubject(Sentence sentence, int end, SpeakerFinder speakers) {
        List<Token> tokens = layout.tokensIn(sentence.start(), end);
        if (tokens.isEmpty() || language.addedParticiples.isEmpty()) {
            return null;
        }
        int opening = subjectStart(tokens, speakers);
        Speaker subject = speakers.namedAt(tokens.get(opening), end);
        if (subject == null && opening + 1 < tokens.size() && tokens.get(opening).isCapitalised()) {
            subject = speakers.namedAt(tokens.get(opening + 1), end); // "Premier Tom Reed criticised …": past the title
        }
        if (subject != null && subject.entity() != null && subject.entity().type != ActorType.PERSON) {
            // "DA national spokesperson Siviwe Maqubela hit back, saying …": the body's spokesperson opens the sentence
            int k = 1;
            while (k < tokens.size() && k < 5 && tokens.get(k).isLowerCase()) {
                k++;
            }
            Speaker person = k > 1 && k < tokens.size() ? speakers.namedAt(tokens.get(k), end) : null;
            subject = person != null && person.namesPerson() ? person : subject;
        }
        return subject == null || subject.entity() == null ? null : after(tokens.get(0).end(), subject, end);
    }

    /**
     * Where the sentence's subject starts: at its first word, or after a fronted phrase closed by the first comma ("At the
     * close of Tuesday's hearing, Commissioner Ashdown thanked …"), as {@link SpeakerFinder#opensWithAdverbial} judges it.
     */
    private int subjectStart(List<Token> tokens, SpeakerFinder speakers) {
        for (int k = 1; k < tokens.size() && k < FRONTED_PHRASE_TOKENS; k++) {
            if (commaBefore(tokens.get(k))) {
                return speakers.opensWithAdverbial(layout.text.lastIndexOf(',', tokens.get(k).start())) ? k : 0;
            }
        }
        return 0;
    }


    private FoundQuote after(int from, Speaker speaker, int end) {
        Set<String> participles = language.addedParticiples;
        if (speaker == null || participles.isEmpty()) {
            return null;
        }
        List<Token> tokens = layout.tokensIn(from, end);
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token participle = tokens.get(k);
            String next = tokens.get(k + 1).text().toLowerCase(Locale.ROOT);
            // "…, insisting there was ‘no alternative’": English also reports the clause bare when a subject opens it
            boolean bare = language.code.equals("en") && (BareClauseStart.CLAUSE_SUBJECTS.contains(next) || next.equals("the"));
            if (!participles.contains(participle.text().toLowerCase(Locale.ROOT)) || !commaBefore(participle)
                    || !next.equals("that") && !language.complementizers.contains(next) && !bare) {
                continue;
            }
            int start = bare ? tokens.get(k + 1).start() : tokens.get(k + 1).end();
            if (layout.tokensIn(start, end).size() < MIN_CLAUSE_TOKENS || layout.quoteAt(start) != null && layout.quoteAt(start).contains(start)) {
                return null;
            }
            while (start < end && Character.isWhitespace(layout.text.charAt(start))) {
                start++;
            }
            return new FoundQuote(start, end, QuoteType.INDIRECT, speaker, participle.text(),
                    new Span(participle.start(), participle.end()), -1, 0.6);
        }
        return null;
    }

    private boolean commaBefore(Token token) {
        int p = token.start() - 1;
        while (p >= 0 && Character.isWhitespace(layout.text.charAt(p))) {
            p--;
        }
        return p >= 0 && layout.text.charAt(p) == ',';
    }
}
