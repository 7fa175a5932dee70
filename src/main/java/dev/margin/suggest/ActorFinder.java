package dev.margin.suggest;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the actors an article names. Capitalised runs of words are classified by what the lexicon knows:
 * a title before a name makes a person with a role; an organisation word, a known organisation or an
 * acronym makes an organisation; the gazetteer makes states, and a capital followed by a verb stands
 * for its state ("Ottawa said"). Runs that are places, laws, events, months or sentence-initial words
 * are not actors. Single words are decided last: a surname joins the person whose full name has it.
 */
final class ActorFinder {
    /** Words that may join capitalised words inside one name ("Bank of England", "Ursula von der Leyen"). */
    private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "and", "on", "de", "du", "des", "la", "le",
            "van", "von", "der", "den", "bin", "al", "da", "dos", "del");
    /** Connectors that belong inside personal names; the others split a run that is no organisation. */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "du", "des", "la", "le", "van", "von", "der", "den",
            "bin", "al", "da", "dos", "del");
    /** Forms of address that say nothing of a role. */
    private static final Set<String> HONORIFICS = Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx");
    /** Nouns after a demonym that make it stand for the state ("the Nigerian government"). */
    private static final Set<String> STATE_NOUNS = Set.of("government", "authorities", "administration", "cabinet",
            "presidency", "military", "army", "navy", "embassy");
    /** Words after a capital showing it acts, so it stands for its government ("Ottawa said", "Beijing has"). */
    private static final Set<String> ACTING_WORDS = Set.of("said", "says", "has", "have", "had", "is", "was", "will",
            "would", "wants", "announced", "warned", "accused", "rejected", "denied", "insisted", "responded", "refused",
            "agreed", "signed", "demanded", "called", "urged", "condemned", "welcomed", "threatened", "vowed",
            "retaliated", "imposed", "recalled", "summoned", "expelled", "protested", "insists", "denies", "argues",
            "approved", "approves", "plans", "planned", "launched", "ordered", "blamed", "backed", "opposed", "offered",
            "defended", "sent", "deployed", "confirmed", "declined", "hopes", "fears", "believes");
    /** Descriptions that make the single name after them an organisation ("the electricity operator Iberdrola"). */
    private static final Set<String> ORGANISATION_DESCRIPTORS = Set.of("operator", "company", "firm", "group", "agency",
            "broadcaster", "newspaper", "carrier", "airline", "bank", "lender", "insurer", "retailer", "manufacturer",
            "producer", "utility", "regulator", "giant", "maker", "startup", "charity", "network", "platform", "outlet",
            "publisher", "developer", "supplier", "provider", "chain", "club", "institute", "organisation", "organization",
            "party", "union", "ngo", "watchdog");
    private final Lexicon lexicon;
    private final TextLayout layout;
    private final String text;
    private final BitSet excluded;
    private final KnownActors known;
    private final Map<Actor, ActorEntity> knownEntities = new HashMap<>();
    private final Map<String, ActorEntity> entities = new HashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<PendingWord> pending = new ArrayList<>();

    private record PendingWord(Token token, boolean sentenceInitial, String role, char gender) {
    }

    /**
     * @param excluded offsets where no actor is looked for (headlines, titles in quotation marks)
     */
    ActorFinder(Lexicon lexicon, TextLayout layout, BitSet excluded, List<Actor> knownActors) {
        this.lexicon = lexicon;
        this.layout = layout;
        this.text = layout.text;
        this.excluded = excluded;
        this.known = new KnownActors(knownActors);
    }

    ActorIndex find() {
        List<Token> tokens = layout.tokens;
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (excluded.get(token.start())) {
                i++;
                continue;
            }
            KnownActors.Match match = known.isEmpty() ? null : known.matchAt(tokens, i);
            if (match != null) {
                Token last = tokens.get(i + match.tokenCount() - 1);
                addMention(token.start(), last.end(), knownEntity(match.actor()), 0.95);
                i += match.tokenCount();
                continue;
            }
            if (!token.isCapitalised() || token.isNumber()) {
                i++;
                continue;
            }
            int end = runEnd(tokens, i);
            processRun(tokens.subList(i, end + 1), isSentenceInitial(token));
            i = end + 1;
        }
        resolvePending();
        mentions.sort(Comparator.comparingInt(Mention::start));
        return new ActorIndex(mentions, layout);
    }

    private ActorEntity knownEntity(Actor actor) {
        return knownEntities.computeIfAbsent(actor, a -> {
            ActorEntity entity = new ActorEntity(a.name(), a.type(), a.id() > 0 ? a.id() : null);
            entity.learnRole(a.description().isBlank() ? null : a.description());
            if (a.type() == ActorType.PERSON) {
                entity.learnGender(lexicon.nameGender(entity.givenName()));
            }
            entities.putIfAbsent(a.name().toLowerCase(Locale.ROOT), entity);
            return entity;
        });
    }

    /** The index of the last token of the capitalised run starting at {@code start}. */
    private int runEnd(List<Token> tokens, int start) {
        int end = start;
        while (end + 1 < tokens.size()) {
            Token current = tokens.get(end);
            Token next = tokens.get(end + 1);
            if (current.possessive() && next.isCapitalised() && lexicon.isOrganisationWord(next.text())
                    && next.start() - current.end() == 3 && !excluded.get(next.start())) {
                // "the Progressive People's Party", "Great Ormond Street Children's Hospital"
                end++;
                continue;
            }
            if (current.possessive() || !joined(current, next) || excluded.get(next.start())) {
                break;
            }
            if (next.isCapitalised() && !next.isNumber()) {
                end++;
            } else if (CONNECTORS.contains(next.text()) && end + 2 < tokens.size() && joined(next, tokens.get(end + 2))
                    && tokens.get(end + 2).isCapitalised() && !next.possessive()) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    private boolean joined(Token a, Token b) {
        if (b.start() - a.end() != 1) {
            return false;
        }
        char gap = text.charAt(a.end());
        return gap == ' ' || gap == '\u00A0' || gap == '-';
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
        int from = 0;
        // at a sentence's start a capital says nothing; inside one, only "The" is left off a name
        while (from < run.size() && !lexicon.isTitle(run.get(from).text())
                && (sentenceInitial && lexicon.isCommonWord(run.get(from).text()) || CONNECTORS.contains(run.get(from).text())
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
        if (sentenceInitial && words.size() > 1 && isSentenceOpener(words.get(0))) {
            // "Neighbouring Tanzania", "Embattled Acme Ltd": a capitalised adjective opening the sentence
            words = words.subList(1, words.size());
            sentenceInitial = false;
        }
        int title = titleIndex(words);
        String role = null;
        char titleGender = '-';
        if (title >= 0) {
            role = title == 0 && HONORIFICS.contains(words.get(0).text()) ? null
                    : text.substring(words.get(0).start(), words.get(title).end());
            titleGender = lexicon.titleGender(words.get(title).text());
            words = words.subList(title + 1, words.size());
            sentenceInitial = false;
        } else if (allRoleWords(words)) {
            return;
        }
        classify(words, sentenceInitial, role, titleGender);
    }

    private boolean isSentenceOpener(Token word) {
        String w = word.text();
        return !lexicon.isGivenName(w) && !lexicon.isTitle(w) && !lexicon.isRoleModifier(w)
                && (w.endsWith("ing") || w.endsWith("ed") || w.endsWith("ly"));
    }

    /** The last title word that is followed by one to four name words, or -1. */
    private int titleIndex(List<Token> words) {
        for (int k = words.size() - 2; k >= 0; k--) {
            if (!lexicon.isTitle(words.get(k).text())) {
                continue;
            }
            List<Token> rest = words.subList(k + 1, words.size());
            if (rest.size() > 4) {
                return -1;
            }
            for (Token t : rest) {
                if (lexicon.isTitle(t.text()) || lexicon.isOrganisationWord(t.text()) || lexicon.isNonPersonWord(t.text())
                        || CONNECTORS.contains(t.text()) && !NAME_PARTICLES.contains(t.text())) {
                    return -1;
                }
            }
            return k;
        }
        return -1;
    }

    /** "Prime Minister", "Deputy Health Secretary": a role with nobody named. */
    private boolean allRoleWords(List<Token> words) {
        boolean title = false;
        for (Token t : words) {
            if (!lexicon.isTitle(t.text()) && !lexicon.isRoleModifier(t.text())) {
                return false;
            }
            title |= lexicon.isTitle(t.text());
        }
        return title;
    }

    private void classify(List<Token> words, boolean sentenceInitial, String role, char titleGender) {
        Token first = words.get(0);
        Token last = words.get(words.size() - 1);
        String surface = text.substring(first.start(), last.end());
        String knownOrganisation = lexicon.knownOrganisation(surface);
        Lexicon.State state = lexicon.stateNamed(surface);
        if (knownOrganisation == null && words.size() > 1 && lexicon.stateNamed(first.text()) != null) {
            // "Kenya Red Cross": a national branch of a known organisation
            String rest = text.substring(words.get(1).start(), last.end());
            if (lexicon.knownOrganisation(rest) != null) {
                knownOrganisation = surface;
            }
        }
        if (knownOrganisation != null && role == null) {
            addMention(first.start(), last.end(), entity(knownOrganisation, ActorType.ORGANISATION), 0.9);
        } else if (state != null && role == null) {
            addMention(first.start(), last.end(), entity(state.name(), ActorType.STATE), 0.9);
        } else if (words.size() == 1 && first.isAcronym()) {
            classifyAcronym(first);
        } else if (first.isAcronym() && !lexicon.isNonActorAcronym(first.text()) && lexicon.stateNamed(first.text()) == null
                && words.stream().skip(1).noneMatch(Token::isAcronym)) {
            // "NHS England", "BBC News": an acronym leading a name makes an organisation
            addMention(first.start(), last.end(), entity(surface, ActorType.ORGANISATION), 0.7);
        } else if (andJoinsTwoNames(words) > 0) {
            int and = andJoinsTwoNames(words);
            processRun(words.subList(0, and), false);
            processRun(words.subList(and + 1, words.size()), false);
        } else if (isOrganisation(words)) {
            addMention(first.start(), last.end(), entity(surface, ActorType.ORGANISATION), 0.8);
        } else if (hasSplittingConnector(words)) {
            splitAtConnectors(words);
        } else if (lexicon.stateWithCapital(surface) != null) {
            if (acts(last)) {
                addMention(first.start(), last.end(), entity(lexicon.stateWithCapital(surface).name(), ActorType.STATE), 0.75);
            }
        } else if (words.size() == 1 && lexicon.stateOfDemonym(surface) != null) {
            demonymForState(first, lexicon.stateOfDemonym(surface));
        } else if (lexicon.isPlace(surface) || lexicon.isPlace(last.text()) || lexicon.isPlaceWord(last.text())
                || lexicon.stateOfDemonym(first.text()) != null) {
            return;
        } else if (organisationStartingWith(surface) != null) {
            addMention(first.start(), last.end(), organisationStartingWith(surface), 0.7);
        } else if (words.stream().anyMatch(t -> lexicon.isNonPersonWord(t.text()) || t.isNumber() || t.isAcronym()
                || lexicon.isCommonWord(t.text()) && !lexicon.isGivenName(t.text()))) {
            return;
        } else if (words.size() == 1) {
            pending.add(new PendingWord(first, sentenceInitial, role, titleGender));
        } else if (words.size() <= 4) {
            addPerson(first.start(), last.end(), surface, role, titleGender, 0.8);
        }
    }

    /** A known organisation whose name begins with {@code words} ("Acme" for "Acme Renewables Ltd"), or null. */
    private ActorEntity organisationStartingWith(String words) {
        String prefix = words.toLowerCase(Locale.ROOT) + " ";
        ActorEntity found = null;
        for (ActorEntity e : entities.values()) {
            if (e.type == ActorType.ORGANISATION && e.name.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                if (found != null && found != e) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    private void classifyAcronym(Token acronym) {
        String word = acronym.text();
        if (lexicon.isNonActorAcronym(word)) {
            return;
        }
        String titleCase = word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
        if (word.length() > 4 && (lexicon.isPlace(titleCase) || lexicon.stateWithCapital(titleCase) != null
                || lexicon.stateNamed(titleCase) != null)) {
            // a dateline ("LAGOS, March 3") names where the story was filed, not who acts in it
            return;
        }
        Lexicon.State state = lexicon.stateNamed(word);
        if (state != null) {
            addMention(acronym.start(), acronym.end(), entity(state.name(), ActorType.STATE), 0.85);
            return;
        }
        // "World Health Organization (WHO)": the acronym is another name of the organisation just before it
        if (acronym.start() >= 2 && text.charAt(acronym.start() - 1) == '(' && !mentions.isEmpty()) {
            Mention previous = mentions.get(mentions.size() - 1);
            if (previous.end() == acronym.start() - 2 && previous.entity().type == ActorType.ORGANISATION) {
                entities.putIfAbsent(word.toLowerCase(Locale.ROOT), previous.entity());
                addMention(acronym.start(), acronym.end(), previous.entity(), 0.85);
                return;
            }
        }
        ActorEntity existing = entities.get(word.toLowerCase(Locale.ROOT));
        addMention(acronym.start(), acronym.end(), existing != null ? existing : entity(word, ActorType.ORGANISATION), 0.7);
    }

    /** The index of an "and" after a complete organisation name ("Lagos State University and Acme Ltd"), or -1. */
    private int andJoinsTwoNames(List<Token> words) {
        for (int k = 1; k + 1 < words.size(); k++) {
            if (words.get(k).text().equals("and") && lexicon.isOrganisationWord(words.get(k - 1).text())) {
                return k;
            }
        }
        return -1;
    }

    private boolean isOrganisation(List<Token> words) {
        if (lexicon.isOrganisationWord(words.get(words.size() - 1).text()) && words.size() > 1) {
            return true;
        }
        for (int k = 0; k + 2 < words.size(); k++) {
            // "Ministry of Finance", "National Bureau of Statistics", "Department for Transport"
            if (lexicon.isOrganisationWord(words.get(k).text()) && CONNECTORS.contains(words.get(k + 1).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSplittingConnector(List<Token> words) {
        return words.stream().anyMatch(t -> CONNECTORS.contains(t.text()) && !NAME_PARTICLES.contains(t.text()));
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

    private boolean acts(Token last) {
        int next = layout.firstTokenFrom(last.end());
        if (next >= layout.tokens.size() || last.possessive()) {
            return false;
        }
        Token after = layout.tokens.get(next);
        return layout.onlySpacesBetween(last.end(), after.start()) && ACTING_WORDS.contains(after.text());
    }

    private void demonymForState(Token demonym, Lexicon.State state) {
        int next = layout.firstTokenFrom(demonym.end());
        if (next < layout.tokens.size()) {
            Token noun = layout.tokens.get(next);
            if (layout.onlySpacesBetween(demonym.end(), noun.start()) && STATE_NOUNS.contains(noun.text())) {
                addMention(demonym.start(), noun.end(), entity(state.name(), ActorType.STATE), 0.75);
            }
        }
    }

    private ActorEntity entity(String name, ActorType type) {
        return entities.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ActorEntity(name, type, null));
    }

    private void addPerson(int start, int end, String name, String titleRole, char titleGender, double confidence) {
        ActorEntity person = entities.get(name.toLowerCase(Locale.ROOT));
        if (person == null) {
            person = new ActorEntity(name, ActorType.PERSON, null);
            entities.put(name.toLowerCase(Locale.ROOT), person);
        }
        person.learnGender(titleGender);
        person.learnGender(lexicon.nameGender(person.givenName()));
        person.learnRole(titleRole);
        person.learnRole(RoleFinder.roleBefore(layout, start));
        person.learnRole(RoleFinder.appositionAfter(layout, end));
        addMention(start, end, person, confidence);
    }

    private void addMention(int start, int end, ActorEntity entity, double confidence) {
        mentions.add(new Mention(start, end, entity, confidence));
    }

    /** Decides single capitalised words once every full name is known, so a surname joins its person. */
    private void resolvePending() {
        Map<String, List<ActorEntity>> bySurname = new HashMap<>();
        for (ActorEntity e : entities.values()) {
            if (e.type == ActorType.PERSON && e.name.indexOf(' ') > 0) {
                bySurname.computeIfAbsent(e.surname(), k -> new ArrayList<>()).add(e);
            }
        }
        for (PendingWord word : pending) {
            Token token = word.token();
            List<ActorEntity> people = bySurname.get(token.text());
            if (people != null) {
                ActorEntity person = nearestBefore(people, token.start());
                person.learnGender(word.gender());
                addMention(token.start(), token.end(), person, 0.8);
            } else if (lexicon.isGivenName(token.text()) || lexicon.isCommonWord(token.text())) {
                continue;
            } else if (organisationStartingWith(token.text()) != null) {
                addMention(token.start(), token.end(), organisationStartingWith(token.text()), 0.7);
            } else if (isPluralGroup(token.text())) {
                if (RoleFinder.reportingVerbFollows(layout, lexicon, token)) {
                    addMention(token.start(), token.end(), entity(token.text(), ActorType.GROUP), 0.5);
                }
            } else if (lexicon.isOrganisationWord(token.text()) && afterThe(token)) {
                addMention(token.start(), token.end(), entity(token.text(), ActorType.ORGANISATION), 0.6);
            } else if (describedAsOrganisation(token)) {
                addMention(token.start(), token.end(), entity(token.text(), ActorType.ORGANISATION), 0.6);
            } else if (word.role() != null || !word.sentenceInitial() && RoleFinder.reportingVerbFollows(layout, lexicon, token)) {
                addPerson(token.start(), token.end(), token.text(), word.role(), word.gender(), 0.6);
            } else if (word.sentenceInitial() && RoleFinder.reportingVerbFollows(layout, lexicon, token)) {
                addPerson(token.start(), token.end(), token.text(), null, '-', 0.5);
            }
        }
    }

    /** "Republicans", "Democrats", "Palestinians": a party's or a people's members as one group. */
    private boolean isPluralGroup(String word) {
        if (word.length() < 5 || !word.endsWith("s")) {
            return false;
        }
        return word.endsWith("ans") || word.endsWith("ats") || word.endsWith("ists") || word.endsWith("ives")
                || lexicon.stateOfDemonym(word.substring(0, word.length() - 1)) != null;
    }

    /** "the Senate", "the Pentagon": an institution named by one word after "the". */
    private boolean afterThe(Token token) {
        int index = layout.firstTokenFrom(token.start()) - 1;
        return index >= 0 && layout.tokens.get(index).text().equalsIgnoreCase("the")
                && layout.onlySpacesBetween(layout.tokens.get(index).end(), token.start());
    }

    /** "the electricity operator Iberdrola", "according to Eurostat": the word before says it is an organisation. */
    private boolean describedAsOrganisation(Token token) {
        int index = layout.firstTokenFrom(token.start()) - 1;
        if (index < 0) {
            return false;
        }
        Token before = layout.tokens.get(index);
        boolean accordingTo = before.text().equals("to") && index > 0 && layout.tokens.get(index - 1).text().equalsIgnoreCase("according");
        return before.isLowerCase() && layout.onlySpacesBetween(before.end(), token.start())
                && (ORGANISATION_DESCRIPTORS.contains(before.text()) || accordingTo);
    }

    /** Of several people sharing a surname, the one named most recently before {@code offset}. */
    private ActorEntity nearestBefore(List<ActorEntity> people, int offset) {
        ActorEntity best = people.get(0);
        int bestEnd = -1;
        for (Mention m : mentions) {
            if (people.contains(m.entity()) && m.end() <= offset && m.end() > bestEnd) {
                best = m.entity();
                bestEnd = m.end();
            }
        }
        return best;
    }
}
