package dev.margin.suggest;

import java.util.List;
import java.util.Locale;

/**
 * Where a speaker phrase ends, for {@link SpeakerPhrase}: the words gathered around a verb of saying may run on past the
 * speaker ("sagte der 41-Jährige dieser Zeitung", "sagte der Abgeordnete aus Cottbus") or open with a relative word
 * ("that human rights groups later said"). Trims them to the words that name the speaker.
 */
final class SpeakerPhraseBounds {
    private final LanguageProfile language;
    private final ActorIndex actors;

    /** Words that open, after a German speaker's noun, the one told ("dem SPIEGEL", "unserer Zeitung", "dieser Zeitung"). */
    private static final java.util.Set<String> TOLD_WHOM = java.util.Set.of("dem", "unserer", "dieser");

    /** German adverbs that follow the subject in an inverted clause ("wies der Minister allerdings zurück"), no part of it. */
    private static final java.util.Set<String> ADVERBS_AFTER_SUBJECT = java.util.Set.of("allerdings", "jedoch", "aber", "zudem",
            "dagegen", "hingegen", "indes", "auch", "noch", "bereits", "schon", "daraufhin", "später", "gleichwohl", "ebenfalls",
            "nun", "erneut", "zuletzt", "damals", "außerdem", "freilich", "inzwischen", "mittlerweile", "trotzdem", "dennoch");

    SpeakerPhraseBounds(LanguageProfile language, ActorIndex actors) {
        this.language = language;
        this.actors = actors;
    }

    /** The words of {@code words} that name the speaker, or null when only a relative word is left. */
    List<Token> trimmed(List<Token> words) {
        List<Token> phrase = words;
        while (!phrase.isEmpty() && SpeakerPhrase.RELATIVES.contains(phrase.get(0).text()) && phrase.size() > 1
                && phrase.get(1).isLowerCase()) {
            // "that human rights groups later said": the relative word is no part of the speaker
            phrase = phrase.subList(1, phrase.size());
        }
        if (phrase.isEmpty() || SpeakerPhrase.RELATIVES.contains(phrase.get(0).text())) {
            return null;
        }
        int germanNoun = 1;
        while (language.code.equals("de") && germanNoun + 1 < phrase.size() && phrase.get(germanNoun).isLowerCase()) {
            germanNoun++; // ("die frühere Gymnasiallehrerin aus Zwickau": adjectives before the noun)
        }
        if (language.code.equals("de") && germanNoun + 2 < phrase.size() && phrase.get(germanNoun).isCapitalised()
                && phrase.get(germanNoun + 1).text().equals("und") && phrase.get(germanNoun + 2).isLowerCase()) {
            // "sagt der stellvertretende Außenminister und fährt mit dem Finger die Linie entlang": a second verb of
            // the same subject ends the speaker (but "der Bürgermeister und Parteichef" is one person's two roles)
            phrase = phrase.subList(0, germanNoun + 1);
        }
        if (phrase.size() > 2 && SpeakerPhrase.AGE_EPITHET.matcher(phrase.get(1).text()).matches()) {
            return phrase.subList(0, 2); // "sagte der 41-Jährige dieser Zeitung": what follows is no part of it
        }
        if (germanNoun + 1 < phrase.size() && language.code.equals("de") && phrase.get(germanNoun).isCapitalised()
                && (TOLD_WHOM.contains(phrase.get(germanNoun + 1).text()) || phrase.get(germanNoun + 1).isAcronym()
                    || ADVERBS_AFTER_SUBJECT.contains(phrase.get(germanNoun + 1).text()))) {
            // "sagte die Gewerkschafterin unserer Zeitung", "sagte der Haushälter dem SPIEGEL", "sagte der Professor MDR
            // SACHSEN": whom it was said to is no part of who said it; nor an adverb ("wies der Minister allerdings zurück")
            return phrase.subList(0, germanNoun + 1);
        }
        if (germanNoun + 1 < phrase.size() && language.code.equals("de") && phrase.get(germanNoun).isCapitalised()
                && language.prepositions.contains(phrase.get(germanNoun + 1).text())
                && language.determiners.contains(phrase.get(0).text().toLowerCase(Locale.ROOT)) && !actors.staffOfBody(phrase)
                && !(phrase.get(germanNoun + 1).text().equals("für") && language.isInstitution(phrase.get(germanNoun).text()))) {
            // "sagte der Abgeordnete aus Cottbus": where from is no part of it (but "die Senatsverwaltung für
            // Stadtentwicklung" is one body's name)
            return phrase.subList(0, germanNoun + 1);
        }
        return phrase;
    }
}
