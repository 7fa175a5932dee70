package dev.margin.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what a page shows or declares as its byline into the authors' names: "By Jane Doe and Omar Haddad | 8h ago"
 * gives Jane Doe and Omar Haddad. Prefixes in the usual languages ("By", "Von", "Par", "Por", "Di", "Door", "От")
 * go, as do dates, relative times ("8h", "2 hours ago", "vor 3 Stunden"), job titles ("Chief Correspondent",
 * "Redakteurin") and the outlet's own name; several authors are split at commas, "and" in its languages, "&amp;"
 * and pipes, and all kept. A part that is not name-like (digits, an e-mail address, more than six words, no capital
 * letter) is dropped rather than guessed at.
 */
final class AuthorNames {
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:(?i:written\\s+by|reporting\\s+by|story\\s+by|words\\s+by|text|texto|by|von|par|por|door|от|автор)|di|de|da"
                    + "|بقلم|كتب|מאת|作者|记者|記者|文)(?:\\s*[:：]\\s*|\\s+)");
    private static final Pattern SEPARATORS = Pattern.compile(
            "\\s*(?:,|;|\\||·|•|\\s&\\s|\\s(?:and|und|et|y|e|en|og|och|i|и)\\s)\\s*");
    private static final Pattern RELATIVE_TIME = Pattern.compile(
            "(?i)\\b(?:\\d+\\s*(?:h|hrs?|hours?|mins?|minutes?|d|days?|std\\.?|stunden?|heures?|horas?)\\b(?:\\s*ago)?"
                    + "|vor\\s+\\d+\\s+\\w+|il y a\\s+\\d+\\s+\\w+|hace\\s+\\d+\\s+\\w+|há\\s+\\d+\\s+\\w+"
                    // From a publication or update label on, the rest of a byline is its date line.
                    + "|(?:updated|published|posted on|aktualisiert|veröffentlicht|publié|mis à jour|publicado|actualizado"
                    + "|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt)(?!\\p{L}).*)");
    private static final Pattern DATE = Pattern.compile(
            "(?i)\\b(?:\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?"
                    + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?"
                    + "|\\d{1,2}\\.?\\s+(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)[a-zä]*\\.?(?:\\s+\\d{4})?)\\b.*");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");
    private static final Set<String> JOB_WORDS = Set.of("correspondent", "editor", "reporter", "writer", "staff",
            "bureau", "chief", "senior", "columnist", "contributor", "desk", "news", "agency", "photographer",
            "korrespondent", "korrespondentin", "redakteur", "redakteurin", "redaktion", "autor", "autorin",
            "journaliste", "correspondant", "correspondante", "rédaction", "rédacteur", "corresponsal", "redacción",
            "redattore", "redazione", "redactie", "verslaggever", "correspondente", "redação");

    private AuthorNames() {
    }

    /** The names in a byline text, cleaned and in order; empty when none looks like a name. */
    static List<String> from(String byline, String outlet) {
        String text = TextNormalizer.htmlInline(byline == null ? "" : byline).strip();
        text = RELATIVE_TIME.matcher(text).replaceAll(" ");
        text = DATE.matcher(text).replaceAll(" ");
        Set<String> names = new LinkedHashSet<>();
        for (String part : SEPARATORS.split(text)) {
            String name = PREFIX.matcher(part.strip()).replaceFirst("").strip();
            name = name.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.]]+$|\\s+[-–—]\\s*$", "").strip();
            if (isName(name, outlet)) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** Several sources' names joined the way the library keeps a byline: "Jane Doe, Omar Haddad". */
    static String joined(List<String> names) {
        return String.join(", ", names);
    }

    static boolean isName(String candidate, String outlet) {
        if (candidate.isBlank() || candidate.length() > 60 || candidate.contains("@") || candidate.matches(".*\\d.*")) {
            return false;
        }
        if (!outlet.isBlank() && candidate.equalsIgnoreCase(outlet.strip())) {
            return false;
        }
        String[] words = candidate.split("\\s+");
        if (words.length > 6 || Character.isLowerCase(candidate.codePointAt(0))) {
            return false;
        }
        List<String> lower = new ArrayList<>();
        for (String word : words) {
            lower.add(word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""));
        }
        for (String word : lower) {
            if (JOB_WORDS.contains(word)) {
                return false;
            }
        }
        // Two letters or fewer in all is an avatar's initials ("JD"), not a name; a Chinese or Japanese name may have
        // two characters ("王丽").
        int letters = candidate.replaceAll("[^\\p{L}]", "").length();
        return letters > 2 || letters == 2 && CJK.matcher(candidate).find();
    }
}
