package dev.margin.suggest;

import dev.margin.domain.ActorType;
import dev.margin.domain.SpeakerResolution;
import dev.margin.domain.Span;

import java.util.List;
import java.util.Locale;

/**
 * The person a speaker phrase opens with, after nothing but articles, titles and roles: "Expeditionsleiterin Katharina
 * Wendt dem NDR", "sagte Geschäftsführer Hauke Jessen", and the aide rather than the boss in "Brandt campaign chairman
 * Thomas Reyes".
 */
final class LeadingPerson {
    private final Lexicon lexicon;
    private final TextLayout layout;
    private final ActorIndex actors;
    private final PosTags pos;
    private final SpeakerPhrase phrases;

    LeadingPerson(Lexicon lexicon, TextLayout layout, ActorIndex actors, PosTags pos, SpeakerPhrase phrases) {
        this.lexicon = lexicon;
        this.layout = layout;
        this.actors = actors;
        this.pos = pos;
        this.phrases = phrases;
    }

    /** "Expeditionsleiterin Katharina Wendt dem NDR": the first person after nothing but titles and articles. */
    Speaker in(List<Token> phrase) {
        for (Token t : phrase) {
            Mention m = actors.at(t.start());
            if (m != null && m.entity().type == ActorType.PERSON) {
                m = aideNamedAfter(phrase, m);
                return new Speaker(m.entity().name, new Span(m.start(), m.end()), SpeakerResolution.EXPLICIT, m.entity());
            }
            String lower = t.text().toLowerCase(Locale.ROOT);
            // ("sagte van der Meulen": a surname's particles come before the mention of it)
            if (m != null || !phrases.isDeterminer(lower) && !lexicon.isTitle(t.text()) && !lexicon.isRoleModifier(t.text())
                    && !isRoleNounBeforePerson(t) && !(t.isLowerCase() && ActorFinder.NAME_PARTICLES.contains(lower))) {
                return null;
            }
        }
        return null;
    }

    /**
     * "Brandt campaign chairman Thomas Reyes", "Harlow's spokesman Nick Ode": a person named before a role whose holder
     * is named after it is whom the holder works for; the holder speaks. {@code boss} itself otherwise.
     */
    private Mention aideNamedAfter(List<Token> phrase, Mention boss) {
        boolean role = false;
        for (Token t : phrase) {
            if (t.start() < boss.end()) {
                continue;
            }
            Mention m = actors.at(t.start());
            if (m != null) {
                return role && m.entity().type == ActorType.PERSON && m.entity() != boss.entity() ? m : boss;
            }
            if (!t.isLowerCase() && !lexicon.isTitle(t.text())) {
                return boss;
            }
            role |= RoleFinder.ROLE_HEADS.contains(t.text()) || lexicon.isTitle(t.text());
        }
        return boss;
    }

    /** "sagte Geschäftsführer Hauke Jessen": a capitalised common noun right before a person's name is a role. */
    private boolean isRoleNounBeforePerson(Token t) {
        if (!t.isCapitalised() || !pos.isCommonNoun(t)) {
            return false;
        }
        int next = layout.firstTokenFrom(t.end());
        Mention m = next < layout.tokens.size() ? actors.at(layout.tokens.get(next).start()) : null;
        return m != null && m.entity().type == ActorType.PERSON && layout.onlySpacesBetween(t.end(), m.start());
    }

    /** Nouns for whoever heads a body, after its name ("the Fed chief", "the Commission chief", "the NATO boss"). */
    private static final java.util.Set<String> HEAD_NOUNS = java.util.Set.of("chief", "head", "boss", "chairman", "chairwoman", "chair");
    /** Words of a role that heads a body ("Federal Reserve Chair", "European Commission President"). */
    private static final java.util.Set<String> HEADING_ROLES = java.util.Set.of("chair", "chairman", "chairwoman", "president", "head",
            "chief", "director", "governor", "secretary-general", "ceo", "boss", "leader", "director-general", "commissioner");

    /**
     * "the Fed chief replied" after "Federal Reserve Chair Evelyn Sandoval": an English body's name and a word for its
     * head, ending the phrase, stand for the person named before with a heading role of that body (the one named last
     * when several are); null otherwise.
     */
    ActorEntity headOfBody(List<Token> phrase, Mention body) {
        if (!lexicon.languageCode().equals("en") || phrase.size() < 3 || !phrase.get(0).text().equalsIgnoreCase("the")
                || !HEAD_NOUNS.contains(phrase.getLast().text()) || body.end() > phrase.getLast().start()) {
            return null;
        }
        String written = layout.text.substring(body.start(), body.end()).toLowerCase(Locale.ROOT);
        String name = body.entity().name.toLowerCase(Locale.ROOT);
        ActorEntity found = null;
        for (Mention m : actors.mentions()) {
            if (m.start() >= phrase.get(0).start()) {
                break;
            }
            ActorEntity person = m.entity();
            String role = person.type == ActorType.PERSON && person.role != null ? person.role.toLowerCase(Locale.ROOT) : "";
            if ((role.contains(written) || role.contains(name))
                    && java.util.Arrays.stream(role.split("[\\s,]+")).anyMatch(HEADING_ROLES::contains)) {
                found = person;
            }
        }
        return found;
    }
}
