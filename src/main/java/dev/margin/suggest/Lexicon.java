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
    /** A state as the gazetteer knows it: its canonical name, plus what may stand for it. */
    public record State(String name, List<String> otherNames, List<String> demonyms, List<String> capitals) {
    }

    /** How a reporting verb may introduce reported speech. */
    public enum VerbUse {
        /** May be followed directly by the reported clause ("said the plan failed"). */
        BARE,
        /** Counts for reported speech only when "that" or a colon follows. */
        THAT
    }

    private final Map<String, VerbUse> reportingVerbs;
    private final Map<String, String> titleGender;
    private final Set<String> roleModifiers;
    private final Set<String> femaleNames;
    private final Set<String> maleNames;
    private final Map<String, State> statesByName;
    private final Map<String, State> statesByCapital;
    private final Map<String, State> statesByDemonym;
    private final Set<String> places;
    private final Set<String> placeWords;
    private final Set<String> organisationWords;
    private final Map<String, String> knownOrganisations;
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
        femaleNames = loader.words("first-names-female.txt", false);
        maleNames = loader.words("first-names-male.txt", false);
        statesByName = new HashMap<>();
        statesByCapital = new HashMap<>();
        statesByDemonym = new HashMap<>();
        for (String line : loader.lines("countries.txt")) {
            String[] parts = line.split("\\|", -1);
            if (parts.length != 4) {
                throw new IllegalStateException("countries.txt: expected name|other names|demonyms|capitals in: " + line);
            }
            State state = new State(parts[0], split(parts[1]), split(parts[2]), split(parts[3]));
            statesByName.put(state.name(), state);
            state.otherNames().forEach(other -> statesByName.put(other, state));
            state.capitals().forEach(capital -> statesByCapital.put(capital, state));
            state.demonyms().forEach(demonym -> statesByDemonym.put(demonym, state));
        }
        places = new HashSet<>(loader.lines("places.txt"));
        placeWords = loader.words("place-words.txt", false);
        organisationWords = loader.words("organisation-words.txt", false);
        knownOrganisations = new HashMap<>();
        for (String line : loader.lines("known-organisations.txt")) {
            String[] parts = line.split("\\|", -1);
            knownOrganisations.put(parts[0], parts[0]);
            for (String other : split(parts.length > 1 ? parts[1] : "")) {
                knownOrganisations.put(other, parts[0]);
            }
        }
        anonymousHeads = loader.words("anonymous-sources.txt", true);
        commonWords = loader.words("common-words.txt", false);
        nonActorAcronyms = loader.words("non-actor-acronyms.txt", false);
        nonPersonWords = loader.words("non-person-words.txt", false);
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
        return titleGender.containsKey(word);
    }

    /** 'M', 'F' or '-' (unknown) for a title; '-' for a word that is not a title. */
    public char titleGender(String word) {
        return titleGender.getOrDefault(word, "-").charAt(0);
    }

    public boolean isRoleModifier(String word) {
        return roleModifiers.contains(word);
    }

    /** 'M', 'F' or '-' for a given name. */
    public char nameGender(String firstName) {
        if (femaleNames.contains(firstName)) {
            return 'F';
        }
        return maleNames.contains(firstName) ? 'M' : '-';
    }

    public boolean isGivenName(String word) {
        return femaleNames.contains(word) || maleNames.contains(word);
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

    public boolean isOrganisationWord(String word) {
        return organisationWords.contains(word);
    }

    /** The canonical name of a well-known organisation named {@code name}, or null. */
    public String knownOrganisation(String name) {
        return knownOrganisations.get(name);
    }

    public boolean isAnonymousHead(String word) {
        return anonymousHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isCommonWord(String word) {
        return commonWords.contains(word);
    }

    public boolean isNonActorAcronym(String word) {
        return nonActorAcronyms.contains(word);
    }

    public boolean isNonPersonWord(String word) {
        return nonPersonWords.contains(word);
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
