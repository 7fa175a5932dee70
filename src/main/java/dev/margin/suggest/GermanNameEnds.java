package dev.margin.suggest;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a German name ends, for {@link ActorFinder}: German capitalises every noun, so the object after a name written
 * after its verb ("hat Claudia Reichert-Born Fehler eingeräumt", "schaufelt Hannelore Kugler Schlamm aus …") runs on
 * as if it were more of the name.
 */
final class GermanNameEnds {
    private final Lexicon lexicon;
    private final TextLayout layout;
    private final String text;
    private final PosTags pos;

    GermanNameEnds(Lexicon lexicon, TextLayout layout, PosTags pos) {
        this.lexicon = lexicon;
        this.layout = layout;
        this.text = layout.text;
        this.pos = pos;
    }

    /** "Jürgen Dupré Versäumnisse eingeräumt": a common noun after a name is the next phrase's, not the name's. */
    List<Token> withoutTrailingCommonNouns(List<Token> words) {
        int to = words.size();
        // a word right after a given name is a surname, even one that is also a noun ("Tim Vogel", "Jonas Weiß")
        // and so is a word after a noble particle ("Almut zu Rieneck")
        while (to > 1 && (pos.isCommonNoun(words.get(to - 1)) || PLURAL_NOUN.matcher(words.get(to - 1).text()).find()
                || nextPhraseAfterSurname(words, to - 1))
                && !lexicon.isGivenName(words.get(to - 1).text())
                && !lexicon.isGivenName(words.get(to - 2).text()) && !NOBLE_PARTICLES.contains(words.get(to - 2).text())) {
            to--;
        }
        return words.subList(0, to);
    }

    /**
     * "Innenstaatssekretärin Claudia Reichert-Born Fehler der Aufsicht eingeräumt", "schaufelt Jonas Bräutigam Schlamm aus
     * seiner Werkstatt": in German, a word after a given name and a surname is the next phrase's, whatever the tagger
     * reads, when the surname is a double one (which takes no third name) or the text has the surname without that word
     * and a word in lower case follows it here.
     */
    private boolean nextPhraseAfterSurname(List<Token> words, int k) {
        if (!lexicon.languageCode().equals("de") || k < 2 || !lexicon.isGivenName(words.get(k - 2).text())
                || lexicon.isGivenName(words.get(k).text())) {
            return false;
        }
        String surname = words.get(k - 1).text();
        return DOUBLE_SURNAME.matcher(surname).matches()
                || layout.lowerCaseWordFollows(words.get(k).end(), text.length()) && surnameStandsAlone(surname, words.get(k).text());
    }

    /** Whether {@code text} has {@code surname} somewhere not followed by {@code next} ("Bräutigam sagt", not "Bräutigam Schlamm"). */
    private boolean surnameStandsAlone(String surname, String next) {
        for (int at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
            int end = at + surname.length();
            boolean wordEnds = end >= text.length() || !Character.isLetter(text.charAt(end));
            if (wordEnds && !text.startsWith(" " + next, end)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern DOUBLE_SURNAME = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Lu}\\p{Ll}+");

    /** Plural endings of German nouns no surname has ("Doktorandinnen", "Forderungen"), whatever the tagger reads. */
    /** Endings of German comparatives and present participles as inflected before a noun ("Höhere", "Steigende"). */
    private static final Pattern COMPARATIVE_OR_PARTICIPLE = Pattern.compile("\\p{Ll}(ere|eren|erer|eres|ende|enden)$");

    /**
     * "Höhere Prämien träfen vor allem Hausbesitzer", "Steigende Kosten": a comparative or a participle before a noun
     * opens no one's name (a given name with such an ending is known as one and asked about first).
     */
    static boolean opensWithComparativeOrParticiple(List<Token> words) {
        return words.size() > 1 && COMPARATIVE_OR_PARTICIPLE.matcher(words.get(0).text()).find();
    }

    /**
     * A capitalised adjective of a region or a kind, inflected ("Hessische", "Evangelischen"), which opens a body's name
     * (the bare form opens a town's: "Schwäbisch Hall", "Bergisch Gladbach").
     */
    private static final Pattern NAMING_ADJECTIVE = Pattern.compile("^\\p{Lu}\\p{Ll}+ische[n]?$");

    /**
     * "Der Hessische Flüchtlingsrat sprach von …", "die Bayerische Landesärztekammer": a capitalised adjective in -isch
     * opening a run names a body, never a person.
     */
    boolean namesBodyByAdjective(List<Token> words) {
        int before = layout.firstTokenFrom(words.get(0).start()) - 1;
        // (not the end of a longer name: "Deutsche Gesellschaft für Pädiatrische Infektiologie")
        boolean endOfName = before >= 0 && layout.tokens.get(before).isLowerCase() && !lexicon.language().determiners.contains(layout.tokens.get(before).text());
        return words.size() > 1 && !endOfName && NAMING_ADJECTIVE.matcher(words.get(0).text()).find()
                && words.stream().noneMatch(t -> lexicon.isGivenName(t.text()));
    }

    /** German words that count people before a plural noun ("einzelne Grüne", "mehrere Abgeordnete"). */
    private static final Set<String> PLURAL_QUANTIFIERS = Set.of("einzelne", "mehrere", "viele", "einige", "manche", "etliche",
            "zahlreiche", "sämtliche", "weitere", "wenige");

    /** Whether a word counting people stands right before {@code first} ("einzelne Grüne Bedenken"): a plural, no name. */
    static boolean countedBefore(TextLayout layout, Token first) {
        int before = layout.firstTokenFrom(first.start()) - 1;
        return before >= 0 && PLURAL_QUANTIFIERS.contains(layout.tokens.get(before).text());
    }

    private static final Pattern PLURAL_NOUN = Pattern.compile("\\p{Ll}(innen|ungen|heiten|keiten|schaften|tionen)$");

    private static final Set<String> NOBLE_PARTICLES = Set.of("zu", "von", "van", "vom", "zur", "der", "den", "de");
}
