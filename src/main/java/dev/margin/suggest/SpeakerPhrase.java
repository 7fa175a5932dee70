package dev.margin.suggest;

import dev.margin.domain.ActorType;
import dev.margin.domain.SpeakerResolution;
import dev.margin.domain.Span;

import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whom a speaker phrase names, once the {@link SpeakerFinder} has read where it stands: a person or body
 * mentioned in it, a pronoun resolved by gender and recency, "the minister" resolved to the actor with that role,
 * an unnamed source ("a senior diplomat") or group ("organisers"), or a speaking institution ("the ministry").
 */
final class SpeakerPhrase {
    /** "der 63-Jährige", "die 41-Jährige": an age standing for a person named before. */
    static final Pattern AGE_EPITHET = Pattern.compile("(\\d{1,3})-Jährige[rn]?");
    /** German adjectives for what someone once was or long has been: "der frühere Lokführer" is a person named before. */
    private static final java.util.Set<String> FORMER = java.util.Set.of("frühere", "ehemalige", "einstige", "langjährige",
            "pensionierte", "gelernte", "damalige");
    private static final Pattern ENGLISH_AGE = Pattern.compile("(\\d+)-year-old");
    /** A noun written with a number before it ("63-Jährige"), which has no capital at its start. */
    private static final Pattern NUMBERED_NOUN = Pattern.compile("\\d+-\\p{Lu}.*");
    /** English forms of "be", which make a following participle passive. */
    private static final Set<String> BE_FORMS = Set.of("is", "was", "were", "are", "been", "be", "being");
    /** Words after an institution's noun that still name it: a preposition, an article and two more at most. */
    private static final int MAX_INSTITUTION_COMPLEMENT = 4;
    /** English possessive determiners and whose they are: a person of a gender, or a body (P). */
    private static final Map<String, Character> POSSESSIVES = Map.of("its", 'P', "their", 'P', "his", 'M', "her", 'F');
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "one", "two", "three", "four", "several",
            "some", "many", "other", "another", "this", "that", "these", "those", "its", "his", "her", "their");
    private static final Set<String> PREPOSITIONS = Set.of("for", "of", "at", "from", "in", "with", "to", "on", "close",
            "familiar", "who", "which", "that", "inside", "within", "near", "representing", "involved", "speaking");
    /** Heads that name a speaking body even when no actor is resolved ("the ministry said"). */
    private static final Set<String> INSTITUTIONS = Set.of("government", "ministry", "company", "firm", "police", "army",
            "military", "court", "report", "study", "statement", "survey", "agency", "council", "committee", "party",
            "union", "group", "campaign", "department", "board", "commission", "office", "embassy", "bank", "regulator",
            "prosecutors", "prosecutor", "presidency", "administration", "hospital", "university", "club", "team");
    static final Set<String> RELATIVES = Set.of("that", "which", "who", "whom");
    /** Words after a German institution's noun that go on with its name: "Senatsverwaltung für Stadtentwicklung", "Ministerium des Innern". */
    private static final Set<String> GERMAN_NAME_COMPLEMENTS = Set.of("für", "des", "der");
    private static final Set<String> LEADING_PREPOSITIONS = Set.of("in", "on", "at", "for", "with", "from", "during",
            "to", "by", "after", "before", "into", "over", "under", "about");

    /** English nouns for what a person is or does ("midfielder", "striker", "envoy", "diplomat"). */
    static final java.util.regex.Pattern PERSON_NOUN = java.util.regex.Pattern.compile("(er|or|ist|ian|ent|ant|man|woman|envoy|diplomat|coach|captain)$");
    private final Lexicon lexicon;
    private final LanguageProfile language;
    private final TextLayout layout;
    private final ActorIndex actors;
    private final StandInNouns standIns;
    private final RoleSubjects roleSubjects;
    private final PosTags pos;
    private final UnnamedSpeakers unnamed;
    private final LeadingPerson leadingPerson;
    private final PronounSpeakers pronouns;
    private final DocumentIssuers documents;
    private final SpeakerPhraseBounds bounds;

    SpeakerPhrase(Lexicon lexicon, TextLayout layout, ActorIndex actors, PosTags pos, DocumentIssuers documents) {
        this.lexicon = lexicon;
        this.language = lexicon.language();
        this.unnamed = new UnnamedSpeakers(lexicon, layout, actors, pos);
        this.layout = layout;
        this.actors = actors;
        this.standIns = new StandInNouns(lexicon, layout, actors);
        this.roleSubjects = new RoleSubjects(lexicon, layout, actors, standIns);
        this.pos = pos;
        this.documents = documents;
        this.bounds = new SpeakerPhraseBounds(language, actors);
        this.leadingPerson = new LeadingPerson(lexicon, layout, actors, pos, this);
        this.pronouns = new PronounSpeakers(lexicon, layout, actors, pos, unnamed, roleSubjects);
    }

    boolean isDeterminer(String lower) {
        return DETERMINERS.contains(lower) || language.determiners.contains(lower);
    }

    private boolean isPreposition(String word) {
        return PREPOSITIONS.contains(word) || language.prepositions.contains(word.toLowerCase(Locale.ROOT));
    }

    Speaker decide(List<Token> words) {
        return standIns.namedBody(decideAsWritten(words));
    }

    /** See {@link StandInNouns#namedBody}. */
    Speaker namedBody(Speaker speaker) {
        return standIns.namedBody(speaker);
    }

    private Speaker decideAsWritten(List<Token> words) {
        List<Token> phrase = bounds.trimmed(words);
        if (phrase == null) {
            return null;
        }
        Speaker agedWrittenOut = standIns.ageWrittenOut(phrase);
        if (agedWrittenOut != null) {
            return agedWrittenOut;
        }
        Token first = phrase.get(0);
        String firstLower = first.text().toLowerCase(Locale.ROOT);
        if (isPronoun(firstLower) && !opensLongerName(first)) {
            // "It was reported that …", "It has been said": a passive has no speaker
            boolean passive = phrase.stream().skip(1).anyMatch(t -> BE_FORMS.contains(t.text().toLowerCase(Locale.ROOT)));
            return passive ? null : pronoun(first, firstLower);
        }
        if (LEADING_PREPOSITIONS.contains(first.text())) {
            return null;
        }
        Speaker leading = leadingPerson.in(phrase);
        if (leading != null) {
            return leading;
        }
        int headIndex = headIndex(phrase);
        Token head = phrase.get(headIndex);
        String headLower = head.text().toLowerCase(Locale.ROOT);
        Mention mention = actors.at(head.start());
        Mention closing = actors.at(phrase.getLast().start());
        if (mention == null && closing != null && closing.entity().type == ActorType.PERSON
                && (lexicon.isTitle(head.text()) || lexicon.isTitle(capitalised(head.text())))) {
            // "Il ministro dei Trasporti Matteo Salvini": the role and its portfolio come before the person's name (but in
            // "Een bewoner van de Achterweg" the words after the noun say where he lives)
            mention = closing;
        }
        if (mention != null && mention.entity().type != ActorType.PERSON && closing != null && closing.entity().type == ActorType.PERSON
                && roleNounBefore(closing)) {
            // "Florida Division of Emergency Management deputy director Renee Castellano": the body's person speaks
            mention = closing;
        }
        if (mention != null) {
            return new Speaker(mention.entity().name, new Span(mention.start(), mention.end()), SpeakerResolution.EXPLICIT,
                    mention.entity());
        }
        if (language.code.equals("en") && head.isLowerCase() && headIndex > 0 && POSSESSIVES.containsKey(firstLower)
                && !lexicon.isAnonymousHead(head.text()) && !lexicon.isTitle(head.text())) {
            // "according to its latest monthly report": whose report it is says who speaks
            char owner = POSSESSIVES.get(firstLower);
            ActorEntity entity = owner == 'P' ? actors.collectiveBefore(first.start()) : actors.personBefore(first.start(), owner);
            if (entity != null && entity.type == ActorType.PERSON && (headLower.equals("family") || headLower.equals("relatives")
                    || headLower.equals("campaign"))) {
                // "her family said in a statement", "according to his campaign": the family or the campaign speaks, named
                // by the person's surname ("Vance family", "Halvorsen campaign")
                String surname = entity.name.substring(entity.name.lastIndexOf(' ') + 1);
                String body = headLower.equals("campaign") ? " campaign" : " family";
                return new Speaker(surname + body, new Span(first.start(), head.end()), SpeakerResolution.PRONOUN, null);
            }
            if (entity != null) {
                return new Speaker(entity.name, new Span(first.start(), head.end()), SpeakerResolution.PRONOUN, entity);
            }
        }
        boolean definite = firstLower.equals("the") || firstLower.equals("this") || firstLower.equals("its")
                || language.determiners.contains(firstLower) && !language.code.equals("en")
                && !language.indefiniteArticles.containsKey(firstLower); // ("Ein Sprecher" is no spokesman named before)
        Span described = new Span(first.start(), head.end());
        boolean ageEpithet = AGE_EPITHET.matcher(head.text()).matches();
        java.util.regex.Matcher yearsOld = ENGLISH_AGE.matcher(head.text());
        if (firstLower.equals("the") && headIndex == 1 && yearsOld.matches()) {
            // "The 71-year-old said …": the person given that age before ("Mere Tawhiri, 71,")
            ActorEntity aged = actors.personAgedBefore(first.start(), yearsOld.group(1));
            if (aged == null) {
                // "Graham Pettifer, a retired joiner, … “…,” the 74-year-old said": the person just named, age untold
                aged = actors.personBefore(first.start(), ActorIndex.ANY_GENDER, inParagraph(first));
            }
            if (aged != null) {
                return new Speaker(aged.name, described, SpeakerResolution.PRONOUN, aged);
            }
        }
        if (firstLower.equals("the") && headIndex <= 3 && language.partyMembers.contains(head.text())
                && phrase.subList(1, headIndex).stream().allMatch(Token::isCapitalised)) {
            // "The Republican said …", "the Ohio Democrat added": the person named last (a party's members are
            // "Republicans", which is a group), or the one tagged with that party and state: "Sen. Curtis Hale (R-Ky.)"
            String state = headIndex > 1 ? layout.text.substring(phrase.get(1).start(), phrase.get(headIndex - 1).end()) : null;
            ActorEntity member = new PartyMembership(layout, language, actors).memberBefore(first.start(), head.text(), state);
            if (member == null) {
                member = actors.personBefore(first.start(), ActorIndex.ANY_GENDER);
            }
            if (member != null) {
                return new Speaker(member.name, described, SpeakerResolution.PRONOUN, member);
            }
        }
        ActorEntity national = language.code.equals("en") && firstLower.equals("the") && headIndex == 1 && phrase.size() == 2
                ? standIns.englishNational(head) : null;
        if (national != null) {
            return new Speaker(national.name, described, SpeakerResolution.PRONOUN, national);
        }
        Speaker government = demonymGovernment(phrase, headLower, described);
        if (government != null) {
            return government;
        }
        // "des Verbands": German capitalises the body words that point back
        boolean bodyAnaphor = language.bodyAnaphors.contains(headLower);
        LanguageProfile.Nationality nationality = language.nationality(head.text());
        boolean former = language.code.equals("de") && headIndex >= 2 && head.isCapitalised() && saysOnceWas(phrase, headIndex);
        if (definite && (head.isLowerCase() || bodyAnaphor || actors.isRoleAcronym(headLower) || nationality != null || former
                || standIns.isPersonNoun(headLower) || firstLower.equals("the") && lexicon.isTitle(head.text())
                && (headIndex == 1 || headIndex <= 3 && phrase.subList(1, headIndex).stream().allMatch(Token::isCapitalised))
                || !language.code.equals("en") && (lexicon.isTitle(head.text()) || ageEpithet || standIns.isEpithet(headLower)))) {
            // ("the Speaker said": a title written with its capital stands for who holds it, as "the minister" does)
            String role = nationality != null ? nationality.nominative().toLowerCase(Locale.ROOT) : headLower;
            ActorEntity entity = bodyAnaphor ? actors.bodyNamedAfter(phrase, headIndex) : null;
            if (entity == null && headIndex >= 2 && phrase.subList(1, headIndex).stream().allMatch(Token::isLowerCase)) {
                // "the press secretary": the person whose role was named with the same words, before "the secretary"
                entity = actors.personWithRolePhraseBefore(first.start(), layout.text.substring(phrase.get(1).start(), head.end()));
            }
            boolean bodyNoun = head.isLowerCase() && !RoleFinder.ROLE_HEADS.contains(headLower) && !lexicon.isTitle(capitalised(head.text()))
                    && !PERSON_NOUN.matcher(headLower).find(); // ("the Lib Dem councillor", "the Senegal midfielder": a person)
            for (int k = 1; k < headIndex && entity == null && bodyNoun; k++) {
                // "The National Weather Service office in Tallahassee": the body named before the noun, not another office
                Mention owner = actors.at(phrase.get(k).start());
                entity = owner != null && owner.entity().type != ActorType.PERSON ? owner.entity() : null;
            }
            entity = entity != null ? entity : actors.describedBefore(first.start(), role, bodyAnaphor);
            if (entity != null && entity.type == ActorType.PERSON && language.code.equals("de") && standIns.isEpithet(headLower)
                    && entity.role != null && !entity.role.equalsIgnoreCase(head.text())) {
                // "sagte die Forscherin" in a paragraph about Rettberg: not the "Klimaforscherin" named paragraphs before
                char gender = firstLower.equals("die") ? 'F' : firstLower.equals("der") ? 'M' : ActorIndex.ANY_GENDER;
                ActorEntity near = actors.personBefore(first.start(), gender, inParagraph(first));
                entity = near != null ? near : entity;
            }
            if (entity != null) {
                return new Speaker(entity.name, described, SpeakerResolution.EXPLICIT, entity);
            }
            // "der SPD-Politiker", "der 63-Jährige"
            boolean noun = head.isCapitalised() || NUMBERED_NOUN.matcher(head.text()).matches();
            ActorEntity epithet = language.code.equals("de") && noun && headIndex == phrase.size() - 1
                    ? standIns.personFor(firstLower, head, former) : null;
            if (epithet == null && ageEpithet && standIns.isUnnamedOfOtherAge(head)) {
                return new Speaker(layout.text.substring(described.start(), described.end()), described, SpeakerResolution.ANONYMOUS, null);
            }
            if (epithet != null) {
                // "Overbeck ging auf Weigand ein. Er habe …, sagte der 64-Jährige": the subject of the sentence before
                ActorEntity opener = roleSubjects.openerBefore(first, epithet);
                return new Speaker((opener != null ? opener : epithet).name, described, SpeakerResolution.PRONOUN, opener != null ? opener : epithet);
            }
            boolean unheldRole = language.code.equals("en") ? firstLower.equals("the") && RoleFinder.ROLE_HEADS.contains(headLower)
                    : language.code.equals("de") && lexicon.isTitle(head.text()) && headIndex == 1;
            ActorEntity opener = unheldRole ? roleSubjects.unroledOpenerOfParagraph(first) : null;
            char sex = firstLower.equals("der") ? 'M' : firstLower.equals("die") ? 'F' : '-';
            if (opener != null && (sex == '-' || opener.fitsGender(sex))) {
                return new Speaker(opener.name, described, SpeakerResolution.PRONOUN, opener);
            }
            if (language.code.equals("en") && firstLower.equals("the") && headIndex == 1 && lexicon.isTitle(capitalised(head.text()))
                    && !head.isAcronym() && !lexicon.isAnonymousHead(head.text())) { // ("the DCP said" after "Deputy Commissioner of Police … R. Harikrishnan": a rank he holds)
                // "the president wrote" with no president named before: the role is who speaks, unnamed but not unknown
                // (unless someone unnamed just spoke with that noun: "A senior ANC leader … told News24 …" / "the leader said")
                Speaker source = unnamed.speakerBefore(first, '-');
                boolean sameSource = source != null && source.name().toLowerCase(Locale.ROOT).contains(headLower);
                return sameSource ? source : new Speaker(layout.text.substring(described.start(), described.end()), described,
                        SpeakerResolution.EXPLICIT, null);
            }
        }
        Span maker = DocumentSource.maker(phrase, language);
        if (maker != null) {
            return documents.makerOf(phrase, maker);
        }
        if (definite && headIndex == phrase.size() - 1 && language.documents.contains(headLower)) {
            // "according to the statement" after "the railway said in a statement": the body named last issued it
            ActorEntity issuer = documents.issuerOf(first.start(), headLower);
            if (issuer == null && !language.personalDocuments.contains(headLower)) {
                issuer = actors.describedBefore(first.start(), headLower, true); // (a letter is a person's, not the body's)
            }
            if (issuer != null) {
                return new Speaker(issuer.name, described, SpeakerResolution.PRONOUN, issuer);
            }
        }
        Speaker firm = firmOfAnalysts(phrase, headIndex);
        if (firm != null) {
            return firm;
        }
        for (int k = 0; k <= headIndex; k++) {
            Token word = phrase.get(k);
            // ("one Tory MP": a member of parliament is written in capitals)
            if ((word.isLowerCase() || k == 0 || word.isAcronym() || language.code.equals("de")) && lexicon.isAnonymousHead(word.text())) {
                int end = phrase.getLast().end();
                return new Speaker(layout.text.substring(first.start(), end), new Span(first.start(), end),
                        SpeakerResolution.ANONYMOUS, null);
            }
        }
        boolean ofParty = phrase.stream().anyMatch(w -> actors.at(w.start()) != null && actors.at(w.start()).entity().type == ActorType.ORGANISATION)
                && RoleFinder.ROLE_HEADS.contains(headLower) && headIndex == phrase.size() - 1;
        if (language.code.equals("en") && firstLower.equals("the") && head.isLowerCase() && PERSON_NOUN.matcher(headLower).find()
                && (ofParty || phrase.stream().anyMatch(w -> actors.at(w.start()) != null && actors.at(w.start()).entity().type == ActorType.STATE))) {
            // "the Senegal midfielder", "the France forward": a country's player or envoy is the person just named; "the
            // Fine Gael leader" the person named last, in this paragraph or the one before
            ActorEntity player = actors.personBefore(first.start(), ActorIndex.ANY_GENDER, ofParty ? inParagraphOrBefore(first) : inParagraph(first));
            if (player != null) {
                return new Speaker(player.name, described, SpeakerResolution.PRONOUN, player);
            }
        }
        // ("one veteran GOP strategist in Atlanta": someone unnamed from the body, not the body)
        boolean oneOfThem = language.code.equals("en") && firstLower.equals("one") && head.isLowerCase() && PERSON_NOUN.matcher(headLower).find();
        for (Token word : phrase) {
            // "the UN’s humanitarian office": the body it belongs to speaks
            Mention inside = actors.at(word.start());
            if (inside != null && inside.entity().type != ActorType.PERSON && !oneOfThem) {
                return new Speaker(inside.entity().name, described, SpeakerResolution.EXPLICIT, inside.entity());
            }
        }
        if ((definite || first.isLowerCase()) && (INSTITUTIONS.contains(headLower) || language.isInstitution(head.text()))) {
            // "le ministère des Transports", "la préfecture de police", "il ministero della Salute": the complement names it
            // (a preposition and a word at least: "teilte die Polizei mit" ends with the verb's particle); a German
            // article is no part of the name ("Die Senatsverwaltung für Stadtentwicklung teilte mit")
            int rest = phrase.size() - 1 - headIndex;
            if (language.code.equals("de") && rest > 0 && !GERMAN_NAME_COMPLEMENTS.contains(phrase.get(headIndex + 1).text())) {
                rest = 0; // "das Auswärtige Amt am Abend": a time, not more of the name
            }
            int from = language.code.equals("de") && definite && headIndex == 1 ? head.start() : first.start();
            Span named = rest >= 2 && rest <= MAX_INSTITUTION_COMPLEMENT ? new Span(from, phrase.getLast().end()) : described;
            return new Speaker(layout.text.substring(named.start(), named.end()), named, SpeakerResolution.EXPLICIT, null);
        }
        Speaker namedAlone = unnamed.bodyNamedAlone(phrase);
        if (namedAlone != null) {
            return namedAlone;
        }
        boolean group = unnamed.isGroup(phrase, headIndex);
        ActorEntity groupsBody = language.code.equals("en") && group ? unnamed.bodyOfGroup(head) : null;
        if (groupsBody != null) {
            return new Speaker(groupsBody.name, described, SpeakerResolution.EXPLICIT, groupsBody);
        }
        boolean indefinite = unnamed.withIndefiniteArticle(firstLower, head, headIndex);
        ActorEntity namedLater = indefinite ? unnamed.introducedInLede(first, head) : null;
        if (namedLater != null) {
            return new Speaker(namedLater.name, described, SpeakerResolution.PRONOUN, namedLater);
        }
        if (group || unnamed.bareGermanNoun(phrase) || indefinite) {
            int end = phrase.getLast().end();
            return new Speaker(layout.text.substring(first.start(), end), new Span(first.start(), end),
                    SpeakerResolution.ANONYMOUS, null);
        }
        return null;
    }

    /** How far back "the 74-year-old" or "the Senegal midfielder" may look for the person just named: its paragraph. */
    private int inParagraph(Token first) {
        return first.start() - layout.text.lastIndexOf('\n', first.start());
    }

    /** How far back "the Fine Gael leader" may look for the person it describes: this paragraph and the one before. */
    private int inParagraphOrBefore(Token first) {
        int paragraph = layout.text.lastIndexOf('\n', first.start());
        return first.start() - (paragraph <= 0 ? 0 : layout.text.lastIndexOf('\n', paragraph - 1));
    }

    /** See {@link UnnamedSpeakers#afterVerb}. */
    Speaker unnamedAfterVerb(List<Token> phrase) {
        return unnamed.afterVerb(phrase);
    }

    /** The head of a phrase: the word before its first preposition or relative word, else its last word. */
    private int headIndex(List<Token> phrase) {
        for (int k = 0; k < phrase.size() - 1; k++) {
            if (isPreposition(phrase.get(k + 1).text()) && !isDeterminer(phrase.get(k).text().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return phrase.size() - 1;
    }

    /** Plural nouns for a firm's researchers, who write for the firm ("Analysts at Goldman Sachs said in a note …"). */
    private static final Set<String> FIRM_RESEARCHERS = Set.of("analysts", "economists", "strategists");

    /**
     * "Analysts at Goldman Sachs said in a note to clients …", "Economists at Capital Economics wrote": a firm's
     * researchers writing together speak for the firm named after "at"; null for any other phrase.
     */
    private Speaker firmOfAnalysts(List<Token> phrase, int headIndex) {
        if (!language.code.equals("en") || headIndex + 2 >= phrase.size()
                || !FIRM_RESEARCHERS.contains(phrase.get(headIndex).text().toLowerCase(Locale.ROOT))
                || !phrase.get(headIndex + 1).text().equals("at") || !phrase.get(headIndex + 2).isCapitalised()) {
            return null;
        }
        Token first = phrase.get(headIndex + 2);
        Mention named = actors.at(first.start());
        if (named != null) {
            return named.entity().type == ActorType.PERSON ? null
                    : new Speaker(named.entity().name, new Span(named.start(), named.end()), SpeakerResolution.EXPLICIT, named.entity());
        }
        int end = headIndex + 2;
        while (end + 1 < phrase.size() && phrase.get(end + 1).isCapitalised()) {
            end++;
        }
        Span span = new Span(first.start(), phrase.get(end).end());
        return new Speaker(layout.text.substring(span.start(), span.end()), span, SpeakerResolution.EXPLICIT, null);
    }

    /** Whether a role's noun in lower case stands right before {@code person}'s mention ("deputy director Renee Castellano"). */
    private boolean roleNounBefore(Mention person) {
        int index = layout.firstTokenFrom(person.start()) - 1;
        return index >= 0 && layout.tokens.get(index).isLowerCase() && RoleFinder.ROLE_HEADS.contains(layout.tokens.get(index).text());
    }

    /** "spokesperson He Lanfang said": a name found opening with a pronoun's letters is a name, not the pronoun. */
    private boolean opensLongerName(Token first) {
        Mention named = first.isCapitalised() ? actors.at(first.start()) : null;
        return named != null && named.start() == first.start() && named.end() > first.end();
    }

    /** The person or body a pronoun (or a German epithet read as one) at {@code token} stands for; see {@link PronounSpeakers}. */
    Speaker pronoun(Token token, String lower) {
        return pronouns.resolve(token, lower);
    }

    static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
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
                        .filter(e -> e.type == ActorType.STATE && e.name.equals(state.name())).findFirst().orElse(null);
                return new Speaker(state.name(), described, SpeakerResolution.EXPLICIT, named);
            }
        }
        return null;
    }

    private static final Set<String> STATE_BODIES = Set.of("government", "authorities", "officials", "foreign ministry",
            "ministry", "regierung", "gouvernement", "gobierno", "governo", "regering");

    /** A subject pronoun of the article's language ("he", "sie", "elle"), or an inverted form ("a-t-elle"). */
    boolean isPronoun(String lower) {
        return language.pronouns.containsKey(lower); // object pronouns only after a cue (SpeakerFinder.namedAt)
    }
}
