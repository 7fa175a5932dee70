package dev.margin.suggest;

import dev.margin.domain.ActorType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The speaker phrase right after a verb of saying, for the {@link SpeakerFinder}: "said Okafor", "said a senior diplomat
 * who asked not to be named", "sagte die FDP-Politikerin dem Südwestrundfunk". The phrase ends where a clause word, a
 * German dative or a verb's particle shows that what follows is no longer the speaker.
 */
final class PhraseAfterVerb {
    /** German verb particles that may close a clause after the subject ("räumte die Forscherin ein"). */
    private static final Set<String> SEPARABLE_PARTICLES = Set.of("ein", "an", "zu", "hinzu", "vor", "aus", "fest", "mit", "zurück", "klar", "fort", "hervor", "entgegen");

    private final LanguageProfile language;
    /** German articles of the dative, which after a verb open whom it was said to ("dem Minister", "einem Reporter"). */
    private static final Set<String> DATIVES = Set.of("dem", "einem");

    private final TextLayout layout;
    private final ActorIndex actors;
    private final SpeakerPhrase phrases;
    private final AppositionBounds asides;
    private final SpeakerFinder speakers;

    PhraseAfterVerb(LanguageProfile language, TextLayout layout, ActorIndex actors, SpeakerPhrase phrases, AppositionBounds asides,
                    SpeakerFinder speakers) {
        this.language = language;
        this.layout = layout;
        this.actors = actors;
        this.phrases = phrases;
        this.asides = asides;
        this.speakers = speakers;
    }

    /**
     * The speaker named right after a cue ending at {@code cueEnd}, no further than {@code regionEnd}; {@code afterQuote}:
     * the verb closes a quotation, where a German article and an unknown noun are someone unnamed. Null when none is.
     */
    Speaker speaker(int cueEnd, int regionEnd, boolean afterQuote) {
        int index = layout.firstTokenFrom(cueEnd);
        int boundary = cueEnd;
        List<Token> phrase = new ArrayList<>();
        while (index < layout.tokens.size() && phrase.size() < SpeakerFinder.MAX_PHRASE_TOKENS) {
            Token t = layout.tokens.get(index);
            if (t.end() > regionEnd || !layout.gapIsWordSpace(boundary, t.start())
                    || !phrase.isEmpty() && speakers.isClauseWord(t.text().toLowerCase(Locale.ROOT))
                    || phrase.size() >= 2 && language.code.equals("de") && (t.text().equals("dem") || t.text().equals("einem"))
                    || language.code.equals("de") && !phrase.isEmpty() && t.isLowerCase()
                    && SpeakerPhrase.AGE_EPITHET.matcher(phrase.getLast().text()).matches()
                    || phrase.size() >= 2 && language.code.equals("de") && SEPARABLE_PARTICLES.contains(t.text())
                    && (t.end() >= layout.text.length() || ".,;:".indexOf(layout.text.charAt(t.end())) >= 0)) {
                // ("sagte die FDP-Politikerin dem Südwestrundfunk", "erzählt die 47-Jährige am Telefon": what follows the speaker)
                break;
            }
            phrase.add(t);
            boundary = t.end();
            index++;
        }
        int cue = layout.firstTokenFrom(cueEnd) - 1;
        boolean afterVerb = cue >= 0 && layout.tokens.get(cue).isLowerCase() && !language.prepositions.contains(layout.tokens.get(cue).text())
                && !"laut".equals(layout.tokens.get(cue).text()); // ("laut dem Verband": the source, in the dative)
        if (language.code.equals("de") && afterVerb && !phrase.isEmpty() && DATIVES.contains(phrase.get(0).text())) {
            // "hielt dem Minister entgegen", "sagte dem SPIEGEL ein Sprecher": whom it was said to is not who said it; the
            // subject, if any, follows the noun
            int noun = 1;
            while (noun < phrase.size() && !phrase.get(noun).isCapitalised()) {
                noun++;
            }
            phrase = noun + 1 < phrase.size() ? phrase.subList(noun + 1, phrase.size()) : List.of();
            if (phrase.isEmpty()) {
                return null;
            }
        }
        Speaker speaker = phrases.decide(phrase);
        if (speaker == null && (afterQuote || !phrase.isEmpty()
                && language.indefiniteArticles.containsKey(phrase.getFirst().text().toLowerCase(Locale.ROOT)))) {
            // "…, sagte ein Polizeisprecher": an indefinite article names nobody wherever the clause stands
            speaker = phrases.unnamedAfterVerb(phrase);
        }
        ActorEntity decided = speaker == null ? null : speaker.entity();
        boolean namedInPhrase = decided != null && phrase.stream().anyMatch(t -> actors.at(t.start()) != null
                && actors.at(t.start()).entity() == decided);
        if ((speaker == null || speaker.entity() == null || speaker.entity().type != ActorType.PERSON || !namedInPhrase) && !phrase.isEmpty()) {
            // "dijo la ministra de Trabajo, Elena Castillo,": the name in apposition is the speaker (also over someone
            // named before with the role: "sagte der Bundesvorsitzende des Fahrgastverbands Pro Bahn, Detlef Ahlbrecht,")
            Speaker named = asides.personAfterComma(phrase.getLast().end(), regionEnd);
            if (named != null) {
                return named;
            }
        }
        return speaker;
    }
}
