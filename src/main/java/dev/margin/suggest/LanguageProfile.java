package dev.margin.suggest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the rules need to know of one language, read from the plain-text lists in
 * {@code dev/margin/suggest/lang/XX/} (see the README there): reporting verbs with their inflections, subject
 * pronouns (and inverted forms such as "a-t-elle"), "according to" cues, complementizers, auxiliaries,
 * articles and prepositions, titles, unnamed sources, speaking institutions, words that never start a name,
 * organisation words, given names and, for German, the Konjunktiv forms of reported speech. Immutable.
 */
final class LanguageProfile {
    /** A cue such as "selon" or "so": where in a sentence it may attribute. */
    enum CuePlace { ANYWHERE, SENTENCE_START, AFTER_QUOTE }

    record SourceCue(List<String> words, CuePlace place) {
    }

    final String code;
    final Map<String, Lexicon.VerbUse> reportingVerbs = new HashMap<>();
    final Map<String, Character> pronouns = new HashMap<>();
    /** Pronouns that name a source only after an "according to" cue ("volgens haar", "laut ihm"). */
    final Map<String, Character> objectPronouns = new HashMap<>();
    final List<SourceCue> sourceCues = new ArrayList<>();
    final Set<String> complementizers;
    /** Infinitives that report speech only after a causative: "ließ … erklären", "a fait savoir que". */
    final Set<String> causedReportingVerbs;
    /** Verbs by which a subject has someone else speak for it ("ließ", "fait", "hizo"), lower case. */
    final Set<String> causatives;
    final Set<String> auxiliaries;
    final Set<String> determiners;
    final Set<String> prepositions;
    /** Prepositions that place something in a state ("in", "nach"), which is then no actor ({@link PlaceOnlyStates}). */
    final Set<String> placePrepositions;
    final Map<String, Character> titles = new HashMap<>();
    final Map<String, Character> titleSuffixes = new HashMap<>();
    /** Endings of words that name a chamber alone and a member of it before a name ("Regierungsrat Curdin Arpagaus"). */
    final Map<String, Character> councilTitles = new HashMap<>();
    /** Endings of nouns that head a body's name, and the noun's gender (German: "amt" N, "dienst" M, "ung" F). */
    private final Map<String, Character> nounGenders = new HashMap<>();
    final Set<String> anonymousHeads;
    final Set<String> institutions;
    final Set<String> commonWords;
    final Set<String> organisationWords;
    /** Participles that add reported speech after a quote's attribution ("adding", "ajoutant"), lower case. */
    final Set<String> addedParticiples;
    /** Documents that speak for their maker ("report", "Studie"), and the words naming the maker after them ("by"). */
    final Set<String> documents;
    /** Of those, the ones a person writes ("letter", "email"): never taken for the body named last. */
    final Set<String> personalDocuments;
    final Set<String> documentMakers;
    /** Participles that end a document maker's name ("published", "publié"), lower case. */
    final Set<String> published;
    /** Words pointing back to the organisation named last ("the company", "des Verbands"), lower case. */
    final Set<String> bodyAnaphors;
    /** A body word's marks in the names it may point back to: "Verein" to "FC", "SV", "Eintracht" (body-anaphor-marks.txt). */
    final Map<String, Set<String>> bodyAnaphorMarks = new HashMap<>();
    /** A document's noun to the word in the name of the body that drew it up: "anklage" to "staatsanwaltschaft" (document-bodies.txt). */
    final Map<String, String> documentBodies = new HashMap<>();
    private final Set<String> companyKinds;
    /** Endings of nouns for what someone is that stand for a person named before ("der Sanierungsexperte"). */
    final Set<String> epithetEndings;
    /** Words of kin that stand for the person named just before ("die Mutter"). */
    final Set<String> kin;
    /** Endings of nouns that look like a woman's form and name none ("Medizin"). */
    final Set<String> notPersonNouns;
    /** Participles giving the grounds for what was said, after it ("pointing to"). */
    final Set<String> groundsParticiples;
    /** Verbs of saying that take their listener before "that" ("told X that"). */
    final Set<String> listenerVerbs;
    /** Words opening a clause of time after a verb ("after"). */
    final Set<String> timeConjunctions;
    /** Plurals that end events' names ("Games"). */
    final Set<String> eventPlurals;
    /** Verbs that say with "back" ("shot back"). */
    final Set<String> backVerbs;
    /** Letters after a name that are no part of it ("KC", "MP"). */
    final Set<String> postNominals;
    /** Roles written as acronyms and the role each stands for ("ceo" → "chief executive"). */
    final Map<String, String> roleAcronyms;
    /** Other words for a role, tried after the word itself ("coach" → "trainer"). */
    final Map<String, String> roleSynonyms;
    /** A US state as written in a member of Congress's tag ("Ky." in "(R-Ky.)"), in lower case, and the state's name. */
    final Map<String, String> stateTags;
    /** What a person from a US state is called, in lower case, two words joined by a hyphen ("south-carolinian"), and the state. */
    final Map<String, String> stateDemonyms;
    /** What a special district runs, before "District" ("Levee"). */
    final Set<String> districtServices;
    /** Verbs reporting an infinitive clause ("kündigte an, … zu treffen"), each with its particle ("" for none). */
    final Map<String, String> infinitiveReports = new HashMap<>();
    private final Map<String, Nationality> nationalities = new HashMap<>();
    /** A party's member named by the party ("Republican"), as written. */
    final Set<String> partyMembers;
    /** "and" inside a body's name ("e", "y", "und"), lower case. */
    final Set<String> nameConjunctions;
    /** Indefinite articles and the gender they tell ('M', 'F', or '-'). */
    final Map<String, Character> indefiniteArticles = new HashMap<>();
    /** Endings of one-word street and place names ("Achterweg", "Hauptstraße"), lower case. */
    final Set<String> placeSuffixes;
    /** Endings of one-word compound bodies ("Finanzministerium", "Landgericht", "Städtetag"), lower case. */
    final Set<String> organisationSuffixes;
    final Map<String, Character> givenNames = new HashMap<>();
    final Set<String> subjunctive;
    final Set<String> firstPerson;
    final Set<String> characterisingVerbs;
    /** Verbs of an impersonal report with no subject named ("hieß es", "verlautete"), lower case. */
    final Set<String> impersonalReports;
    /** Verbs that say someone spoke on their own, without a particle or object to complete them ("sagte"), lower case. */
    final Set<String> plainSayingVerbs;
    final ClaimCues claimCues;
    /** Whether the language leaves out a subject the reader knows ("Añadió que …"): Spanish, Italian, Portuguese. */
    final boolean dropsSubjects;

