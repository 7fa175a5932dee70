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
 * The word lists the suggester's rules consult: reporting verbs, titles, given names, gazetteers of
 * states and places, organisation words, unnamed-source nouns. Loaded once from the resources beside
 * this class and immutable afterwards, so one instance can be shared by any number of suggesters.
 */
public final class Lexicon {
    /**
     * A state as the gazetteer knows it: its canonical name, plus what may stand for it, and the name copy in another
     * language calls it by ({@code localNames}, by language code: "de" → "Dänemark").
     */
    public record State(String name, List<String> otherNames, List<String> demonyms, List<String> capitals, Map<String, String> localNames) {
    }

    /** How a reporting verb may introduce reported speech. */
    public enum VerbUse {
        /** May be followed directly by the reported clause ("said the plan failed"). */
        BARE,
        /** Counts for reported speech only when "that" or a colon follows. */
        THAT
    }

    private final LanguageProfile language;
    private final Map<String, Lexicon> byLanguage;
    /** Set on the English lexicon once every language is loaded; the other views ask it. */
    private LanguageDetector detector;
    private final Map<String, VerbUse> reportingVerbs;
    private final Map<String, String> titleGender;
    /** The titles of every language ({@code titles.txt}), before English adds its own ("SP" a police rank, not the Swiss party). */
    private final Map<String, String> sharedTitleGender;
    private final Set<String> roleModifiers;
    private final Set<String> femaleNames;
    private final Set<String> maleNames;
    /** Given names a language lists for either sex ("Jackie", "Sascha"): names, but no evidence of gender. */
    private final Set<String> eitherNames;
    private final Map<String, State> statesByName;
    private final Map<String, State> statesByCapital;
    private final Map<String, State> statesByDemonym;
    private final Set<String> places;
    private final Set<String> placeWords;
    private final Set<String> placePrefixes;
    private final Set<String> organisationWords;
    private final Map<String, String> knownOrganisations;
    /** The same without the names marked "@en": "Reform" is a party in British copy and a common noun in German. */
    private final Map<String, String> knownOrganisationsOutsideEnglish;
    private final Set<String> anonymousHeads;
    private final Set<String> commonWords;
    private final Set<String> nonActorAcronyms;
    private final Set<String> nonPersonWords;

    private Lexicon(Loader loader) {
        reportingVerbs = new HashMap<>();
        for (String line : loader.lines("reporting-verbs.txt")) {
            String[] parts = line.split("\\s+");
            reportingVerbs.put(parts[0], parts.length > 1 && parts[1].equals("that") ? VerbUse.THAT : VerbUse.BARE);
        }
        titleGender = new HashMap<>();
        for (String line : loader.lines("titles.txt")) {
            String[] parts = line.split("\\s+");
            titleGender.put(parts[0], parts.length > 1 ? parts[1] : "-");
        }
        roleModifiers = loader.words("role-modifiers.txt", false);
        femaleNames = new HashSet<>(loader.words("first-names-female.txt", false));
        maleNames = new HashSet<>(loader.words("first-names-male.txt", false));
        eitherNames = new HashSet<>();
        statesByName = new HashMap<>();
        statesByCapital = new HashMap<>();
        statesByDemonym = new HashMap<>();
        for (String line : loader.lines("countries.txt")) {
            String[] parts = line.split("\\|", -1);
            if (parts.length != 4) {
                throw new IllegalStateException("countries.txt: expected name|other names|demonyms|capitals in: " + line);
            }
            // ("Dänemark@de": a name, marked with the language whose copy names the state by it)
            Map<String, String> localNames = new HashMap<>();
            List<String> otherNames = new ArrayList<>();
            for (String other : split(parts[1])) {
                int at = other.lastIndexOf('@');
                otherNames.add(at > 0 ? other.substring(0, at) : other);
                if (at > 0) {
                    localNames.putIfAbsent(other.substring(at + 1), other.substring(0, at));
                }
            }
            State state = new State(parts[0], List.copyOf(otherNames), split(parts[2]), split(parts[3]), Map.copyOf(localNames));
            statesByName.put(state.name(), state);
            state.otherNames().forEach(other -> statesByName.put(other, state));
            state.capitals().forEach(capital -> statesByCapital.put(capital, state));
            state.demonyms().forEach(demonym -> statesByDemonym.put(demonym, state));
        }
        places = new HashSet<>(loader.lines("places.txt"));
        placeWords = loader.words("place-words.txt", false);
        placePrefixes = loader.words("place-prefixes.txt", false);
        organisationWords = new HashSet<>(loader.words("organisation-words.txt", false));
        knownOrganisations = new HashMap<>();
        knownOrganisationsOutsideEnglish = new HashMap<>();
        for (String line : loader.lines("known-organisations.txt")) {
            String[] parts = line.split("\\|", -1);
            knownOrganisations.put(parts[0], parts[0]);
            knownOrganisationsOutsideEnglish.put(parts[0], parts[0]);
            for (String other : split(parts.length > 1 ? parts[1] : "")) {
                boolean englishOnly = other.endsWith("@en");
                String name = englishOnly ? other.substring(0, other.length() - 3) : other;
                knownOrganisations.put(name, parts[0]);
                if (!englishOnly) {
                    knownOrganisationsOutsideEnglish.put(name, parts[0]);
                }
            }
        }
        anonymousHeads = new HashSet<>(loader.words("anonymous-sources.txt", true));
        commonWords = new HashSet<>(loader.words("common-words.txt", false));
        nonActorAcronyms = loader.words("non-actor-acronyms.txt", false);
        nonPersonWords = loader.words("non-person-words.txt", false);
        sharedTitleGender = Map.copyOf(titleGender);
        language = LanguageProfile.load("en");
        byLanguage = new HashMap<>();
        mergeLanguage();
        byLanguage.put("en", this);
        for (String code : LanguageProfile.shippedLanguages()) {
            if (!code.equals("en")) {
                byLanguage.put(code, new Lexicon(this, LanguageProfile.load(code)));
            }
        }
        detector = new LanguageDetector(this);
    }

