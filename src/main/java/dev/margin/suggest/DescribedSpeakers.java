package dev.margin.suggest;

import dev.margin.domain.ActorType;
import dev.margin.domain.SpeakerResolution;
import dev.margin.domain.Span;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whom a description that points back names, for the {@link SpeakerPhrase}: "her family", "its report", "the
 * 71-year-old", "the Ohio Democrat", "the Czech", "the Tajik government", "the minister", "der SPD-Politiker", "die
 * frühere Ministerin". Each is someone named before, found by what the description says of them; null lets the phrase
 * be read on as a document, an unnamed source or a body.
 */
final class DescribedSpeakers {
    /** German adjectives for what someone once was or long has been: "der frühere Lokführer" is a person named before. */
    private static final Set<String> FORMER = Set.of("frühere", "ehemalige", "einstige", "langjährige",
            "pensionierte", "gelernte", "damalige");
    private static final Pattern ENGLISH_AGE = Pattern.compile("(\\d+)-year-old");
    /** A noun written with a number before it ("63-Jährige"), which has no capital at its start. */
    private static final Pattern NUMBERED_NOUN = Pattern.compile("\\d+-\\p{Lu}.*");
    /** English possessive determiners and whose they are: a person of a gender, or a body (P). */
    private static final Map<String, Character> POSSESSIVES = Map.of("its", 'P', "their", 'P', "his", 'M', "her", 'F');
    /** Who speaks for a person without being the person: "his lawyers", "her office", "his defense team". */
    private static final Set<String> PEOPLE_AROUND = Set.of("team", "lawyers", "lawyer", "attorneys", "attorney", "aides", "aide",
            "office", "staff", "allies", "advisers", "advisors", "representatives", "camp", "supporters");
    /** Heads that speak for a state when a people's adjective stands before them ("the Tajik government"). */
    private static final Set<String> STATE_BODIES = Set.of("government", "authorities", "officials", "foreign ministry",
            "ministry", "regierung", "gouvernement", "gobierno", "governo", "regering");


    private final Lexicon lexicon;
    private final LanguageProfile language;
    private final TextLayout layout;
    private final ActorIndex actors;
    private final StandInNouns standIns;
    private final RoleSubjects roleSubjects;
    private final UnnamedSpeakers unnamed;
    private final UnheldRoles unheld;
    private final MemberSpeakers members;

    DescribedSpeakers(Lexicon lexicon, TextLayout layout, ActorIndex actors, StandInNouns standIns, RoleSubjects roleSubjects,
                      UnnamedSpeakers unnamed) {
        this.lexicon = lexicon;
        this.language = lexicon.language();
        this.layout = layout;
        this.actors = actors;
        this.standIns = standIns;
        this.roleSubjects = roleSubjects;
        this.unnamed = unnamed;
        this.unheld = new UnheldRoles(layout, actors);
        this.members = new MemberSpeakers(language, layout, actors, roleSubjects);
    }

    /**
     * The speaker a phrase with its head at {@code headIndex} describes, or null when it describes nobody named before.
     * {@code definite}: the phrase opens with a definite article or another word that points back ("the", "this", "der").
     */
    Speaker speaker(List<Token> phrase, int headIndex, boolean definite) {
        Token first = phrase.get(0);
        Token head = phrase.get(headIndex);
        String firstLower = first.text().toLowerCase(Locale.ROOT);
        Span described = new Span(first.start(), head.end());
        Speaker found = owner(phrase, headIndex);
        if (found == null) {
            found = ofAge(first, head, headIndex, described);
        }
        if (found == null) {
            found = members.partyMember(phrase, headIndex, described);
        }
        if (found == null) {
            found = members.germanPartyEpithet(phrase, headIndex, described);
        }
        if (found == null) {
            found = members.fromState(phrase, headIndex, described);
        }
        if (found == null) {
            found = members.seatHolder(phrase, headIndex, described);
        }
        ActorEntity national = found == null && language.code.equals("en") && firstLower.equals("the") && headIndex == 1
                && phrase.size() == 2 ? standIns.englishNational(head) : null;
        if (national != null) {
            found = new Speaker(national.name, described, SpeakerResolution.PRONOUN, national);
        }
        if (found == null) {
            found = demonymGovernment(phrase, head.text().toLowerCase(Locale.ROOT), described);
        }
        return found == null && definite ? roleHolder(phrase, headIndex, described) : found;
    }

