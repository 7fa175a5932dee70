package dev.margin.suggest;

import java.util.List;
import java.util.Locale;

/**
 * Whether the capitalised word opening a sentence is only the sentence's capital, not the first word of the name after
 * it: "Neighbouring Tanzania", "Coordinator Shannon Ryder said", "Referee Carl Mendenhall told". At a sentence's start a
 * capital says nothing, so the word is judged by what it is.
 */
final class SentenceOpeningWord {
    private final Lexicon lexicon;
    private final TextLayout layout;
    private final PosTags pos;
    private final PersonEvidence personEvidence;

    SentenceOpeningWord(Lexicon lexicon, TextLayout layout, PosTags pos, PersonEvidence personEvidence) {
        this.lexicon = lexicon;
        this.layout = layout;
        this.pos = pos;
        this.personEvidence = personEvidence;
    }

    /** Whether the first of {@code words}, a run that opens its sentence, belongs to the sentence and not to the name. */
    boolean opensOnlyTheSentence(List<Token> words) {
        if (words.size() < 2) {
            return false;
        }
        Token first = words.get(0);
        if (isAdjectiveOrAdverb(first) && !personEvidence.roleAfter(words.getLast())
                && lexicon.knownOrganisation(layout.text.substring(first.start(), words.getLast().end())) == null) {
            return true; // "Neighbouring Tanzania" (not "Majed Faisal, the Qatari minister,")
        }
        // "Coordinator Shannon Ryder said", "Leg-spinner Ravi Solanki took four", "Referee Carl Mendenhall told": a
        // capitalised word for what the person is, before a given name and a surname ("Corinne Adele Marsh" is a name:
        // the tagger reads its first word as a proper noun)
        return lexicon.languageCode().equals("en") && words.size() > 2 && !lexicon.isGivenName(first.text())
                && lexicon.isGivenName(words.get(1).text()) && !lexicon.isTitle(first.text()) && !lexicon.isOrganisationWord(first.text())
                && (SpeakerPhrase.PERSON_NOUN.matcher(first.text().toLowerCase(Locale.ROOT)).find() || words.size() == 3
                    && pos.available() && !"PROPN".equals(pos.tagOf(first)) && !lexicon.isOrganisationWord(words.getLast().text()));
    }

    /** The role an opening word left off a name names ("Referee", "Paramedic"), or null for "Neighbouring". */
    String roleIn(Token word) {
        return isAdjectiveOrAdverb(word) ? null : word.text();
    }

    private boolean isAdjectiveOrAdverb(Token word) {
        String w = word.text();
        return !lexicon.isGivenName(w) && !lexicon.isTitle(w) && !lexicon.isRoleModifier(w)
                && (w.endsWith("ing") || w.endsWith("ed") || w.endsWith("ly"));
    }
}
