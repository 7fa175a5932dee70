package dev.margin.suggest;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
import dev.margin.domain.Span;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the actors an article names. Capitalised runs of words are classified by what the lexicon knows:
 * a title before a name makes a person with a role; an organisation word, a known organisation or an
 * acronym makes an organisation; the gazetteer makes states, and a capital followed by a verb stands
 * for its state ("Ottawa said"). Runs that are places, laws, events, months or sentence-initial words
 * are not actors. Single words are decided last: a surname joins the person whose full name has it.
 */
final class ActorFinder {
    /** Words that may join capitalised words inside one name ("Bank of England", "Ursula von der Leyen"). */
    /** People who act for someone else ("Lawyers for Granite Peak Mining"), unlike the members a group is named by. */
    private static final Set<String> AGENTS_FOR = Set.of("lawyers", "attorneys", "officials", "representatives", "spokesmen",
            "spokeswomen", "spokespeople", "aides", "advisers", "advisors", "negotiators", "executives", "sources", "prosecutors",
            "investigators", "auditors", "inspectors", "managers", "agents", "solicitors", "barristers", "counsels");
    static final Set<String> CONNECTORS = Set.of("of", "for", "the", "and", "on", "de", "du", "des", "la", "le",
            "van", "von", "der", "den", "bin", "al", "da", "dos", "del", "für", "di", "della", "dei", "degli", "do", "voor");
    /** Connectors that belong inside personal names; the others split a run that is no organisation. */
    static final Set<String> NAME_PARTICLES = Set.of("de", "du", "des", "la", "le", "van", "von", "der", "den",
            "bin", "al", "da", "dos", "del", "ó", "ní", "nic", "mac", "uí");
    /** A party's hold on a body or seat, written before its name: "Labour-run", "Republican-led", "Liberal-held". */
    private static final Pattern CONTROLLED_BY = Pattern.compile("\\p{Lu}[\\p{L}.]*-(led|run|controlled|dominated|held)");
    /** A nickname in marks inside a name, left out of its canonical form: "Harold “Hal” Pruett Jr.". */
    private static final Pattern NICKNAME = Pattern.compile(" [\"“]\\p{Lu}\\p{L}*[\"”] ");
    private final Lexicon lexicon;
    private final TextLayout layout;
    private final String text;
    private final BitSet excluded;
    private final KnownActors known;
    private final ActorRegistry registry;
    private final List<SingleNameResolver.PendingWord> pending = new ArrayList<>();
    private final NameEvidence evidence;
    private final GermanNameEnds nameEnds;
    private final Portfolios portfolios;
    private final PersonEvidence personEvidence;
    private final CompanyNouns companyNouns;
    private final PosTags pos;
    private final NameRuns runs;
    private final SentenceOpeningWord openingWords;
    private final NameRoles roles;
    private final AcronymActors acronyms;
    private final StateMentions states;

    /**
     * @param pos the words' parts of speech (none when the language has no model)
     * @param excluded offsets where no actor is looked for (headlines, titles in quotation marks)
     */
    ActorFinder(Lexicon lexicon, TextLayout layout, PosTags pos, BitSet excluded, List<Actor> knownActors) {
        this.pos = pos;
        this.lexicon = lexicon;
        this.layout = layout;
        this.text = layout.text;
        this.excluded = excluded;
        this.known = new KnownActors(knownActors);
        this.registry = new ActorRegistry(lexicon, layout);
        this.evidence = new NameEvidence(lexicon, layout, pos);
        this.nameEnds = new GermanNameEnds(lexicon, layout, pos);
        this.portfolios = new Portfolios(lexicon, layout);
        this.personEvidence = new PersonEvidence(lexicon, layout);
        this.companyNouns = new CompanyNouns(layout, lexicon);
        this.roles = new NameRoles(lexicon, layout, evidence, pos);
        this.runs = new NameRuns(lexicon, layout, excluded, pos);
        this.openingWords = new SentenceOpeningWord(lexicon, layout, pos, personEvidence);
        this.acronyms = new AcronymActors(lexicon, layout, registry);
        this.states = new StateMentions(lexicon, layout, registry);
    }