    /** "according to its latest monthly report", "her family said": whose the thing is says who speaks. */
    private Speaker owner(List<Token> phrase, int headIndex) {
        Token first = phrase.get(0);
        Token head = phrase.get(headIndex);
        String firstLower = first.text().toLowerCase(Locale.ROOT);
        String headLower = head.text().toLowerCase(Locale.ROOT);
        if (!language.code.equals("en") || !head.isLowerCase() || headIndex == 0 || !POSSESSIVES.containsKey(firstLower)
                || lexicon.isAnonymousHead(head.text()) || lexicon.isTitle(head.text())) {
            return null;
        }
        char owner = POSSESSIVES.get(firstLower);
        if (owner != 'P' && PEOPLE_AROUND.contains(headLower)) {
            // "His defense team says …", "her lawyers said": people who speak for the person, not the person, and unnamed
            Span said = new Span(first.start(), head.end());
            return Speaker.unnamed(layout, said);
        }
        ActorEntity entity = owner == 'P' ? actors.collectiveBefore(first.start()) : actors.personBefore(first.start(), owner);
        if (entity != null && entity.type == ActorType.PERSON && (headLower.equals("family") || headLower.equals("relatives")
                || headLower.equals("campaign"))) {
            // "her family said in a statement", "according to his campaign": the family or the campaign speaks, named
            // by the person's surname ("Vance family", "Halvorsen campaign")
            String surname = entity.name.substring(entity.name.lastIndexOf(' ') + 1);
            String body = headLower.equals("campaign") ? " campaign" : " family";
            return new Speaker(surname + body, new Span(first.start(), head.end()), SpeakerResolution.PRONOUN, null);
        }
        return entity == null ? null : new Speaker(entity.name, new Span(first.start(), head.end()), SpeakerResolution.PRONOUN, entity);
    }

    /** "The 71-year-old said …": the person given that age before ("Mere Tawhiri, 71,"), else the person just named. */
    private Speaker ofAge(Token first, Token head, int headIndex, Span described) {
        Matcher yearsOld = ENGLISH_AGE.matcher(head.text());
        if (!first.text().equalsIgnoreCase("the") || headIndex != 1 || !yearsOld.matches()) {
            return null;
        }
        ActorEntity aged = actors.personAgedBefore(first.start(), yearsOld.group(1));
        if (aged == null) {
            // "Pruett brushed off the criticism. Asked about Okoro-Hart’s remarks, the 64-year-old said": the person the
            // paragraph opens with, whose age was not told
            aged = roleSubjects.openerOfParagraph(first);
            aged = aged != null && standIns.ageGivenBefore(aged, layout.text.length()) == null ? aged : null;
        }
        if (aged == null) {
            // "Graham Pettifer, a retired joiner, … “…,” the 74-year-old said": the person just named, age untold
            aged = actors.personBefore(first.start(), ActorIndex.ANY_GENDER, layout.reachToParagraphStart(first.start()));
        }
        if (aged == null) {
            // "Justice Annette Falkner, the court's longest-serving member, wrote the main dissent … ¶ The constitution “…,”
            // the 61-year-old wrote": with no one named before it in its paragraph, the person the paragraph before closes
            // with a sentence about, whose age was not told
            int paragraphStart = first.start() - layout.reachToParagraphStart(first.start()) + 1;
            // (not when the paragraph names anyone before it, known or not: "For Antwi-Mensah the winner was …")
            boolean namesSomeone = layout.tokensIn(paragraphStart, first.start()).stream()
                    .anyMatch(t -> t.start() > paragraphStart && t.isCapitalised() && layout.quoteAt(t.start()) == null);
            Sentence closing = paragraphStart > 1 && !namesSomeone ? layout.sentenceAt(paragraphStart - 2) : null;
            Mention opens = closing == null ? null : actors.at(layout.tokensIn(closing.start(), closing.end()).stream()
                    .filter(t -> !t.isLowerCase() && !lexicon.isTitle(t.text())).findFirst().map(Token::start).orElse(-1));
            ActorEntity last = opens != null && opens.entity().type == ActorType.PERSON ? opens.entity() : null;
            aged = last != null && standIns.ageGivenBefore(last, first.start()) == null ? last : null;
        }
        return aged == null ? null : new Speaker(aged.name, described, SpeakerResolution.PRONOUN, aged);
    }

