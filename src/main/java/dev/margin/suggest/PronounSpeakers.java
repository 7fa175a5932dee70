package dev.margin.suggest;

import dev.margin.domain.SpeakerResolution;
import dev.margin.domain.Span;

/**
 * Who a pronoun that speaks stands for ("she said", "sagte er", "they said"), for the {@link SpeakerPhrase}: someone
 * unnamed just described, the subject of the sentence before, else the last person of that gender who spoke or was named;
 * a body for a pronoun without gender. An unresolved pronoun stays itself, never a guess.
 */
final class PronounSpeakers {
    private final LanguageProfile language;
    private final ActorIndex actors;
    private final UnnamedSpeakers unnamed;
    private final RoleSubjects roleSubjects;

    PronounSpeakers(LanguageProfile language, ActorIndex actors, UnnamedSpeakers unnamed, RoleSubjects roleSubjects) {
        this.language = language;
        this.actors = actors;
        this.unnamed = unnamed;
        this.roleSubjects = roleSubjects;
    }

    /**
     * "…, sagte der SPD-Politiker." German news names a person once and then by an epithet that is not their title
     * (party, age): the person last named of the gender the article and the noun give ("der" a man, "die" a
     * woman) is meant, as for a pronoun. Null when neither gives a gender or nobody fits.
     */
    Speaker resolve(Token token, String lower) {
        Span span = new Span(token.start(), token.end());
        char gender = language.pronounGender(lower);
        Speaker unnamedBefore = gender == 'M' || gender == 'F' ? unnamed.speakerBefore(token, gender) : null;
        if (unnamedBefore != null) {
            return unnamedBefore;
        }
        ActorEntity entity = gender == 'M' || gender == 'F' ? roleSubjects.before(token, gender) : null;
        // "Jana Mertens, 31, …, wolle die Praxis übernehmen, sagt sie": after the words it reports, the pronoun is
        // someone named before them
        int from = roleSubjects.closesReport(token) ? roleSubjects.reportStart(token) : token.start();
        if (entity == null) {
            entity = switch (gender) {
                case 'M' -> actors.tellerBefore(from, 'M');
                case 'F' -> actors.tellerBefore(from, 'F');
                default -> {
                    ActorEntity body = roleSubjects.bodyOpeningBefore(token);
                    yield body != null ? body : actors.collectiveBefore(token.start());
                }
            };
        }
        if (entity == null) {
            return new Speaker(token.text(), span, SpeakerResolution.PRONOUN, null);
        }
        if (gender == 'M' || gender == 'F') {
            entity.learnGender(gender);
        }
        return new Speaker(entity.name, span, SpeakerResolution.PRONOUN, entity);
    }
}