    /** The view of {@code base} for another language: the shared lists plus that language's own. */
    private Lexicon(Lexicon base, LanguageProfile profile) {
        language = profile;
        byLanguage = base.byLanguage;
        reportingVerbs = new HashMap<>(base.reportingVerbs);
        titleGender = new HashMap<>(base.sharedTitleGender);
        sharedTitleGender = base.sharedTitleGender;
        roleModifiers = base.roleModifiers;
        femaleNames = new HashSet<>(base.femaleNames);
        maleNames = new HashSet<>(base.maleNames);
        eitherNames = new HashSet<>(base.eitherNames);
        statesByName = base.statesByName;
        statesByCapital = base.statesByCapital;
        statesByDemonym = base.statesByDemonym;
        places = base.places;
        placeWords = base.placeWords;
        placePrefixes = base.placePrefixes;
        organisationWords = new HashSet<>(base.organisationWords);
        knownOrganisations = base.knownOrganisationsOutsideEnglish;
        knownOrganisationsOutsideEnglish = base.knownOrganisationsOutsideEnglish;
        anonymousHeads = new HashSet<>(base.anonymousHeads);
        commonWords = new HashSet<>(base.commonWords);
        nonActorAcronyms = base.nonActorAcronyms;
        nonPersonWords = base.nonPersonWords;
        mergeLanguage();
    }

    /** Adds this view's language lists to the shared ones (called while the sets are still mutable). */
    private void mergeLanguage() {
        reportingVerbs.putAll(language.reportingVerbs);
        language.titles.forEach((word, gender) -> titleGender.put(word, String.valueOf(gender)));
        language.givenNames.forEach((name, gender) -> (gender == 'F' ? femaleNames : gender == 'M' ? maleNames : eitherNames).add(name));
        anonymousHeads.addAll(language.anonymousHeads);
        commonWords.addAll(language.commonWords);
        organisationWords.addAll(language.organisationWords);
    }

