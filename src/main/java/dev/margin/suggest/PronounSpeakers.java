package dev.margin.suggest;

import dev.margin.domain.ActorType;
import dev.margin.domain.SpeakerResolution;
import dev.margin.domain.Span;

import java.util.List;
import java.util.Locale;

/**
 * Who a pronoun that speaks stands for ("she said", "sagte er", "they said"), for the {@link SpeakerPhrase}: someone
 * unnamed just described, the subject of the sentence before, else the last person of that gender who spoke or was named;
 * a body for a pronoun without gender. An unresolved pronoun stays itself, never a guess.
 */
final class PronounSpeakers {
    private final LanguageProfile language;
    private final Lexicon lexicon;
    private final TextLayout layout;
    private final ActorIndex actors;
    private final PosTags pos;
    private final UnnamedSpeakers unnamed;
    private final RoleSubjects roleSubjects;

    PronounSpeakers(Lexicon lexicon, TextLayout layout, ActorIndex actors, PosTags pos, UnnamedSpeakers unnamed, RoleSubjects roleSubjects) {
        this.pos = pos;
        this.lexicon = lexicon;
        this.language = lexicon.language();
        this.layout = layout;
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
                case 'M', 'F' -> notNamedAfterPreposition(token, actors.tellerBefore(from, gender), gender);
                default -> {
                    ActorEntity body = roleSubjects.bodyOpeningBefore(token);
                    yield body != null ? body : actors.collectiveBefore(token.start());
                }
            };
        }
        if (gender == 'M' || gender == 'F') {
            entity = subjectOverReportedName(token, entity, gender);
        }
        if (entity == null) {
            return new Speaker(token.text(), span, SpeakerResolution.PRONOUN, null);
        }
        if (gender == 'M' || gender == 'F') {
            entity.learnGender(gender);
        }
        return new Speaker(entity.name, span, SpeakerResolution.PRONOUN, entity);
    }

    /**
     * "Rosa Apodaca … told The Associated Press that Quintana had “…”. She said …": a pronoun opening a sentence goes on
     * with the person the sentence before opened with and who reported there, not with someone named in what was
     * reported; {@code found} otherwise.
     */
    private ActorEntity subjectOverReportedName(Token pronoun, ActorEntity found, char gender) {
        int index = layout.sentenceIndexAt(pronoun.start());
        if (found == null || index <= 0 || layout.firstTokenFrom(layout.sentences.get(index).start()) != layout.firstTokenFrom(pronoun.start())) {
            return found;
        }
        Sentence before = layout.sentences.get(index - 1);
        List<Mention> mentions = actors.mentions();
        Mention subject = null;
        for (int i = actors.firstStartingFrom(before.start()); i < mentions.size() && mentions.get(i).start() < before.end(); i++) {
            if (layout.quoteAt(mentions.get(i).start()) == null) {
                subject = mentions.get(i);
                break;
            }
        }
        if (subject == null || subject.entity() == found || subject.entity().type != ActorType.PERSON
                || !subject.entity().fitsGender(gender)) {
            return found;
        }
        int verbEnd = -1;
        for (Token t : layout.tokensIn(subject.end(), before.end())) {
            // (a verb, not "Kerala Janata Vedi state president")
            if (t.isLowerCase() && lexicon.reportingVerb(t.text()) != null && (!pos.available() || "VERB".equals(pos.tagOf(t)))) {
                verbEnd = t.end();
                break;
            }
        }
        boolean foundReported = false;
        for (int i = verbEnd > 0 ? actors.firstStartingFrom(verbEnd) : mentions.size(); i < mentions.size() && mentions.get(i).start() < before.end(); i++) {
            foundReported |= mentions.get(i).entity() == found;
        }
        return foundReported ? subject.entity() : found;
    }

    /**
     * "Über die Gespräche mit Dettmer sagte sie, …": someone named after a preposition earlier in the pronoun's own
     * sentence is not its subject; the person of that gender named before the sentence is. {@code found} otherwise.
     */
    private ActorEntity notNamedAfterPreposition(Token pronoun, ActorEntity found, char gender) {
        Sentence sentence = layout.sentenceAt(pronoun.start());
        if (found == null || sentence == null) {
            return found;
        }
        Mention last = null;
        List<Mention> mentions = actors.mentions();
        for (int i = actors.firstStartingFrom(sentence.start()); i < mentions.size() && mentions.get(i).start() < pronoun.start(); i++) {
            if (mentions.get(i).end() <= pronoun.start() && mentions.get(i).entity() == found) {
                last = mentions.get(i);
            }
        }
        int before = last == null ? -1 : layout.firstTokenFrom(last.start()) - 1;
        while (before > 0 && lexicon.isTitle(layout.tokens.get(before).text())) {
            before--; // ("mit Bausenatorin Marion Dettmer")
        }
        if (before < 0 || layout.tokens.get(before).start() < sentence.start()
                || !language.prepositions.contains(layout.tokens.get(before).text().toLowerCase(Locale.ROOT))) {
            return found;
        }
        ActorEntity earlier = actors.tellerBefore(sentence.start(), gender);
        return earlier != null ? earlier : found;
    }
}