    /** "der FDP-Vorsitzende", "die SPD-Fraktionschefin": a title after a party's name and a hyphen. */
    private boolean partyTitle(Token head) {
        String post = RoleMatch.postOfParty(head.text());
        return post != null && lexicon.isTitle(SpeakerPhrase.capitalised(post));
    }

    /** Words that make a role's holder the one to come ("die designierte Senatorin", "the incoming mayor"). */
    private static final Set<String> NEXT_HOLDER = Set.of("designierte", "designierter", "künftige", "künftiger", "incoming");

    /**
     * "the Tajik government", "Kyrgyz officials": a people's adjective before the body speaks for its state, not for the
     * state named last. Null when no word before the head is a demonym.
     */
    private Speaker demonymGovernment(List<Token> phrase, String headLower, Span described) {
        if (!STATE_BODIES.contains(headLower)) {
            return null;
        }
        for (Token word : phrase) {
            Lexicon.State state = word.isCapitalised() ? lexicon.stateOfDemonym(word.text()) : null;
            if (state != null) {
                ActorEntity named = actors.mentions().stream().map(Mention::entity)
                        .filter(e -> e.type == ActorType.STATE && e.name.equals(lexicon.nameOf(state))).findFirst().orElse(null);
                return new Speaker(lexicon.nameOf(state), described, SpeakerResolution.EXPLICIT, named);
            }
        }
        return null;
    }

    /**
     * "the minister", "des Verbands", "der SPD-Politiker", "the Speaker": a role, a body word or an epithet after a
     * definite article stands for who was named with it before. Null when the head is none of these or nobody fits.
     */
    /**
     * "Seine Präsidentin, die Kasseler Oberbürgermeisterin Dagmar Overbeck-Rinke, hatte … gewarnt": a role opening the
     * sentence, then an apposition closing on a person's name, is that person (not another holder of a like role); null
     * when the phrase does not open its sentence or no name closes the apposition.
     */
    private ActorEntity namedInApposition(List<Token> phrase) {
        Sentence sentence = layout.sentenceAt(phrase.get(0).start());
        int end = phrase.getLast().end();
        if (sentence == null || sentence.start() != phrase.get(0).start() || !layout.text.startsWith(",", end)) {
            return null;
        }
        List<Token> after = layout.tokensIn(end, sentence.end());
        for (int k = 0; k < Math.min(after.size(), 10); k++) {
            Mention named = actors.at(after.get(k).start());
            if (named != null && named.entity().type == ActorType.PERSON && layout.text.startsWith(",", named.end())) {
                return named.entity();
            }
            if (named == null && layout.text.substring(end, after.get(k).start()).indexOf(',', 1) >= 0) {
                return null; // the apposition closed without a name
            }
        }
        return null;
    }

