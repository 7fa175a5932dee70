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
        if (found == null || index <= 0 || !opensItsSentence(pronoun, layout.sentences.get(index))) {
            return found;
        }
        // ("Kyle Mercer … said he had voted for Mr. Renfrow … He said he wanted … “…,” he said.": back past the
        // sentences that go on with the same pronoun, to the one that named him)
        int back = index - 1;
        while (back > 0 && index - back < MAX_PRONOUN_CHAIN && opensWithPronoun(layout.sentences.get(back), gender)) {
            back--;
        }
        Sentence before = layout.sentences.get(back);
        List<Mention> mentions = actors.mentions();
        Mention subject = null;
        boolean foundOwnsSubject = false;
        for (int i = actors.firstStartingFrom(before.start()); i < mentions.size() && mentions.get(i).start() < before.end(); i++) {
            Mention m = mentions.get(i);
            if (layout.quoteAt(m.start()) != null) {
                continue;
            }
            if (layout.possessiveAt(m.end())) {
                // ("Mr. Renfrow’s campaign manager, Brett Loomis, said …": the owner of a role is not the subject)
                foundOwnsSubject |= m.entity() == found;
                continue;
            }
            subject = m;
            break;
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
        // A subject opening the sentence keeps the pronoun over anyone named after it there, in its own clause or after any
        // verb ("Dunbar, who has clashed with Prentice’s party …, said …", "… was born … the former Ida Kerr, who took in
        // sewing. She told …"); otherwise only someone named in the reported words gives way to the subject.
        boolean opens = opensSentence(subject, before);
        int from = opens ? actors.firstStartingFrom(subject.end()) : verbEnd > 0 ? actors.firstStartingFrom(verbEnd) : mentions.size();
        for (int i = from; i < mentions.size() && mentions.get(i).start() < before.end(); i++) {
            foundReported |= mentions.get(i).entity() == found;
        }
        return foundReported || foundOwnsSubject && verbEnd > 0 ? subject.entity() : found;
    }

    /** Whether {@code m} opens {@code sentence}, titles and acronyms before it aside ("FEMA Administrator Dana Whitlock, who …, said"). */
    private boolean opensSentence(Mention m, Sentence sentence) {
        for (Token t : layout.tokensIn(sentence.start(), m.start())) {
            if (!lexicon.isTitle(t.text()) && !t.isAcronym()) { // ("FEMA Administrator Dana Whitlock")
                return false;
            }
        }
        return true;
    }

    /** How many sentences going on with the same pronoun a pronoun may look back past to the one that named its person. */
    private static final int MAX_PRONOUN_CHAIN = 3;

    /** Whether {@code pronoun} opens {@code sentence}, or follows the quote that opens it ("“…,” he said"). */
    private boolean opensItsSentence(Token pronoun, Sentence sentence) {
        int first = layout.firstTokenFrom(sentence.start());
        if (first == layout.firstTokenFrom(pronoun.start())) {
            return true;
        }
        QuotedSpan quote = layout.quoteAt(sentence.start());
        return quote != null && pronoun.start() > quote.close() && layout.text.substring(quote.close(), pronoun.start()).strip().length() <= 2;
    }

    /** Whether {@code sentence} opens with a subject pronoun of {@code gender} ("He said he wanted …"). */
    private boolean opensWithPronoun(Sentence sentence, char gender) {
        int first = layout.firstTokenFrom(sentence.start());
        if (first >= layout.tokens.size()) {
            return false;
        }
        String word = layout.tokens.get(first).text().toLowerCase(Locale.ROOT);
        return layout.tokens.get(first).start() < sentence.end() && language.pronounGender(word) == gender && language.pronouns.containsKey(word);
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