    private LanguageProfile(String code) {
        this.code = code;
        Set<String> caused = new HashSet<>();
        for (String line : lines("reporting-verbs.txt")) {
            String[] parts = line.split("\\s+");
            reportingVerbs.put(parts[0], parts.length > 1 && parts[1].equals("that") ? Lexicon.VerbUse.THAT : Lexicon.VerbUse.BARE);
            if (parts.length > 2 && parts[2].equals("caused")) {
                caused.add(parts[0]);
            }
        }
        causedReportingVerbs = Set.copyOf(caused);
        causatives = words("causatives.txt", true);
        readGendered("pronouns.txt", pronouns, true);
        readGendered("object-pronouns.txt", objectPronouns, true);
        for (String line : lines("source-cues.txt")) {
            String[] parts = line.split("\\|");
            CuePlace place = parts.length < 2 ? CuePlace.ANYWHERE
                    : parts[1].strip().equals("initial") ? CuePlace.SENTENCE_START : CuePlace.AFTER_QUOTE;
            sourceCues.add(new SourceCue(List.of(parts[0].strip().toLowerCase(Locale.ROOT).split("\\s+")), place));
        }
        complementizers = words("complementizers.txt", true);
        auxiliaries = words("auxiliaries.txt", true);
        determiners = words("determiners.txt", true);
        prepositions = words("prepositions.txt", true);
        placePrepositions = words("place-prepositions.txt", true);
        readGendered("titles.txt", titles, false);
        readGendered("title-suffixes.txt", titleSuffixes, true);
        readGendered("council-titles.txt", councilTitles, true);
        readGendered("noun-genders.txt", nounGenders, true);
        anonymousHeads = words("anonymous-sources.txt", true);
        institutions = words("institutions.txt", true);
        commonWords = words("common-words.txt", false);
        organisationWords = words("organisation-words.txt", false);
        organisationSuffixes = words("organisation-suffixes.txt", true);
        placeSuffixes = words("place-suffixes.txt", true);
        companyKinds = words("company-kinds.txt", true);
        epithetEndings = words("epithet-endings.txt", true);
        kin = words("kin.txt", true);
        notPersonNouns = words("not-person-nouns.txt", true);
        groundsParticiples = words("grounds-participles.txt", true);
        listenerVerbs = words("listener-verbs.txt", false);
        timeConjunctions = words("time-conjunctions.txt", false);
        eventPlurals = words("event-plurals.txt", false);
        backVerbs = words("back-verbs.txt", false);
        postNominals = words("post-nominals.txt", false);
        roleAcronyms = pairs("role-acronyms.txt");
        roleSynonyms = pairs("role-synonyms.txt");
        stateTags = pairs("state-tags.txt");
        stateDemonyms = pairs("state-demonyms.txt");
        districtServices = words("district-services.txt", false);
        for (String line : lines("infinitive-reports.txt")) {
            String[] parts = line.strip().split("\\s+");
            infinitiveReports.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        addedParticiples = words("added-participles.txt", true);
        documents = words("documents.txt", true);
        personalDocuments = words("personal-documents.txt", true);
        documentMakers = words("document-makers.txt", true);
        published = words("published.txt", true);
        bodyAnaphors = words("body-anaphors.txt", true);
        for (String line : lines("body-anaphor-marks.txt")) {
            String[] sides = line.split("\\|", 2);
            Set<String> marks = Set.of(sides[1].strip().split("\\s+"));
            for (String word : sides[0].strip().split("\\s+")) {
                bodyAnaphorMarks.put(word.toLowerCase(Locale.ROOT), marks);
            }
        }
        for (String line : lines("document-bodies.txt")) {
            String[] sides = line.split("\\|", 2);
            for (String word : sides[0].strip().split("\\s+")) {
                documentBodies.put(word.toLowerCase(Locale.ROOT), sides[1].strip().toLowerCase(Locale.ROOT));
            }
        }
        partyMembers = words("party-members.txt", false);
        nameConjunctions = words("name-conjunctions.txt", true);
        readGendered("indefinite-articles.txt", indefiniteArticles, true);
        readGendered("first-names.txt", givenNames, false);
        for (String line : lines("nationality-nouns.txt")) {
            String[] forms = line.strip().split("\\s+");
            String man = forms[0];
            if (forms.length > 1 && forms[1].equals("adjectival")) {
                // "der Deutsche", "die Deutsche", "ein Deutscher", "des Deutschen": the article tells the gender
                nationalities.put(man, new Nationality(man, '-'));
                nationalities.put(man + "n", new Nationality(man, '-'));
                nationalities.put(man + "r", new Nationality(man, 'M'));
                continue;
            }
            // "der Schwede", "des Schweden", "dem Niederländer", "des Niederländers"; "die Schwedin"
            for (String form : List.of(man, man.endsWith("e") ? man + "n" : man + "s", man.endsWith("e") ? man : man + "n")) {
                nationalities.put(form, new Nationality(man, 'M'));
            }
            if (forms.length > 1) {
                nationalities.put(forms[1], new Nationality(forms[1], 'F'));
            }
        }
        subjunctive = words("subjunctive.txt", true);
        firstPerson = words("first-person.txt", true);
        characterisingVerbs = words("characterising-verbs.txt", true);
        impersonalReports = words("impersonal-reports.txt", true);
        plainSayingVerbs = words("plain-saying-verbs.txt", true);
        claimCues = ClaimCues.read(code, lines("claim-cues.txt"));
        dropsSubjects = Set.of("es", "it", "pt").contains(code);
    }

    /** The profile of {@code code} ("de"), from the resources; a language without a folder gets empty lists. */
    static LanguageProfile load(String code) {
        return new LanguageProfile(code);
    }

    /** The language codes shipped, from {@code lang/languages.txt}. */
    static List<String> shippedLanguages() {
        return read("lang/languages.txt");
    }

    /**
     * Whether {@code word} is a noun for an institution that speaks ("Polizei", "ministère"), or in German a compound
     * ending in one ("Stadtverwaltung", "Gesundheitsamt", "Landesregierung"), longer than the ending by three letters.
     */
    boolean isInstitution(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (institutions.contains(lower)) {
            return true;
        }
        return code.equals("de") && institutions.stream().anyMatch(end -> lower.length() > end.length() + 2 && lower.endsWith(end));
    }

    /**
     * What a German noun in the genitive may be without its ending, the longer ending first: "Bundesamtes" → "Bundesamt",
     * "Bundesamte"; "Instituts" → "Institut". Empty for a word ending in neither.
     */
    static List<String> genitiveStems(String word) {
        List<String> stems = new java.util.ArrayList<>(2);
        if (word.endsWith("es") && word.length() > 3) {
            stems.add(word.substring(0, word.length() - 2));
        }
        if (word.endsWith("s") && word.length() > 2) {
            stems.add(word.substring(0, word.length() - 1));
        }
        return stems;
    }

    /** Whether {@code word} is a compound ending in a body's word ("Bauministeriums"), longer than the ending alone. */
    boolean isCompoundBody(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String suffix : organisationSuffixes) {
            if (lower.length() > suffix.length() + 2 && lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code word} names a kind of company by its ending ("Autozulieferer", "Chemiekonzern", "Versicherer"), in
     * the genitive too ("des Beratungsunternehmens").
     */
    boolean isCompanyKind(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return companyKinds.stream().anyMatch(kind -> lower.endsWith(kind) || lower.endsWith(kind + "s") || lower.endsWith(kind + "es"));
    }

    /**
     * Whether {@code word} is a compound naming a kind of company ("Pharmakonzern", "Verkehrsunternehmen", "Autohändlers"):
     * a description, never a person's name. The kind alone is not ("Händler", "Sender" are surnames too).
     */
    boolean isCompanyKindCompound(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return companyKinds.stream().anyMatch(kind -> lower.length() > kind.length() + 2
                && (lower.endsWith(kind) || lower.endsWith(kind + "s") || lower.endsWith(kind + "es")));
    }

    /** Whether {@code word} is one word naming a street or place by its ending ("Achterweg", "Lindenstraße"). */
    boolean isPlaceCompound(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String suffix : placeSuffixes) {
            if (lower.length() > suffix.length() + 2 && lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} is a body's word itself ("Vereinigung", "Kommission"), which names a body after an adjective. */
    boolean isBodyWord(String word) {
        return organisationSuffixes.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code tokens} hold a listed Konjunktiv form in lower case ("sei", "habe", "erwarte"): reported words. */
    boolean holdsSubjunctive(java.util.List<Token> tokens) {
        return tokens.stream().anyMatch(t -> t.isLowerCase() && subjunctive.contains(t.text()));
    }

    /** A noun naming a person by nationality, in its nominative form, and that person's gender. */
    record Nationality(String nominative, char gender) {
    }

    /** The nationality {@code word} names a person by ("Schweden" in "des Schweden Mikael Sandström"), or null. */
    Nationality nationality(String word) {
        return nationalities.get(word);
    }

    /** 'M', 'F', 'P' for a subject pronoun or inverted form of this language, or 0. */
    char pronounGender(String lower) {
        Character gender = pronouns.getOrDefault(lower, objectPronouns.get(lower));
        return gender == null ? 0 : gender;
    }

    /** The gender a title or compound role gives ('M', 'F', '-'), or 0 when {@code word} is no title here. */
    char titleGender(String word) {
        Character gender = titles.get(word);
        if (gender != null) {
            return gender;
        }
        if (word.length() > 4 && Character.isUpperCase(word.charAt(0))) {
            String lower = word.toLowerCase(Locale.ROOT);
            for (Map.Entry<String, Character> suffix : titleSuffixes.entrySet()) {
                // the longest ending wins: "…ministerin" before "…minister"
                if (lower.endsWith(suffix.getKey()) && (gender == null || suffix.getKey().endsWith("in"))) {
                    gender = suffix.getValue();
                }
            }
        }
        return gender == null ? 0 : gender;
    }

    /** The gender (M, F, N) of {@code noun} by the longest listed ending it has, or 0 when none fits. */
    char nounGender(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        String best = "";
        for (String ending : nounGenders.keySet()) {
            if (lower.endsWith(ending) && ending.length() > best.length()) {
                best = ending;
            }
        }
        return best.isEmpty() ? 0 : nounGenders.get(best);
    }

    private void readGendered(String file, Map<String, Character> into, boolean lowerCase) {
        for (String line : lines(file)) {
            String[] parts = line.split("\\s+");
            String key = lowerCase ? parts[0].toLowerCase(Locale.ROOT) : parts[0];
            into.put(key, parts.length > 1 ? parts[1].charAt(0) : '-');
        }
    }

    private Set<String> words(String file, boolean lowerCase) {
        Set<String> words = new HashSet<>();
        for (String line : lines(file)) {
            for (String word : line.split("\\s+")) {
                words.add(lowerCase ? word.toLowerCase(Locale.ROOT) : word);
            }
        }
        return Set.copyOf(words);
    }

    /** Lines of "word rest of the line": the first word (lower case) to the rest. */
    private Map<String, String> pairs(String file) {
        Map<String, String> pairs = new HashMap<>();
        for (String line : lines(file)) {
            String[] parts = line.strip().split("\\s+", 2);
            if (parts.length == 2) {
                pairs.put(parts[0].toLowerCase(Locale.ROOT), parts[1]);
            }
        }
        return Map.copyOf(pairs);
    }

    private List<String> lines(String file) {
        List<String> lines = read("lang/" + code + "/" + file);
        if (!code.equals("de") || file.equals("claim-cues.txt")) {
            return lines;
        }
        // Swiss German writes no "ß": "hiess es", "äusserte sich" are the same words as "hieß es", "äußerte sich"
        List<String> withSwiss = new ArrayList<>(lines);
        lines.stream().filter(line -> line.indexOf('ß') >= 0).map(line -> line.replace("ß", "ss")).forEach(withSwiss::add);
        return withSwiss;
    }

    /** The non-blank, non-comment lines of a resource, or none when it is missing (a language may leave a list out). */
    private static List<String> read(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = LanguageProfile.class.getResourceAsStream(resource)) {
            if (in == null) {
                return lines;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String stripped = line.strip();
                if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                    lines.add(stripped);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read suggestion resource " + resource, e);
        }
        return lines;
    }
}