    private Speaker roleHolder(List<Token> phrase, int headIndex, Span described) {
        Token first = phrase.get(0);
        Token head = phrase.get(headIndex);
        String firstLower = first.text().toLowerCase(Locale.ROOT);
        String headLower = head.text().toLowerCase(Locale.ROOT);
        boolean ageEpithet = SpeakerPhrase.AGE_EPITHET.matcher(head.text()).matches();
        // "des Verbands": German capitalises the body words that point back
        boolean bodyAnaphor = language.bodyAnaphors.contains(headLower);
        LanguageProfile.Nationality nationality = language.nationality(head.text());
        boolean former = language.code.equals("de") && headIndex >= 2 && head.isCapitalised() && saysOnceWas(phrase, headIndex);
        if (!(head.isLowerCase() || bodyAnaphor || actors.isRoleAcronym(headLower) || nationality != null || former
                || standIns.isPersonNoun(headLower) || firstLower.equals("the") && lexicon.isTitle(head.text())
                && (headIndex == 1 || headIndex <= 3 && phrase.subList(1, headIndex).stream().allMatch(Token::isCapitalised))
                || !language.code.equals("en") && (lexicon.isTitle(head.text()) || ageEpithet || standIns.isEpithet(headLower)
                    || standIns.isTownsman(head.text()) || partyTitle(head)))) {
            return null;
        }
        // ("the Speaker said": a title written with its capital stands for who holds it, as "the minister" does)
        String role = nationality != null ? nationality.nominative().toLowerCase(Locale.ROOT) : headLower;
        if (headIndex == 2 && NEXT_HOLDER.contains(phrase.get(1).text().toLowerCase(Locale.ROOT))) {
            // "Ihre Nachfolgerin wird Dilara Aksoy. … „…“, sagte die designierte Senatorin": not who holds the post now, but
            // the person last named of the article's gender
            char sex = firstLower.equals("der") ? 'M' : firstLower.equals("die") ? 'F' : ActorIndex.ANY_GENDER;
            ActorEntity next = actors.personBefore(first.start(), sex);
            return next == null ? null : new Speaker(next.name, described, SpeakerResolution.PRONOUN, next);
        }
        boolean titled = lexicon.isTitle(head.text()) || lexicon.isTitle(SpeakerPhrase.capitalised(head.text()));
        ActorEntity entity = titled && headIndex == phrase.size() - 1 ? namedInApposition(phrase) : null;
        if (entity == null) {
            entity = namedWithRole(phrase, headIndex, role, bodyAnaphor);
        }
        if (entity != null) {
            return new Speaker(entity.name, described, SpeakerResolution.EXPLICIT, entity);
        }
        // "der SPD-Politiker", "der 63-Jährige"
        boolean noun = head.isCapitalised() || NUMBERED_NOUN.matcher(head.text()).matches();
        ActorEntity epithet = language.code.equals("de") && noun && headIndex == phrase.size() - 1
                ? standIns.personFor(firstLower, head, former) : null;
        if (epithet == null && ageEpithet && standIns.isUnnamedOfOtherAge(head)) {
            return Speaker.unnamed(layout, described);
        }
        if (epithet != null && introducedUnnamed(head) && !namedInParagraphBefore(epithet, head)) {
            return Speaker.unnamed(layout, described); // "Eine 71-jährige Rentnerin aus Herford, die ihren Namen nicht …" before
        }
        if (epithet != null) {
            // "Overbeck ging auf Weigand ein. Er habe …, sagte der 64-Jährige": the subject of the sentence before
            // (but "die Grünen-Politikerin" found by her party is no other woman who opened the sentence before; "der
            // Werder-Trainer" names a club, not a party)
            int hyphen = head.text().indexOf('-');
            String member = hyphen > 1 ? head.text().substring(hyphen + 1).toLowerCase(Locale.ROOT) : "";
            char articleSex = firstLower.equals("die") ? 'F' : firstLower.equals("der") ? 'M' : ActorIndex.ANY_GENDER;
            boolean byParty = (member.startsWith("politiker") || member.startsWith("abgeordnete"))
                    && actors.personOfParty(head.start(), head.text().substring(0, hyphen), articleSex) == epithet;
            ActorEntity opener = byParty ? null : roleSubjects.openerBefore(first, epithet);
            return new Speaker((opener != null ? opener : epithet).name, described, SpeakerResolution.PRONOUN, opener != null ? opener : epithet);
        }
        // ("sagt der stellvertretende polnische Außenminister": adjectives in lower case may stand before the title)
        boolean unheldRole = language.code.equals("en") ? firstLower.equals("the") && RoleFinder.ROLE_HEADS.contains(headLower)
                : language.code.equals("de") && (lexicon.isTitle(head.text()) || partyTitle(head)) && phrase.subList(1, headIndex).stream().allMatch(this::adjectiveOrTitle);
        ActorEntity opener = unheldRole ? roleSubjects.unroledOpenerOfParagraph(first) : null;
        if (opener == null && unheldRole && phrase.subList(1, headIndex).stream().allMatch(this::adjectiveOrTitle)) {
            // "That account is hard to square with what Maren Oduya found. In a thread …, the independent security
            // researcher wrote": the one person the paragraph has named, with no role of her own, is described
            opener = unheld.onlyPersonInParagraphBefore(first);
        }
        if (opener == null && language.code.equals("en") && firstLower.equals("the") && headIndex >= 2 && phrase.get(1).text().equals("former")
                && RoleFinder.ROLE_HEADS.contains(headLower)) {
            opener = roleSubjects.openerOfParagraph(first); // ("the former Norwegian defence minister")
        }
        if (opener == null && unheldRole && language.code.equals("en")) {
            opener = unheld.namedInNextParagraphOfLede(first);
        }
        if (opener == null && unheldRole && language.code.equals("en") && UnheldRoles.SOLE_OFFICES.contains(
                layout.text.substring(phrase.get(1).start(), head.end()).toLowerCase(Locale.ROOT))) {
            opener = unheld.unroledLedeOpener(first);
        }
        if (opener == null && unheldRole && language.code.equals("en") && phrase.subList(1, headIndex).stream().allMatch(Token::isLowerCase)) {
            opener = roleSubjects.subjectOfParagraphBefore(first);
        }
        char sex = firstLower.equals("der") ? 'M' : firstLower.equals("die") ? 'F' : '-';
        if (opener != null && (sex == '-' || opener.fitsGender(sex))) {
            return new Speaker(opener.name, described, SpeakerResolution.PRONOUN, opener);
        }
        if (language.code.equals("en") && firstLower.equals("the") && headIndex == 1 && lexicon.isTitle(SpeakerPhrase.capitalised(head.text()))
                && !head.isAcronym() && !lexicon.isAnonymousHead(head.text())) { // ("the DCP said" after "Deputy Commissioner of Police … R. Harikrishnan": a rank he holds)
            // "the president wrote" with no president named before: the role is who speaks, unnamed but not unknown
            // (unless someone unnamed just spoke with that noun: "A senior ANC leader … told News24 …" / "the leader said")
            Speaker source = unnamed.speakerBefore(first, '-');
            boolean sameSource = source != null && source.name().toLowerCase(Locale.ROOT).contains(headLower);
            return sameSource ? source : new Speaker(layout.text.substring(described.start(), described.end()), described,
                    SpeakerResolution.EXPLICIT, null);
        }
        return null;
    }

