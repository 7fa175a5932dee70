package dev.margin.suggest;

import dev.margin.domain.ActorType;
import dev.margin.domain.SpeakerResolution;
import dev.margin.domain.Span;

import java.util.List;
import java.util.Locale;

/**
 * Who a sentence of the writer's is about, for a quote that follows it with no attribution of its own: the person the
 * sentence opens with, or the only person it names.
 */
final class PersonInSentence {

    private final Lexicon lexicon;
    private final TextLayout layout;
    private final ActorIndex actors;
    private final SpeakerPhrase phrases;
    private final SpeakerFinder speakers;

    PersonInSentence(Lexicon lexicon, TextLayout layout, ActorIndex actors, SpeakerPhrase phrases, SpeakerFinder speakers) {
        this.lexicon = lexicon;
        this.layout = layout;
        this.actors = actors;
        this.phrases = phrases;
        this.speakers = speakers;
    }

    /** The person a sentence opens with, after its article and title ("Die SPD-Abgeordnete Dagmar Oltmanns hat …"), or null. */
    Speaker opening(Sentence sentence) {
        List<Token> tokens = layout.tokensIn(Furniture.skipLeadIn(layout.text, sentence.start(), sentence.end()), sentence.end());
        for (int k = 0; k < tokens.size() && k < 4; k++) {
            Token t = tokens.get(k);
            Mention m = actors.at(t.start());
            if (m != null) {
                return m.entity().type == ActorType.PERSON
                        ? new Speaker(m.entity().name, new Span(m.start(), m.end()), SpeakerResolution.EXPLICIT, m.entity()) : null;
            }
            if (!phrases.isDeterminer(t.text().toLowerCase(Locale.ROOT)) && !lexicon.isTitle(t.text())) {
                return null;
            }
        }
        return null;
    }

    /**
     * As {@link #opening}, and in German also a person named after attributes that open the sentence ("Der vom Gericht
     * bestellte Bausachverständige Ralf Oesterhelweg kam zu dem Ergebnis …"): the first person named within its first
     * eight words, before any comma, when a word in lower case (its verb) follows the name. Null otherwise.
     */
    Speaker openingSubject(Sentence sentence) {
        Speaker opening = opening(sentence);
        if (opening != null || !lexicon.languageCode().equals("de")) {
            return opening;
        }
        List<Token> tokens = layout.tokensIn(sentence.start(), sentence.end());
        for (int k = 1; k < tokens.size() - 1 && k < 8; k++) {
            if (!layout.onlySpacesBetween(tokens.get(k - 1).end(), tokens.get(k).start())) {
                return appositionAfterOpening(tokens, k, sentence);
            }
            Mention m = actors.at(tokens.get(k).start());
            if (m != null) {
                return m.entity().type == ActorType.PERSON && layout.lowerCaseWordFollows(m.end(), sentence.end())
                        ? new Speaker(m.entity().name, new Span(m.start(), m.end()), SpeakerResolution.EXPLICIT, m.entity()) : null;
            }
        }
        return null;
    }

    /**
     * "Die zweite Zeugin des Tages, Sabine Kortmann, hat …": an article's phrase opening the sentence, then at the comma
     * after it a person named and set off by a second comma before the verb; that person, or null.
     */
    private Speaker appositionAfterOpening(List<Token> tokens, int k, Sentence sentence) {
        if (!phrases.isDeterminer(tokens.get(0).text().toLowerCase(Locale.ROOT)) || !layout.text.startsWith(", ", tokens.get(k - 1).end())) {
            return null;
        }
        Mention m = actors.at(tokens.get(k).start());
        return m != null && m.entity().type == ActorType.PERSON && layout.text.startsWith(", ", m.end())
                && layout.lowerCaseWordFollows(m.end() + 1, sentence.end())
                ? new Speaker(m.entity().name, new Span(m.start(), m.end()), SpeakerResolution.EXPLICIT, m.entity()) : null;
    }

    /**
     * The one person a sentence of the writer's is about, for a quote that follows it with no attribution of its own:
     * the only person named outside quotation marks ("Auf der Pressekonferenz legte Hackl nach."), else an age epithet
     * ("stand der 26-Jährige im Kabinengang") read as a speaker phrase; null when the sentence names none or several.
     */
    Speaker only(Sentence sentence) {
        Speaker only = null;
        Token epithet = null;
        for (Token t : layout.tokensIn(sentence.start(), sentence.end())) {
            Mention m = layout.quoteAt(t.start()) == null ? actors.at(t.start()) : null;
            if (m != null && m.start() == t.start() && m.entity().type == ActorType.PERSON) {
                if (only != null && only.entity() != m.entity()) {
                    return null;
                }
                only = only != null ? only : new Speaker(m.entity().name, new Span(m.start(), m.end()), SpeakerResolution.EXPLICIT, m.entity());
            } else if (epithet == null && SpeakerPhrase.AGE_EPITHET.matcher(t.text()).matches()) {
                epithet = t;
            }
        }
        if (only != null || epithet == null) {
            return only;
        }
        int index = layout.firstTokenFrom(epithet.start()) - 1;
        Speaker described = index >= 0 ? speakers.phraseAfter(layout.tokens.get(index).start(), epithet.end()) : null;
        return described != null && described.namesPerson() ? described : null;
    }

    /** Whether the clause from {@code from} opens with a named person and a verb of saying ("Keel told the panel that …"). */
    boolean opensWithNamedReporter(int from, int end) {
        List<Token> words = layout.tokensIn(from, end);
        Speaker named = words.isEmpty() || !words.get(0).isCapitalised() ? null : speakers.namedAt(words.get(0), end);
        if (named == null || !named.namesPerson() || named.span() == null) {
            return false;
        }
        List<Token> after = layout.tokensIn(named.span().end(), end);
        return !after.isEmpty() && after.get(0).isLowerCase() && lexicon.reportingVerb(after.get(0).text()) != null;
    }
}