    /**
     * The lexicon for articles in {@code languageTag} (a BCP 47 tag such as "de" or "pt-BR"): the shared
     * gazetteers plus that language's reporting verbs, pronouns, titles and cues. A language Margin has no
     * lists for gets the English lexicon.
     */
    public Lexicon forLanguage(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return this;
        }
        String primary = languageTag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return byLanguage.getOrDefault(primary, byLanguage.get("en"));
    }

    /** The ISO 639-1 code of the language this lexicon reads ("en", "de", …). */
    public String languageCode() {
        return language.code;
    }

    /** The codes of every language with its own lists. */
    public java.util.Set<String> languageCodes() {
        return java.util.Set.copyOf(byLanguage.keySet());
    }

    /** The code of the shipped language {@code layout}'s text is written in (English when nothing tells). */
    String detectLanguage(TextLayout layout) {
        return byLanguage.get("en").detector.detect(layout);
    }

    LanguageProfile language() {
        return language;
    }

    /** The lexicon shipped with Margin. */
    public static Lexicon load() {
        return new Lexicon(new Loader());
    }

    private static List<String> split(String field) {
        List<String> out = new ArrayList<>();
        for (String part : field.split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** The use of a reporting verb form ("said", "has stated" gives "stated"), or null when it is not one. */
    public VerbUse reportingVerb(String word) {
        return reportingVerbs.get(word);
    }

    public boolean isTitle(String word) {
        return titleGender.containsKey(word) || language.titleGender(word) != 0;
    }

    /** 'M', 'F' or '-' (unknown) for a title; '-' for a word that is not a title. */
    public char titleGender(String word) {
        String known = titleGender.get(word);
        if (known != null) {
            return known.charAt(0);
        }
        char compound = language.titleGender(word);
        return compound == 0 ? '-' : compound;
    }

    public boolean isRoleModifier(String word) {
        return roleModifiers.contains(word);
    }

    /** 'M', 'F' or '-' for a given name. */
    public char nameGender(String firstName) {
        int hyphen = firstName.indexOf('-');
        if (hyphen > 1 && !isGivenNameAsListed(firstName) && isGivenName(firstName)) {
            return nameGender(firstName.substring(0, hyphen)); // "Klaus-Dieter", "Anna-Lena": the first half's
        }
        if (femaleNames.contains(firstName)) {
            return 'F';
        }
        return maleNames.contains(firstName) ? 'M' : '-';
    }

    private boolean isGivenNameAsListed(String word) {
        return femaleNames.contains(word) || maleNames.contains(word) || eitherNames.contains(word);
    }

    public boolean isGivenName(String word) {
        if (isGivenNameAsListed(word)) {
            return true;
        }
        // a double given name ("Klaus-Dieter", "Anna-Lena", "Jean-Luc"): both halves given names
        int hyphen = word.indexOf('-');
        return hyphen > 1 && hyphen < word.length() - 2 && word.indexOf('-', hyphen + 1) < 0
                && isGivenName(word.substring(0, hyphen)) && isGivenName(word.substring(hyphen + 1));
    }

    public State stateNamed(String name) {
        return statesByName.get(name);
    }

    public State stateWithCapital(String capital) {
        return statesByCapital.get(capital);
    }

    public State stateOfDemonym(String demonym) {
        return statesByDemonym.get(demonym);
    }

    public boolean isPlace(String name) {
        return places.contains(name);
    }

    public boolean isPlaceWord(String word) {
        return placeWords.contains(word);
    }

    /** "Port", "Mount", "Lake": a word that opens a place's name. */
    public boolean isPlacePrefix(String word) {
        return placePrefixes.contains(word);
    }

    public boolean isOrganisationWord(String word) {
        return organisationWords.contains(word);
    }

    /** An organisation's word, or in German its genitive ("Instituts", "Verbandes"). */
    boolean isOrganisationWordInAnyCase(String word) {
        if (isOrganisationWord(word)) {
            return true;
        }
        return languageCode().equals("de") && LanguageProfile.genitiveStems(word).stream().anyMatch(this::isOrganisationWord);
    }

    /** What copy in this view's language calls {@code state} ("Dänemark" in German), else its canonical name. */
    String nameOf(State state) {
        return state.localNames().getOrDefault(languageCode(), state.name());
    }

    /** The canonical name of a well-known organisation named {@code name}, or null. */
    public String knownOrganisation(String name) {
        return knownOrganisations.get(name);
    }

    public boolean isAnonymousHead(String word) {
        return anonymousHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isCommonWord(String word) {
        int apostrophe = Math.max(word.indexOf('’'), word.indexOf('\''));
        // ("She’d", "They’re", "We’ll": a contraction of a common word is as common)
        return commonWords.contains(word) || apostrophe > 0 && word.length() - apostrophe <= 3 && commonWords.contains(word.substring(0, apostrophe));
    }

    public boolean isNonActorAcronym(String word) {
        return nonActorAcronyms.contains(word);
    }

    public boolean isNonPersonWord(String word) {
        return nonPersonWords.contains(word);
    }

    /**
     * Whether {@code word} makes the run {@code words} a thing's name ("Finance Bill", "Recovery Plan"); not when it is a
     * given name opening a longer name ("Bill Shorten", "Trainer Bill Strachan").
     */
    boolean makesThingName(List<Token> words, Token word) {
        return isNonPersonWord(word.text()) && !(word == words.getFirst() && words.size() > 1 && isGivenName(word.text()));
    }

    /** Reads the resource files; a missing file is a broken build, so it fails loudly. */
    private static final class Loader {
        List<String> lines(String resource) {
            List<String> lines = new ArrayList<>();
            try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing lexicon resource dev/margin/suggest/" + resource);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String stripped = line.strip();
                    if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                        lines.add(stripped);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read lexicon resource " + resource, e);
            }
            return lines;
        }

        Set<String> words(String resource, boolean lowerCase) {
            Set<String> words = new HashSet<>();
            for (String line : lines(resource)) {
                for (String word : line.split("\\s+")) {
                    words.add(lowerCase ? word.toLowerCase(Locale.ROOT) : word);
                }
            }
            return Set.copyOf(words);
        }
    }
}