    /**
     * Whether an indefinite article introduced someone by the epithet's own word shortly before ("Eine 71-jährige Rentnerin
     * aus Herford, die ihren Namen nicht in der Zeitung lesen möchte, …", paragraphs before "sagt die Rentnerin"): then
     * the epithet is that unnamed person, not the last one named (unless named in the epithet's own paragraph: "Noch im
     * Krankenhaus erzählte Magdalena Wopfner … „…“, sagte die Innsbruckerin" after "Eine 31-jährige Innsbruckerin").
     */
    private boolean namedInParagraphBefore(ActorEntity entity, Token word) {
        int paragraphStart = layout.text.lastIndexOf('\n', word.start()) + 1;
        return actors.mentions().stream().anyMatch(m -> m.entity() == entity && m.start() >= paragraphStart && m.start() < word.start());
    }

    private boolean introducedUnnamed(Token head) {
        return java.util.regex.Pattern.compile("\\b[Ee]ine?\\s+(?:[\\p{L}\\d-]+\\s+){0,2}" + java.util.regex.Pattern.quote(head.text()) + "\\b")
                .matcher(layout.text.substring(0, head.start())).find();
    }

    /** A word before a role's noun that keeps it a role: an adjective, or in German a title ("die Vorsitzende Richterin"). */
    private boolean adjectiveOrTitle(Token word) {
        return word.isLowerCase() || language.code.equals("de") && lexicon.isTitle(word.text());
    }

