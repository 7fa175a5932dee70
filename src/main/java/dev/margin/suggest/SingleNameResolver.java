package dev.margin.suggest;

import dev.margin.domain.ActorType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides what a single capitalised word is, once every full name in the article is known: a surname
 * joins the person whose full name ends with it ("Okafor" after "Adaeze Okafor"), a first word joins
 * its organisation ("Acme"), "Republicans" before "said" is a group, "the Senate" an institution, "the
 * operator Iberdrola" an organisation, and an unknown word before a reporting verb a person. Any other
 * single word (a place, a month, a word opening a sentence) is no actor.
 */
final class SingleNameResolver {
    /** A single capitalised word waiting for the whole article to be read. */
    record PendingWord(Token token, boolean sentenceInitial, String role, char gender) {
    }

    /** Descriptions that make the single name after them an organisation ("the electricity operator Iberdrola"). */
    static final Set<String> ORGANISATION_DESCRIPTORS = Set.of("operator", "company", "firm", "group", "agency",
            "broadcaster", "newspaper", "carrier", "airline", "bank", "lender", "insurer", "retailer", "manufacturer",
            "producer", "utility", "regulator", "giant", "maker", "startup", "charity", "network", "platform", "outlet",
            "publisher", "developer", "supplier", "provider", "chain", "club", "institute", "organisation", "organization",
            "party", "union", "ngo", "watchdog", "start-up", "fintech", "app", "label", "automaker", "carmaker", "brand", "studio", "registry");

    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "at", "from", "to", "near", "into", "across",
            "outside", "inside", "around", "towards", "toward");

    private final Lexicon lexicon;
    private final TextLayout layout;
    private final ActorRegistry registry;
    private final OneWordNames oneWord;

    SingleNameResolver(Lexicon lexicon, TextLayout layout, ActorRegistry registry) {
        this.oneWord = new OneWordNames(lexicon, layout);
        this.lexicon = lexicon;
        this.layout = layout;
        this.registry = registry;
    }

    /**
     * "Paramedic tells royal commission …" heading a story that names "Paramedic Daniel Kowalczyk": in the headline a
     * role alone before its verb is the first person the story gives it ("paramedic Jess Tran" at the end is not); null
     * elsewhere or when nobody holds it.
     */
    private ActorEntity holderOfHeadlineRole(Token token) {
        Sentence sentence = layout.sentenceAt(token.start());
        if (sentence == null || sentence.paragraph() != 0) {
            return null;
        }
        return registry.mentions().stream().map(Mention::entity)
                .filter(e -> e.type == ActorType.PERSON && token.text().equalsIgnoreCase(e.role)).findFirst().orElse(null);
    }

    void resolve(List<PendingWord> pending) {
        Map<String, List<ActorEntity>> bySurname = new HashMap<>();
        for (ActorEntity e : registry.entities()) {
            if (e.type == ActorType.PERSON && e.name.indexOf(' ') > 0 && !bySurname.getOrDefault(e.surname(), List.of()).contains(e)) {
                bySurname.computeIfAbsent(e.surname(), k -> new ArrayList<>()).add(e);
            }
        }
        Set<String> storms = oneWord.stormNames();
        for (PendingWord word : pending) {
            ActorEntity groupsBody; // (set where the plural is read as a body's people, below)
            Token token = word.token();
            String name = token.text();
            if (storms.contains(name)) {
                continue; // "Tobias weakened to a Category 2 hurricane" after "Hurricane Tobias": a storm, no person
            }
            if (oneWord.addressedByRole(word.token().text(), word.role())) {
                continue; // "Herr Kollege", "Frau Präsidentin": a German form of address with a role, no one's name
            }
            if (oneWord.germanKindOfCompany(name, word.role())) {
                continue; // "für einen Schweizer Pharmakonzern", "Verkehrsunternehmen warnen": a kind of company is nobody's name
            }
            ActorEntity bodyEndingWith = oneWord.germanBodyEndingWith(token, registry);
            if (bodyEndingWith != null) {
                registry.addMention(token.start(), token.end(), bodyEndingWith, 0.7);
                continue;
            }
            List<ActorEntity> people = bySurname.get(name);
            if (people == null && name.length() == 1 && layout.text.startsWith(".", token.end())) {
                people = bySurname.get(name + "."); // "Herr K." after "Detlef K.": the initial a report shortens him to
            }
            if (people == null && ("Sir".equals(word.role()) || "Dame".equals(word.role()))) {
                // "Sir Julian" after "Sir Julian Thorne": a knight is called by his given name
                people = personsFirstNamed(name).toList();
                people = people.isEmpty() ? null : people;
            }
            if (people == null && !lexicon.isGivenName(name) && registry.organisationStartingWith(name) == null) {
                // "Zhou" after "Chinese Foreign Minister Zhou Minghao": a name written family name first is shortened to its
                // first word (only for someone introduced with a role: "Brightwater" after a company read as a person is not)
                people = personsFirstNamed(name).filter(e -> e.name.indexOf(' ') > 0 && e.role != null
                        && !lexicon.isOrganisationWord(e.surname())).toList();
                people = people.size() == 1 ? people : null;
            }
            // "the port of Joal say": a word after a preposition is no subject of the verb after it
            boolean reports = RoleFinder.reportingVerbFollows(layout, lexicon, token) && !afterPreposition(token);
            ActorEntity roleHolder = people == null && reports ? holderOfHeadlineRole(token) : null;
            if (roleHolder != null) {
                registry.addMention(token.start(), token.end(), roleHolder, 0.6);
                continue;
            }
            if (people != null) {
                ActorEntity titled = people.size() > 1 ? oneWithTitleOrSex(people, word) : null;
                ActorEntity person = titled != null ? titled : nearestBefore(people, token.start());
                person.learnGender(word.gender());
                registry.addMention(token.start(), token.end(), person, 0.8);
            } else if (lexicon.isGivenName(name) && !lexicon.isCommonWord(name) && lexicon.stateNamed(name) == null) {
                givenNameAlone(word, reports);
            } else if (registry.organisationStartingWith(name) != null) {
                registry.addMention(token.start(), token.end(), registry.organisationStartingWith(name), 0.7);
            } else if ((isPluralOfPost(name) || isPluralGroup(name)) && (groupsBody = UnnamedSpeakers.bodyOfGroup(registry.mentions(), layout.text, token)) != null) {
                // "Inspectors said" after "Ofsted inspectors found": the body's people, for whom the body speaks
                registry.addMention(token.start(), token.end(), groupsBody, 0.5);
            } else if (isPluralOfPost(name)) {
                // "told MSPs at Holyrood", "TDs voted": the members of a house, a group, never one person
                if (reports) {
                    registry.addMention(token.start(), token.end(), registry.entity(name, ActorType.GROUP), 0.5);
                }
            } else if (word.sentenceInitial() && name.endsWith("s") && lexicon.isAnonymousHead(name) && !lexicon.languageCode().equals("de")) {
                // "Campaigners said …": a plural source noun capitalised only by opening its sentence, unnamed people
                continue;
            } else if (isPluralGroup(name)) {
                if (reports) {
                    registry.addMention(token.start(), token.end(), registry.entity(name, ActorType.GROUP), 0.5);
                }
            } else if (lexicon.isOrganisationWord(name) && afterThe(token) && registry.organisationWithWord(name) != null) {
                // "the Corps said" after "the U.S. Army Corps of Engineers": the body's own word for itself
                registry.addMention(token.start(), token.end(), registry.organisationWithWord(name), 0.7);
            } else if (lexicon.isOrganisationWord(name) && afterThe(token) || describedAsOrganisation(token)
                    || describedAsOrganisationElsewhere(name)) {
                registry.addMention(token.start(), token.end(), registry.entity(name, ActorType.ORGANISATION), 0.6);
            } else if (reports && word.role() == null && lexicon.isOrganisationWord(name) && !lexicon.languageCode().equals("de")) {
                // "Cabinet agreed the policy", "Parliament voted": a body's word that acts names the body, not a person
                registry.addMention(token.start(), token.end(), registry.entity(name, ActorType.ORGANISATION), 0.5);
            } else if (reports && word.role() == null && capitalisedCompound(name)) {
                // "Météo-France", "Radio-Canada": a person's one word is not two capitalised halves
                registry.addMention(token.start(), token.end(), registry.entity(name, ActorType.ORGANISATION), 0.6);
            } else if (word.role() != null && !pluralRoleBeforeNoun(token) || reports && !lexicon.languageCode().equals("de") || agedAlone(token)
                    || oneWord.givenAsFirstName(token)) {
                // a German capital says nothing (every noun has one): a single word is a person only after a title
                registry.addPerson(token.start(), token.end(), name, word.role(), word.gender(), word.sentenceInitial() ? 0.5 : 0.6);
            }
        }
    }

    /**
     * "Dr. Vail" in an obituary that names her husband Thomas Vail and her son Daniel Vail after "Dr. Corinne Vail": of
     * several people with the surname, the one the same title introduced, else the only one of the title's sex; null
     * when that does not single one out.
     */
    private static ActorEntity oneWithTitleOrSex(List<ActorEntity> people, PendingWord word) {
        List<ActorEntity> titled = word.role() == null ? List.of()
                : people.stream().filter(e -> word.role().equalsIgnoreCase(e.role)).toList();
        if (titled.size() == 1) {
            return titled.get(0);
        }
        List<ActorEntity> sameSex = word.gender() == 'M' || word.gender() == 'F'
                ? people.stream().filter(e -> e.gender == word.gender()).toList() : List.of();
        return sameSex.size() == 1 ? sameSex.get(0) : null;
    }

    /** ", 71, " or ", a 71-year-old" after the word: an age set off, so a person named by one name ("Theresia, 71, wohnt …"). */
    private static final java.util.regex.Pattern AGE_SET_OFF = java.util.regex.Pattern.compile("^, (?:an? )?(\\d{1,3})(?:, |-year-old\\b)");

    private boolean agedAlone(Token token) {
        // (", 24," or ", a 24-year-old": "Yonas, a 24-year-old from Eritrea, told The Independent")
        String after = layout.text.substring(token.end(), Math.min(layout.text.length(), token.end() + 20));
        java.util.regex.Matcher age = AGE_SET_OFF.matcher(after);
        return age.find() && Integer.parseInt(age.group(1)) <= 110 && !lexicon.isCommonWord(token.text())
                && lexicon.stateNamed(token.text()) == null && !afterPreposition(token);
    }

    /**
     * A given name standing alone: the person named in full with it before ("Sabine" after "Sabine Lorenz"), else, in a
     * reportage that names people by their given name only ("Sabine arbeitet seit 24 Jahren …", "Deniz, 29, …", "Der
     * 61-jährige Jürgen"), that person, when the word is the subject of a verb, has an age or speaks.
     */
    private void givenNameAlone(PendingWord word, boolean reports) {
        Token token = word.token();
        String name = token.text();
        List<ActorEntity> named = personsFirstNamed(name).filter(e -> e.name.indexOf(' ') > 0).distinct().toList();
        if (!named.isEmpty()) {
            registry.addMention(token.start(), token.end(), nearestBefore(named, token.start()), 0.6);
            return;
        }
        if (layout.quoteAt(token.start()) != null && oneWord.onlyInQuotes(name)) {
            return; // „Mia san ned gega d’Umwelt“: a given name that only speakers use, in dialect or not, is no one of the story
        }
        String after = layout.text.substring(token.end(), Math.min(layout.text.length(), token.end() + 6));
        int index = layout.firstTokenFrom(token.start());
        Token before = index > 0 ? layout.tokens.get(index - 1) : null;
        Token next = index + 1 < layout.tokens.size() ? layout.tokens.get(index + 1) : null;
        boolean aged = AgeBesideName.after(layout.text, token.end()) != null || AgeBesideName.before(layout.text, token.start()) != null;
        boolean subject = word.sentenceInitial() && next != null && next.isLowerCase() && layout.onlySpacesBetween(token.end(), next.start())
                && !lexicon.language().prepositions.contains(next.text()) && !afterPreposition(token) && !frontedBeforeEs(index);
        // "said Priya, whose husband …", "Donald, a crofter at Balephuil who …, said": a first name the verb or a description names
        boolean saidBefore = before != null && before.isLowerCase() && lexicon.reportingVerb(before.text()) != null
                && layout.onlySpacesBetween(before.end(), token.start());
        boolean described = lexicon.languageCode().equals("en") && (after.startsWith(", a ") || after.startsWith(", an "))
                || lexicon.languageCode().equals("de") && (after.startsWith(", die ") || after.startsWith(", der ")) // "Jana, die …"
                && !afterPreposition(token) && (word.sentenceInitial() || before == null || !before.isLowerCase()); // (not "ins Tal, der …")
        if (aged || subject || reports || saidBefore || described || oneWord.givenAsFirstName(token)) {
            registry.addPerson(token.start(), token.end(), name, word.role(), word.gender(), 0.5);
        }
    }

    /** German verbs of being before "es" in a sentence that opens with what it became: "Ernst wurde es", "Still war es". */
    private static final java.util.Set<String> BECAME = java.util.Set.of("wurde", "wird", "war", "ist", "bleibt", "blieb");

    /** "Ernst wurde es, als …": the word opening the sentence is an adjective the sentence is about, not a given name. */
    private boolean frontedBeforeEs(int index) {
        return lexicon.languageCode().equals("de") && index + 2 < layout.tokens.size()
                && BECAME.contains(layout.tokens.get(index + 1).text()) && layout.tokens.get(index + 2).text().equals("es");
    }

    /** The persons whose name opens with {@code word}: a given name, or a family name written first. */
    private java.util.stream.Stream<ActorEntity> personsFirstNamed(String word) {
        return registry.entities().stream().filter(e -> e.type == ActorType.PERSON && word.equals(e.givenName()));
    }

    private static boolean capitalisedCompound(String word) {
        int hyphen = word.indexOf('-');
        return hyphen > 1 && hyphen < word.length() - 2 && Character.isUpperCase(word.charAt(0))
                && Character.isUpperCase(word.charAt(hyphen + 1));
    }

    /**
     * "hätten Gutachter Risse in den Stahlträgern festgestellt": a German role word after a plural verb, before a noun the
     * article never uses again and a preposition, is a plural subject and its object, not a title and a surname (unlike
     * "stellte sich Kapitän Vogl vor seinen Trainer").
     */
    private boolean pluralRoleBeforeNoun(Token token) {
        int next = layout.firstTokenFrom(token.end());
        int verb = layout.firstTokenFrom(token.start()) - 2; // (the plural verb before the role word: "hätten", "haben")
        return lexicon.languageCode().equals("de") && next < layout.tokens.size() && layout.tokens.get(next).isLowerCase()
                && verb >= 0 && layout.tokens.get(verb).isLowerCase() && layout.tokens.get(verb).text().endsWith("en")
                && lexicon.language().prepositions.contains(layout.tokens.get(next).text())
                && layout.text.indexOf(token.text(), token.end()) < 0 && layout.text.lastIndexOf(token.text(), token.start() - 1) < 0;
    }

    private boolean afterPreposition(Token token) {
        int index = layout.firstTokenFrom(token.start()) - 1;
        String before = index >= 0 ? layout.tokens.get(index).text() : "";
        // "Un commerciante di Sampierdarena ha detto", "Um agricultor de Odemira contou": where the speaker is from
        return index >= 0 && (PREPOSITIONS.contains(before) || lexicon.language().prepositions.contains(before.toLowerCase(Locale.ROOT)))
                && layout.onlySpacesBetween(layout.tokens.get(index).end(), token.start());
    }

    /** "MPs", "MSPs", "TDs", "Senators": the plural of a title or post-nominal. */
    private boolean isPluralOfPost(String word) {
        return word.length() >= 3 && word.endsWith("s") && lexicon.isTitle(word.substring(0, word.length() - 1))
                || isPluralOfPostNominal(lexicon, word);
    }

    /** "MPs", "TDs", "MSPs": the plural of a post-nominal, the members of a house. */
    static boolean isPluralOfPostNominal(Lexicon lexicon, String word) {
        return word.length() >= 3 && word.endsWith("s") && lexicon.language().postNominals.contains(word.substring(0, word.length() - 1));
    }

    /** "Republicans", "Democrats", "Palestinians": a party's or a people's members as one group. */
    private boolean isPluralGroup(String word) {
        if (word.length() < 5 || !word.endsWith("s")) {
            return false;
        }
        // (German members' plurals end in -en; "des Landesrats" is a genitive, no group)
        return hasMembersEnding(word) && !lexicon.languageCode().equals("de") || lexicon.stateOfDemonym(word.substring(0, word.length() - 1)) != null;
    }

    /** The ending of a plural of members: "Republicans", "Democrats", "Socialists", "Conservatives". */
    static boolean hasMembersEnding(String word) {
        return word.endsWith("ans") || word.endsWith("ats") || word.endsWith("ists") || word.endsWith("ives");
    }

    /** "the Senate", "the Pentagon": an institution named by one word after "the". */
    private boolean afterThe(Token token) {
        int index = layout.firstTokenFrom(token.start()) - 1;
        return index >= 0 && layout.tokens.get(index).text().equalsIgnoreCase("the")
                && layout.onlySpacesBetween(layout.tokens.get(index).end(), token.start());
    }

    /**
     * "Rent start-up Leasewell" in the headline, "Leasewell said" below: a word the article once introduces with a
     * company noun is that company wherever it stands alone.
     */
    private boolean describedAsOrganisationElsewhere(String word) {
        return describedWords.computeIfAbsent(word, w -> {
            String text = layout.text;
            for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
                int end = at + w.length();
                if (at == 0 || end < text.length() && Character.isLetter(text.charAt(end)) || Character.isLetter(text.charAt(at - 1))) {
                    continue; // (a word opening the text has no noun before it)
                }
                int before = at - 1;
                while (before > 0 && text.charAt(before) == ' ') {
                    before--;
                }
                int start = before;
                while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
                    start--;
                }
                if (before > start && ORGANISATION_DESCRIPTORS.contains(text.substring(start, before + 1))) {
                    return true;
                }
                if (lexicon.languageCode().equals("en") && before > start && text.substring(start, before + 1).matches("[Aa]n?")
                        && STAFF_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 20))).lookingAt()
                        && !lexicon.isGivenName(w) && registry.personWithSurname(w) == null) {
                    return true; // "an Ofsted spokesperson", "a Tesco spokesman": the body's people (a person's would be "his")
                }
                boolean endsLongerName = before > start && Character.isUpperCase(text.charAt(start)); // ("Tarehav Carbon, which …")
                if (before > start && WHERE_WORDS.contains(text.substring(start, before + 1))) {
                    continue; // ("the plant in Perrysburg, which makes axles": the town the plant is in)
                }
                if (lexicon.languageCode().equals("en") && !endsLongerName && !lexicon.isPlace(w) && lexicon.stateNamed(w) == null && !lexicon.isCommonWord(w)
                        && !lexicon.isOrganisationWord(w) && describedAfter(text.substring(end, Math.min(text.length(), end + 60)))) {
                    return true;
                }
            }
            return false;
        });
    }

    private final Map<String, Boolean> describedWords = new HashMap<>();

    /** Prepositions that put a word in a place: after them ", which" describes a town, not a body. */
    private static final Set<String> WHERE_WORDS = Set.of("in", "near", "outside", "around", "across", "into");

    /** Who speaks or works for a body, written after its name: "an Ofsted spokesperson", "a Tesco spokesman". */
    private static final java.util.regex.Pattern STAFF_AFTER = java.util.regex.Pattern.compile(" (spokes(person|man|woman)|inspectors)\\b");

    /** ", the industry regulator," or ", which is due to …" after a word: an apposition or a relative only a body takes. */
    private static final java.util.regex.Pattern BODY_APPOSITION = java.util.regex.Pattern.compile("^, (?:which |the (?:[a-z-]+ ){0,3}([a-z-]+)[,.])");

    private static boolean describedAfter(String after) {
        java.util.regex.Matcher m = BODY_APPOSITION.matcher(after);
        return m.find() && (m.group(1) == null || ORGANISATION_DESCRIPTORS.contains(m.group(1)));
    }

    /** "the electricity operator Iberdrola", "according to Eurostat": the word before says it is an organisation. */
    private boolean describedAsOrganisation(Token token) {
        int index = layout.firstTokenFrom(token.start()) - 1;
        if (index < 0) {
            return false;
        }
        Token before = layout.tokens.get(index);
        int cueIndex = index;
        if (index > 0 && isArticle(before) && gapIsArticleSpace(before, token)) {
            // "secondo l’Arpae", "selon l’Insee", "segundo o Inpe": the article stands between the cue and the name
            cueIndex = index - 1;
        }
        Token cueEnd = layout.tokens.get(cueIndex);
        boolean accordingTo = cueEnd.text().equals("to") && cueIndex > 0
                && layout.tokens.get(cueIndex - 1).text().equalsIgnoreCase("according")
                || SourceCues.matchAt(lexicon.language(), layout.tokens, cueIndex, false, false) == 1
                && !lexicon.languageCode().equals("de");
        boolean adjacent = cueIndex == index ? layout.onlySpacesBetween(before.end(), token.start())
                : layout.onlySpacesBetween(cueEnd.end(), before.start());
        return (before.isLowerCase() || accordingTo) && adjacent
                && (ORGANISATION_DESCRIPTORS.contains(before.text()) || accordingTo);
    }

    /** An article of the language, or an elided one ("l", "dell" before "’"). */
    private boolean isArticle(Token word) {
        String lower = word.text().toLowerCase(java.util.Locale.ROOT);
        return !lexicon.languageCode().equals("en") && lexicon.language().determiners.contains(lower)
                || lower.length() <= 4 && word.end() < layout.text.length() && Tokenizer.isApostrophe(layout.text.charAt(word.end()));
    }

    /** Only spaces or the elided article's apostrophe between the article and the name. */
    private boolean gapIsArticleSpace(Token article, Token name) {
        for (int i = article.end(); i < name.start(); i++) {
            char c = layout.text.charAt(i);
            if (c != ' ' && c != '\u00A0' && !Tokenizer.isApostrophe(c)) {
                return false;
            }
        }
        return true;
    }

    /** Of several people sharing a surname, the one named most recently before {@code offset}. */
    private ActorEntity nearestBefore(List<ActorEntity> people, int offset) {
        ActorEntity best = people.get(0);
        int bestEnd = -1;
        for (Mention m : registry.mentions()) {
            if (people.contains(m.entity()) && m.end() <= offset && m.end() > bestEnd) {
                best = m.entity();
                bestEnd = m.end();
            }
        }
        return best;
    }
}
