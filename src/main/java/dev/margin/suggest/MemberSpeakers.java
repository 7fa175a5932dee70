package dev.margin.suggest;

import dev.margin.domain.ActorType;
import dev.margin.domain.SpeakerResolution;
import dev.margin.domain.Span;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Descriptions of a speaker by what they are a member of, for {@link DescribedSpeakers}: a party ("the Ohio Democrat",
 * "der Liberale"), a state ("the Texan") or a seat ("the MP for Stroud"). Each points back to a person named before.
 */
final class MemberSpeakers {
    private final LanguageProfile language;
    private final TextLayout layout;
    private final ActorIndex actors;
    private final RoleSubjects roleSubjects;
    private final PartyMembership membership;

    MemberSpeakers(LanguageProfile language, TextLayout layout, ActorIndex actors, RoleSubjects roleSubjects) {
        this.language = language;
        this.layout = layout;
        this.actors = actors;
        this.roleSubjects = roleSubjects;
        this.membership = new PartyMembership(layout, language, actors);
    }

    /** Who holds a seat named by its place: "the MP for Stroud", "the Labour TD for Cork South-Central", "the senator from Ohio". */
    private static final Set<String> SEAT_HOLDERS = Set.of("MP", "MPs", "MSP", "MEP", "TD", "MLA", "MS", "MHK", "member", "senator",
            "congressman", "congresswoman", "representative", "assemblyman", "assemblywoman", "councillor", "Democrat", "Republican");

    /**
     * "The Republican said …", "the Ohio Democrat added": the person named last (a party's members are "Republicans",
     * which is a group), or the one tagged with that party and state: "Sen. Curtis Hale (R-Ky.)".
     */
    Speaker partyMember(List<Token> phrase, int headIndex, Span described) {
        Token first = phrase.get(0);
        Token head = phrase.get(headIndex);
        if (!first.text().equalsIgnoreCase("the") || headIndex > 3 || !language.partyMembers.contains(head.text())
                || !phrase.subList(1, headIndex).stream().allMatch(Token::isCapitalised)) {
            return null;
        }
        String state = headIndex > 1 ? layout.text.substring(phrase.get(1).start(), phrase.get(headIndex - 1).end()) : null;
        ActorEntity member = membership.memberBefore(first.start(), head.text(), state);
        if (member == null) {
            // "Whitcombe, 46, …, shot back that … on Villaseñor’s watch. ¶ “…,” the Arcadia Republican said": the person
            // the paragraph before opened its last sentence with, not the one named last
            ActorEntity subject = roleSubjects.subjectOfParagraphBefore(first);
            member = subject != null && subject.type == ActorType.PERSON ? subject : null;
        }
        if (member == null) {
            member = actors.personBefore(first.start(), ActorIndex.ANY_GENDER);
        }
        return member == null ? null : new Speaker(member.name, described, SpeakerResolution.PRONOUN, member);
    }

    /** "the Texan said", "the South Carolinian replied": the person tagged with that state, of whatever party. */
    Speaker fromState(List<Token> phrase, int headIndex, Span described) {
        if (!phrase.get(0).text().equalsIgnoreCase("the") || headIndex < 1 || headIndex > 2 || headIndex != phrase.size() - 1) {
            return null;
        }
        String state = PartyMembership.stateCalled(language, phrase.subList(1, headIndex + 1));
        ActorEntity member = state == null ? null : membership.fromStateBefore(phrase.get(0).start(), state);
        return member == null ? null : new Speaker(member.name, described, SpeakerResolution.PRONOUN, member);
    }

    /** German nicknames for a party's members, and the party as written in roles and tags ("FDP-Abgeordnete", "(FDP)"). */
    private static final Map<String, String> GERMAN_PARTY_EPITHETS = Map.of("liberale", "FDP", "sozialdemokrat", "SPD",
            "sozialdemokratin", "SPD", "christdemokrat", "CDU", "christdemokratin", "CDU", "christsoziale", "CSU");

    /**
     * "Noch schärfer formulierte es der FDP-Abgeordnete Marco Hülsbusch. … „…“, sagte der Liberale.": a party's nickname
     * stands for the person of that party named last before it, by role or tag. Null otherwise.
     */
    Speaker germanPartyEpithet(List<Token> phrase, int headIndex, Span described) {
        String firstLower = phrase.get(0).text().toLowerCase(Locale.ROOT);
        String party = GERMAN_PARTY_EPITHETS.get(phrase.get(headIndex).text().toLowerCase(Locale.ROOT));
        if (!language.code.equals("de") || party == null || headIndex != 1 || !firstLower.equals("der") && !firstLower.equals("die")) {
            return null;
        }
        ActorEntity member = actors.personOfParty(phrase.get(0).start(), party, firstLower.equals("die") ? 'F' : 'M');
        return member == null ? null : new Speaker(member.name, described, SpeakerResolution.PRONOUN, member);
    }

    /**
     * "the MP for Stroud said", "the Labour MP for Hyndburn", "the senator from Ohio": a seat named by its place is held by
     * one known person, so the description points back like a pronoun. The person named with that seat before, else the
     * person named last; a seat's holder the article has not named is no unnamed source either, so null leaves the words.
     */
    Speaker seatHolder(List<Token> phrase, int headIndex, Span described) {
        Token first = phrase.get(0);
        Token head = phrase.get(headIndex);
        if (!language.code.equals("en") || !first.text().equalsIgnoreCase("the") || !SEAT_HOLDERS.contains(head.text())
                || headIndex + 2 >= phrase.size() || !phrase.subList(1, headIndex).stream().allMatch(Token::isCapitalised)) {
            return null;
        }
        String preposition = phrase.get(headIndex + 1).text();
        Token place = phrase.get(headIndex + 2);
        if (!preposition.equals("for") && !preposition.equals("from") || !place.isCapitalised()) {
            return null;
        }
        String seat = " " + head.text() + " " + preposition + " " + place.text();
        int namedWith = layout.text.lastIndexOf(seat, first.start() - 1);
        Sentence sentence = namedWith < 0 ? null : layout.sentenceAt(namedWith);
        ActorEntity holder = sentence == null ? null
                : actors.personBefore(namedWith, ActorIndex.ANY_GENDER, namedWith - sentence.start()); // "Chloe Barraclough, the Labour MP for Hyndburn,"
        if (holder == null) {
            holder = actors.personBefore(first.start(), ActorIndex.ANY_GENDER);
        }
        return holder == null ? null : new Speaker(holder.name, described, SpeakerResolution.PRONOUN, holder);
    }
}