    /** Whether {@code words} name a nation ("Portuguese") that {@code role} does not, where it names another ("Estonian"). */
    private boolean otherNationality(List<Token> words, String role) {
        if (role == null) {
            return false;
        }
        for (Token word : words) {
            Lexicon.State nation = word.isCapitalised() ? lexicon.stateOfDemonym(word.text()) : null;
            if (nation != null && !role.contains(word.text())) {
                return java.util.Arrays.stream(role.split("[\\s-]+")).anyMatch(w -> lexicon.stateOfDemonym(w) != null);
            }
        }
        return false;
    }

    /** The actor named before with the role, body word or nationality a definite description gives; null if none. */
    private ActorEntity namedWithRole(List<Token> phrase, int headIndex, String role, boolean bodyAnaphor) {
        Token first = phrase.get(0);
        Token head = phrase.get(headIndex);
        String headLower = head.text().toLowerCase(Locale.ROOT);
        ActorEntity entity = bodyAnaphor ? actors.bodyNamedAfter(phrase, headIndex) : null;
        if (entity == null && headIndex >= 2 && phrase.subList(1, headIndex).stream().allMatch(Token::isLowerCase)) {
            // "the press secretary": the person whose role was named with the same words, before "the secretary"
            entity = actors.personWithRolePhraseBefore(first.start(), layout.text.substring(phrase.get(1).start(), head.end()));
        }
        boolean bodyNoun = head.isLowerCase() && !RoleFinder.ROLE_HEADS.contains(headLower) && !lexicon.isTitle(SpeakerPhrase.capitalised(head.text()))
                && !SpeakerPhrase.PERSON_NOUN.matcher(headLower).find(); // ("the Lib Dem councillor", "the Senegal midfielder": a person)
        for (int k = 1; k < headIndex && entity == null && bodyNoun; k++) {
            // "The National Weather Service office in Tallahassee": the body named before the noun, not another office
            Mention owner = actors.at(phrase.get(k).start());
            entity = owner != null && owner.entity().type != ActorType.PERSON ? owner.entity() : null;
        }
        entity = entity != null ? entity : actors.describedBefore(first.start(), role, bodyAnaphor);
        if (entity != null && entity.type == ActorType.PERSON && otherNationality(phrase.subList(1, headIndex), entity.role)) {
            return null; // "the former Portuguese foreign minister" is not the "Estonian Prime Minister" named before
        }
        if (entity != null && entity.type == ActorType.PERSON && language.code.equals("de") && standIns.isEpithet(headLower)
                && entity.role != null && !entity.role.equalsIgnoreCase(head.text())) {
            // "sagte die Forscherin" in a paragraph about Rettberg: not the "Klimaforscherin" named paragraphs before
            String article = first.text().toLowerCase(Locale.ROOT);
            char gender = article.equals("die") ? 'F' : article.equals("der") ? 'M' : ActorIndex.ANY_GENDER;
            ActorEntity near = actors.personBefore(first.start(), gender, layout.reachToParagraphStart(first.start()));
            entity = near != null ? near : entity;
        }
        return entity;
    }

    /**
     * "die frühere Ministerin", "die frühere flämische Umweltministerin": an adjective for what the person once was, among
     * the adjectives in lower case between the article and the noun.
     */
    private static boolean saysOnceWas(List<Token> phrase, int headIndex) {
        boolean once = false;
        for (int k = 1; k < headIndex; k++) {
            once |= FORMER.contains(phrase.get(k).text());
            if (!phrase.get(k).isLowerCase()) {
                return false;
            }
        }
        return once;
    }
}
