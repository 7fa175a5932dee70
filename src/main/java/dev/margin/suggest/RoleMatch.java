package dev.margin.suggest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether the role a person was given ("Gesamtbetriebsratsvorsitzende", "Gov.", "Sportdezernent") is the one a later
 * word names ("the governor", "der Dezernent"): written out, by a synonym, as the same post by its other name, or as a
 * German compound of it. Used by {@link ActorIndex} to find who "the minister" is.
 */
final class RoleMatch {
    private static final Map<String, String> TITLE_ABBREVIATIONS = Map.ofEntries(Map.entry("gov.", "governor"),
            Map.entry("sen.", "senator"), Map.entry("rep.", "representative"), Map.entry("lt.", "lieutenant"),
            Map.entry("gen.", "general"), Map.entry("sec.", "secretary"), Map.entry("pres.", "president"),
            Map.entry("atty.", "attorney"), Map.entry("amb.", "ambassador"), Map.entry("col.", "colonel"),
            Map.entry("capt.", "captain"), Map.entry("sgt.", "sergeant"), Map.entry("supt.", "superintendent"),
            Map.entry("insp.", "inspector"), Map.entry("det.", "detective"), Map.entry("prof.", "professor"),
            Map.entry("dr.", "doctor"), Map.entry("adm.", "admiral"), Map.entry("cmdr.", "commander"));

    /** Words for anyone, which a compound role ends in without naming it. */
    private static final java.util.Set<String> GENERIC_PERSONS = java.util.Set.of("person", "woman", "frau", "mensch");

    private final LanguageProfile language;

    RoleMatch(LanguageProfile language) {
        this.language = language;
    }

    /** "Gov." is a governor, "Sen." a senator: the role with its abbreviated titles written out. */
    private static String spelledOut(String role) {
        StringBuilder out = new StringBuilder();
        for (String word : role.split(" ")) {
            out.append(out.isEmpty() ? "" : " ").append(TITLE_ABBREVIATIONS.getOrDefault(word.toLowerCase(Locale.ROOT), word));
        }
        return out.toString();
    }

    /**
     * Whether a person given {@code personRole} ("Gesamtbetriebsratsvorsitzende", "Landeshauptmann", "Sec.") holds the
     * {@code role} a later word ({@code word}, as written) names: the role itself, spelled out, a synonym from
     * role-synonyms.txt, the same post by its other name, or a compound narrowing its first word.
     */
    boolean holdsRole(String personRole, String role, String word) {
        // (a German role learned in the genitive, "ihres Anwalts Mehdi Ksouri", is the same role: "der Anwalt")
        boolean genitive = language.code.equals("de") && personRole.endsWith("s") && containsWord(personRole.substring(0, personRole.length() - 1), role);
        return genitive || containsWord(personRole, role) || containsWord(spelledOut(personRole), role)
                || synonymHeld(personRole, word) || synonymHeld(personRole, ofParty(word))
                || samePost(role).stream().anyMatch(post -> containsWord(personRole, post))
                || compoundOfHead(role, personRole);
    }

    private boolean synonymHeld(String personRole, String word) {
        return word != null && language.roleSynonyms.containsKey(word)
                && Arrays.stream(language.roleSynonyms.get(word).split(" ")).anyMatch(synonym -> containsWord(personRole, synonym));
    }

    /** A German party's name before a hyphen ("FDP-Vorsitzende"), which makes the post the party's. */
    private static final java.util.regex.Pattern PARTY_PREFIX = java.util.regex.Pattern.compile(
            "(?:FDP|SPD|CDU|CSU|Grünen|Linken|AfD|BSW|ÖVP|SPÖ|FPÖ|SVP|Neos)-(\\p{L}+)", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /** "FDP-Vorsitzende" as "parteivorsitzende": the party's post as its own word, for role-synonyms.txt; null otherwise. */
    private String ofParty(String word) {
        String post = language.code.equals("de") ? postOfParty(word) : null;
        return post == null ? null : "partei" + post.toLowerCase(java.util.Locale.ROOT);
    }

    /** The post after a German party's name and a hyphen ("Vorsitzende" of "FDP-Vorsitzende"), or null. */
    static String postOfParty(String word) {
        java.util.regex.Matcher party = PARTY_PREFIX.matcher(word);
        return party.matches() ? party.group(1) : null;
    }

    /**
     * "der Schulleiter" for "Markus Feldhoff, Leiter des Lindenhof-Gymnasiums": a German compound ending in the first
     * word of the role the person was given, which the compound's first part narrows ("der Verbandspräsident" for
     * "ZDH-Präsident Bernd Kolbeck": after a hyphen, the role's last part).
     */
    private boolean compoundOfHead(String epithet, String role) {
        String first = role.toLowerCase(Locale.ROOT).split("[ ,]")[0];
        // (not between two such compounds: "der Werder-Trainer" is not the "VfL-Trainer")
        String head = epithet.indexOf('-') < 0 ? first.substring(first.lastIndexOf('-') + 1) : first;
        return language.code.equals("de") && head.length() >= 5 && epithet.length() > head.length() + 2 && epithet.endsWith(head);
    }

    /**
     * German names one post two ways: "Betriebsratschefin" and "Betriebsratsvorsitzende", "Vorstandschef" and
     * "Vorstandsvorsitzender", "Parteichefin" and "Parteivorsitzende". The other forms of {@code role}, or none.
     */
    private static List<String> samePost(String role) {
        for (String[] posts : POST_ENDINGS) {
            if (role.length() > posts[0].length() + 3 && role.endsWith(posts[0])) {
                String stem = role.substring(0, role.length() - posts[0].length());
                String joined = stem.endsWith("s") || stem.endsWith("i") ? stem : stem + "s";
                List<String> same = new java.util.ArrayList<>();
                for (int k = 1; k < posts.length; k++) {
                    same.add(stem + posts[k]);
                    same.add(joined + posts[k]);
                }
                return same;
            }
        }
        return List.of();
    }

    /** A post's ending, then the endings of the same post ("der Vorsitzende" and "ein Vorsitzender" are one post). */
    private static final String[][] POST_ENDINGS = {{"chefin", "vorsitzende"}, {"chef", "vorsitzender", "vorsitzende"},
        {"vorsitzende", "chefin", "chef"}, {"vorsitzender", "chef"}};

    static boolean containsWord(String haystack, String word) {
        String lower = haystack.toLowerCase(Locale.ROOT);
        int at = lower.indexOf(word);
        while (at >= 0) {
            boolean startOk = at == 0 || !Character.isLetter(lower.charAt(at - 1));
            int end = at + word.length();
            boolean endOk = end == lower.length() || !Character.isLetter(lower.charAt(end));
            // "Finanzminister" is a minister: a compound role ends with the head word
            // ("the person" is no "spokesperson", "the woman" no "businesswoman": those words say only who is meant)
            if (endOk && (startOk || word.length() >= 5 && !GENERIC_PERSONS.contains(word))) {
                return true;
            }
            at = lower.indexOf(word, at + 1);
        }
        return false;
    }
}