    ActorIndex find() {
        List<Token> tokens = layout.tokens;
        int i = 0;
        boolean afterTimeStamp = false;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            // "12.58 GMT Claire Whitcombe, the shadow housing secretary, …": a live blog's time stamp opens the entry, whose
            // first words are as a sentence's
            boolean opensEntry = afterTimeStamp;
            afterTimeStamp = false;
            if (excluded.get(token.start())) {
                i++;
                continue;
            }
            KnownActors.Match match = known.isEmpty() ? null : known.matchAt(tokens, i);
            if (match != null) {
                Token last = tokens.get(i + match.tokenCount() - 1);
                registry.addMention(token.start(), last.end(), registry.knownEntity(match.actor()), 0.95);
                i += match.tokenCount();
                continue;
            }
            if (!token.isCapitalised() || token.isNumber() || NameEvidence.isElidedCommonNoun(token) || NameEvidence.isFamilyEpithet(token)
                    || AppositionBounds.isPartyTag(token)
                    || german() && CalendarWords.isGermanMonthInDate(tokens, i)) {
                i++;
                continue;
            }
            if (CalendarWords.isTimeZoneAfterClock(tokens, i)) {
                afterTimeStamp = true;
                i++;
                continue;
            }
            int dashed = runs.dashedPlaceEnd(tokens, i);
            if (dashed > 0) {
                i = dashed + 1; // ("Brome—Missisquoi": a riding, no actor)
                continue;
            }
            int end = runs.runEnd(tokens, i);
            processRun(tokens.subList(i, end + 1), opensEntry || isSentenceInitial(token));
            i = end + 1;
        }
        new SingleNameResolver(lexicon, layout, registry).resolve(pending);
        return registry.index();
    }

    /** "Texan", "South Carolinian": what a person from a US state is called, no one's name (see PartyMembership). */
    private boolean isStateDemonym(List<Token> words) {
        return PartyMembership.stateCalled(lexicon.language(), words) != null;
    }

    /** True at the start of a sentence, or after a colon, a dash or an opening mark, where any word has a capital. */
    private boolean isSentenceInitial(Token token) {
        Sentence sentence = layout.sentenceAt(token.start());
        int p = token.start() - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\u00A0')) {
            p--;
        }
        if (sentence == null || p < sentence.start()) {
            return true;
        }
        return "“‘\"'«„»(:—–".indexOf(text.charAt(p)) >= 0;
    }

    private void processRun(List<Token> run, boolean sentenceInitial) {
        if (run.size() == 1 && CONTROLLED_BY.matcher(run.get(0).text()).matches()) {
            return; // "Republican-led states": a party's hold names no actor
        }
        if (german() && GermanNameEnds.countedBefore(layout, run.get(0))) {
            return; // "auch wenn einzelne Grüne Bedenken angemeldet hätten": members counted, then a noun, no one's name
        }
        int held = run.get(0).text().equals("The") ? 1 : 0;
        if (run.size() > held + 1 && CONTROLLED_BY.matcher(run.get(held).text()).matches()) {
            run = run.subList(held + 1, run.size()); // "The Republican-led House Judiciary Committee": who runs a body is no part of its name
            sentenceInitial = false;
        }
        String partyRole = null;
        if (run.size() > held + 2 && lexicon.language().partyMembers.contains(run.get(held).text()) && lexicon.isGivenName(run.get(held + 1).text())) {
            // "Liberal Patrick Desrosiers", "Democrat Jane Roe said": the party before a given name is what the person is
            partyRole = run.get(held).text();
            run = run.subList(held + 1, run.size());
            sentenceInitial = false;
        }
        if (portfolios.namesPortfolio(run)) {
            run = portfolios.nameAfterPortfolio(run);
            if (run.isEmpty()) {
                return;
            }
            sentenceInitial = false;
        }
        if (registry.bodyWordBeforeSurname(run)) {
            run = run.subList(1, 2);
        }
        if (registry.linkedSurnameWithParticle(run)) {
            return; // "De Wit" after "Sanne de Wit"
        }
        int from = 0;
        if (sentenceInitial && run.size() > 1 && (evidence.occursInsideSentence(run) || lexicon.stateNamed(text.substring(run.get(0).start(),
                run.get(1).end())) != null)) {
            // "Whole Foods said …" after "the old Whole Foods building", "New Zealand said": the capital belongs to the name
            sentenceInitial = false;
        } else if (sentenceInitial && run.size() > 2 && CONNECTORS.contains(run.get(1).text())
                && run.get(0).text().endsWith("s") && !lexicon.isOrganisationWord(run.get(0).text())) {
            // "Lawyers for Granite Peak Mining said": the plural noun opening the sentence is no part of the name; but
            // "Americans for Lawful Immigration", "Families for Safer Skies" name a group by its members
            from = AGENTS_FOR.contains(run.get(0).text().toLowerCase(Locale.ROOT)) || !run.get(1).text().equals("for") ? 2 : 0;
            sentenceInitial = false;
        }
        // at a sentence's start a capital says nothing; inside one, only "The" is left off a name ("No 10" is a name)
        String whole = text.substring(run.get(0).start(), run.getLast().end());
        // ("The Hague argues": a capital whose name holds its article stands for its state)
        boolean listed = lexicon.knownOrganisation(whole) != null || run.get(0).text().equals("The") && lexicon.stateWithCapital(whole) != null;
        while (!listed && from < run.size() && !lexicon.isTitle(run.get(from).text())
                && (sentenceInitial && lexicon.isCommonWord(run.get(from).text()) && !personEvidence.givenNameOpening(run, from)
                || CONNECTORS.contains(run.get(from).text())
                || run.get(from).text().equals("The"))) {
            from++;
            sentenceInitial = false;
        }
        int to = run.size();
        while (to > from && CONNECTORS.contains(run.get(to - 1).text())) {
            to--;
        }
        if (from >= to) {
            return;
        }
        List<Token> words = run.subList(from, to);
        words = evidence.withoutPostNominal(words);
        if (lexicon.knownOrganisation(text.substring(words.get(0).start(), words.getLast().end())) != null) {
            classify(words, false, null, '-'); // "Grüne Jugend", "Junge Union": a listed body's first word is no one's title
            return;
        }
        String openingRole = null; // "Referee Carl Mendenhall": the word is the person's role
        if (sentenceInitial && openingWords.opensOnlyTheSentence(words)) {
            openingRole = openingWords.roleIn(words.get(0));
            words = words.subList(1, words.size());
            sentenceInitial = false;
        }
        if (RunShapes.officeOfTitle(lexicon, words)) { // (the title is the office's name's, not a person's role)
            String office = text.substring(words.get(0).start(), words.getLast().end());
            registry.addMention(words.get(0).start(), words.getLast().end(), registry.entity(office, ActorType.ORGANISATION), 0.8);
            return;
        }
        NameRoles.Role named = roles.titleOrNationality(words);
        if (named == null && evidence.allRoleWords(words)) {
            return;
        }
        if (named == null) {
            named = roles.germanRoleNouns(words);
        }
        String role = openingRole != null ? openingRole : partyRole;
        char titleGender = '-';
        if (named != null && english() && named.nameFrom() < words.size() && (CONNECTORS.contains(words.get(named.nameFrom()).text())
                || evidence.allRoleWords(words.subList(named.nameFrom(), words.size())))) {
            int given = portfolios.nameStartAfter(words, named.nameFrom());
            if (given < 0) {
                // "the Commissioner of Police", "his Chief Press Secretary": a title before more of a role is all role
                return;
            }
            // "State Secretary for Energy Jörg Lindemann", "Minister for Foreign Affairs Simon Harris": the portfolio
            // after the title is role too, up to the given name
            named = new NameRoles.Role(given, text.substring(words.get(0).start(), words.get(given - 1).end()), named.gender(), false);
        }
        if (named != null) {
            words = words.subList(named.nameFrom(), words.size());
            sentenceInitial = false;
            if (registry.linkedSurnameWithParticle(words)) {
                return; // "Ms Ní Bhriain" after "Mairéad Ní Bhriain"
            }
            if (named.company()) {
                // "der Autozulieferer Wendler Präzisionstechnik": the name is the company's
                registry.addMention(words.get(0).start(), words.getLast().end(),
                        registry.entity(text.substring(words.get(0).start(), words.getLast().end()), ActorType.ORGANISATION), 0.75);
                return;
            }
            role = named.text();
            titleGender = named.gender();
        }
        classify(words, sentenceInitial, role, titleGender);
    }

    /** "Polizeisprecher Christoph Brandenburg": a role, a given name and a surname that is also a place's name. */
    private boolean titledGivenName(List<Token> words, String role) {
        return role != null && words.size() == 2 && lexicon.isGivenName(words.get(0).text());
    }

    private void classify(List<Token> words, boolean sentenceInitial, String role, char titleGender) {
        Token first = words.get(0);
        Token last = words.getLast();
        String surface = text.substring(first.start(), last.end());
        ActorEntity whole = words.size() == 1 && role == null && lexicon.isOrganisationWord(surface)
                ? registry.organisationEndingWith(surface) : null;
        if (whole != null) {
            // "die Hornets" after "die Ravensberg Hornets", "United" after "Castlegate United"
            registry.addMention(first.start(), last.end(), whole, 0.7);
            return;
        }
        String afterNoun = role == null ? evidence.knownBodyAfterNoun(words) : null;
        if (afterNoun != null) {
            registry.addMention(first.start(), last.end(), registry.entity(afterNoun, ActorType.ORGANISATION), 0.9);
            return;
        }
        Span body = role == null ? evidence.compoundBody(words) : null;
        if (body != null) {
            // "Finanzministerium", "des Deutschen Städtetags", "Landgericht Augsburg": a compound ending in a body's word
            registry.addMention(body.start(), body.end(), registry.entity(text.substring(body.start(), body.end()), ActorType.ORGANISATION), 0.75);
            return;
        }
        String knownOrganisation = lexicon.knownOrganisation(surface);
        Lexicon.State state = lexicon.stateNamed(surface);
        if (knownOrganisation == null && words.size() > 1 && lexicon.stateNamed(first.text()) != null) {
            // "Kenya Red Cross": a national branch of a known organisation
            String rest = text.substring(words.get(1).start(), last.end());
            if (lexicon.knownOrganisation(rest) != null) {
                knownOrganisation = surface;
            }
        }
        if (knownOrganisation == null && state == null && english() && role == null && states.nationalBodyNamed(words, surface)) {
            knownOrganisation = surface; // "Local Government New Zealand said", "Tourism Australia said": a national body named for its country
        }
        boolean ampersand = knownOrganisation == null && surface.contains(" & ");
        if (ampersand) {
            // an ampersand joins the words of a firm's name, never two people ("der Unternehmensberatung Hallmann & Roeder":
            // whatever noun stands before it)
            knownOrganisation = surface;
        }
        if (knownOrganisation != null && (role == null || ampersand)) {
            registry.addMention(first.start(), last.end(), registry.entity(knownOrganisation, ActorType.ORGANISATION), 0.9);
        } else if (state != null && (role == null || words.size() == 1 && !lexicon.isGivenName(surface))) {
            // ("Als Vorbild nannte der CDU-Politiker Dänemark": a state's name after a role is the verb's object, no surname)
            registry.addMention(first.start(), last.end(), registry.entity(lexicon.nameOf(state), ActorType.STATE), 0.9);
        } else if (words.size() == 1 && first.isAcronym()) {
            acronyms.classify(first);
        } else if (personEvidence.initialsOpenName(words)) {
            registry.addPerson(first.start(), last.end(), surface, role, titleGender, 0.8); // "K.M. Vasudevan", "T.A. Shameer"
        } else if (first.isAcronym() && !lexicon.isNonActorAcronym(first.text()) && lexicon.stateNamed(first.text()) == null
                && words.stream().skip(1).noneMatch(Token::isAcronym)) {
            // "NHS England", "BBC News": an acronym leading a name makes an organisation ("Der SV Donautal" after "SV
            // Donautal Regensburg" is that club)
            ActorEntity named = registry.organisationStartingWith(surface);
            registry.addMention(first.start(), last.end(), named != null ? named : registry.entity(surface, ActorType.ORGANISATION), 0.7);
        } else if (english() && role == null && words.size() > 1 && evidence.bodyNounFollows(last)) {
            // "the United Food and Commercial Workers union", "the Pacific Hauling company": the noun after it says what it is
            registry.addMention(first.start(), last.end(), registry.entity(surface, ActorType.ORGANISATION), 0.75);
        } else if (RunShapes.andJoinsTwoNames(lexicon, words) > 0) {
            int and = RunShapes.andJoinsTwoNames(lexicon, words);
            processRun(words.subList(0, and), false);
            processRun(words.subList(and + 1, words.size()), false);
        } else if (evidence.isOrganisation(words) || !english() && words.size() > 1 && (lexicon.isOrganisationWord(first.text())
                        || german() && lexicon.isOrganisationWordInAnyCase(first.text())) // ("des Verbands Deutscher Verkehrsunternehmen")
                || !english() && role == null && evidence.describedAsBody(first)
                || english() && role == null && words.size() > 1 && (companyNouns.before(first) || companyNouns.after(last)
                        || companyNouns.employerAfterRole(first) && lexicon.stateNamed(surface) == null && !lexicon.isPlace(surface))
                || last.possessive() && role == null && evidence.corporateFollows(last)) {
            int from = german() ? evidence.bodyStartAfterGenitive(words) : first.start();
            registry.addMention(from, last.end(), registry.entity(text.substring(from, last.end()), ActorType.ORGANISATION), 0.8);
        } else if (RunShapes.hasSplittingConnector(words)) {
            splitAtConnectors(words);
        } else if (lexicon.stateWithCapital(surface) != null) {
            states.capitalIfActing(words, lexicon.stateWithCapital(surface));
        } else if (words.size() == 1 && lexicon.stateOfDemonym(surface) != null) {
            states.demonymForState(first, lexicon.stateOfDemonym(surface));
        } else if (words.size() == 1 && role == null && lexicon.isPlace(surface) && registry.personWithSurname(surface) != null
                && !evidence.afterPrepositionOrDeterminer(first)) {
            // "sagte Bielefeld" after "Trainer Marco Bielefeld": a surname that is also a town's is the person named before
            registry.addMention(first.start(), last.end(), registry.personWithSurname(surface), 0.8);
        } else if (!titledGivenName(words, role) && (lexicon.isPlace(surface) || lexicon.isPlace(last.text())) || lexicon.isPlaceWord(last.text()) && !evidence.particleName(words)
                        && !personEvidence.personNamedLikePlace(words)
                || words.size() == 1 && lexicon.language().isPlaceCompound(last.text()) || words.size() > 1 && lexicon.isPlacePrefix(first.text())
                || words.size() > 1 && lexicon.language().isPlaceCompound(first.text()) // ("Heerstraße Nord", a housing estate)
                || evidence.placeWordFollows(last) || personEvidence.afterModelYear(first) || personEvidence.nationalAfterThe(first)
                || lexicon.stateOfDemonym(first.text()) != null || isStateDemonym(words)) {
            return;
        } else if (words.size() > 1 && registry.organisationStartingWith(surface) != null) {
            // (a single word waits for the SingleNameResolver: "Besecker said" is Tom Besecker before Besecker Company)
            registry.addMention(first.start(), last.end(), registry.organisationStartingWith(surface), 0.7);
        } else if (words.stream().anyMatch(t -> !evidence.isMiddleInitial(words, t) && (lexicon.makesThingName(words, t) || t.isNumber()
                || t.isAcronym() || lexicon.isCommonWord(t.text()) && !lexicon.isGivenName(t.text()) && !personEvidence.surnameLikePronoun(words, t, sentenceInitial)))) {
            return;
        } else if (words.size() == 1) {
            pending.add(new SingleNameResolver.PendingWord(first, sentenceInitial, role, titleGender));
        } else if (german() && role == null && nameEnds.namesBodyByAdjective(words)) {
            registry.addMention(first.start(), last.end(), registry.entity(surface, ActorType.ORGANISATION), 0.7);
        } else if (german() && role == null && !lexicon.isGivenName(first.text())
                && (!evidence.isProperName(words) || GermanNameEnds.opensWithComparativeOrParticiple(words) || words.size() == 2 && (first.text().endsWith("er") || registry.genitiveOfPerson(first.text())
                    || lexicon.isPlace(first.text()) || personEvidence.articleBeforeGermanName(first)))
                && !(AgeBesideName.after(text, last.end()) != null && !"NOUN".equals(pos.tagOf(first)))) {
            // ("Wer in Sachsen Schule sagt": a place, then a noun; but "Bente Hansen (29)", with an age, is a person, though not "den Kindern Mia (6)")
            // ("des Plochinger Werks", "die Tiroler Bergrettung", "Haidingers Entwurf": a place's adjective in -er or a named
            // person's genitive opens no person's name.) German capitalises every noun ("Meter Tiefe", "Hamburger Hafen"):
            // a person needs a title, a given name or words the tagger reads as proper nouns
            return;
        } else if (english() && role == null && words.size() > 1 && personEvidence.pluralAfterThe(words)) {
            // "the Halfway Stars", "the Rolling Stones": no person's name takes "the", and a plural names the members
            registry.addMention(first.start(), last.end(), registry.entity(surface, ActorType.GROUP), 0.6);
        } else if (role == null && evidence.taggedWithoutProperNoun(words) && !lexicon.isGivenName(first.text())
                && !personEvidence.roleBefore(first) && !personEvidence.roleAfter(last)) {
            // "Northern Link", "Transport Focus": to the tagger no word of it is a proper noun, so it names no person (but
            // a role beside it or a title before it outweighs the tagger, which knows few names from outside Europe: "Lu Lanfang,
            // a spokesperson,", "housing spokesperson Senator Tully Ng saying")
            return;
        } else if (english() && role == null && evidence.namesGroupOf(words)) {
            registry.addMention(first.start(), last.end(), registry.entity(surface, ActorType.GROUP), 0.6);
        } else if (english() && role == null && !lexicon.isGivenName(first.text()) && evidence.afterPlacePreposition(first)
                && !personEvidence.describedAfterFrom(first, words.getLast())) {
            // "families in Cedar Rapids": after "in" or "near", two unknown capitalised words are a place, not a person
            // (unless used as one: "a mihi from Hineroa Paenga, who represents …")
            return;
        } else if ((english() || german()) && role == null && words.size() > 1 && !lexicon.isGivenName(first.text()) && !lexicon.isTitle(first.text())
                && !personEvidence.usedAsPerson(words)) {
            // "Mendip Vale", "Des Moines", "Copper Basin": no given name, and never used as a person's name is; but the
            // same words named as a body before are that body again ("the label, Cumberland Sound Records")
            ActorEntity before = registry.named(surface);
            if (before != null && before.type != ActorType.PERSON) {
                registry.addMention(first.start(), last.end(), before, 0.7);
            }
        } else if (words.stream().filter(w -> !NAME_PARTICLES.contains(w.text())).count() <= 4) {
            // (a name's particles do not count: "Khalid bin Hamad Al Harthi")
            List<Token> name = german() ? nameEnds.withoutTrailingCommonNouns(words) : words;
            Token end = name.getLast();
            int nameEnd = evidence.withInitialsStop(end);
            String written = registry.calledByNickname(text.substring(first.start(), nameEnd), NICKNAME);
            Token titleBefore = role == null && german() ? personEvidence.roleHeadBeforeComma(first, true) : null;
            // ("Der Präsident des Zentralverbands des Deutschen Handwerks, Bernd Kolbeck,": "der Präsident" later is he)
            registry.addPerson(first.start(), nameEnd, written, titleBefore != null ? titleBefore.text() : role, titleGender, 0.8);
        }
    }

    private boolean english() {
        return lexicon.languageCode().equals("en");
    }

    private boolean german() {
        return lexicon.languageCode().equals("de");
    }

    private void splitAtConnectors(List<Token> words) {
        int start = 0;
        for (int k = 0; k <= words.size(); k++) {
            if (k == words.size() || CONNECTORS.contains(words.get(k).text()) && !NAME_PARTICLES.contains(words.get(k).text())) {
                if (k > start) {
                    processRun(words.subList(start, k), false);
                }
                start = k + 1;
            }
        }
    }
}
