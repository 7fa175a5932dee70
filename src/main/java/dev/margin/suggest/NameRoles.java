package dev.margin.suggest;

import java.util.List;
import java.util.Set;

/**
 * The words before a name that say who the named is: a title ("Foreign Minister Ada Obi"), a German nationality ("der
 * Schwede Mikael Sandström"), German role nouns the tagger reads as common nouns ("Geschäftsführer Hauke Jessen"), or
 * a kind of company, which makes the name a company's ("der Autozulieferer Wendler Präzisionstechnik").
 */
final class NameRoles {
    /** Where the name starts in the run, the role's words (null for a bare "Mr"), the gender it gives, whether a company. */
    record Role(int nameFrom, String text, char gender, boolean company) {
    }

    /** Forms of address that say nothing of a role. */
    private static final Set<String> HONORIFICS = Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Smt", "Smt.", "Shri",
            "Shrimati", "Sri", "Kumari");
    /** Particles a surname may begin with right after a title ("Präsidentin von der Leyen", "wethouder van Dam"). */
    private static final Set<String> PARTICLES_OPENING_NAMES = Set.of("von", "van", "de", "del", "da", "di", "al", "bin", "dos");

    /** Endings of German nouns for what someone does ("Pianistin", "Bergführer"), where the tagger may read a name. */
    private static final java.util.regex.Pattern OCCUPATION_ENDING = java.util.regex.Pattern.compile("(in|er|ist)$");
    /**
     * Endings of German abstract nouns, which name nobody: in a headline without its full stop the tagger may read
     * "die Schweizer Konjunktur" as a Swiss called Konjunktur.
     */
    private static final java.util.regex.Pattern ABSTRACT_NOUN_ENDING = java.util.regex.Pattern.compile(
            "..(ung|heit|keit|schaft|tion|ismus|tät|tur)$");

    private final Lexicon lexicon;
    private final String text;
    private final NameEvidence evidence;
    private final PosTags pos;

    NameRoles(Lexicon lexicon, TextLayout layout, NameEvidence evidence, PosTags pos) {
        this.lexicon = lexicon;
        this.text = layout.text;
        this.evidence = evidence;
        this.pos = pos;
    }

    /** "Richterin Vollbracht" after "Dr. Annegret Vollbracht": a surname the text gave in full before, whatever the tagger says. */
    private boolean namedInFullBefore(Token word) {
        return java.util.regex.Pattern.compile("\\p{Lu}\\p{L}+ " + java.util.regex.Pattern.quote(word.text()) + "\\b")
                .matcher(text.substring(0, word.start() - 1)).find();
    }

    /** A title, or in German a nationality, before the name; null when the run opens with neither. */
    Role titleOrNationality(List<Token> words) {
        int title = titleIndex(words);
        if (title >= 0) {
            String role = title == 0 && HONORIFICS.contains(words.get(0).text()) ? null
                    : text.substring(words.get(0).start(), words.get(title).end());
            String word = words.get(title).text();
            char gender = addressedAfterHonorific(words, title) ? lexicon.titleGender(words.get(title - 1).text())
                    : lexicon.isTitle(word) ? lexicon.titleGender(word) : pluralTitle(word) ? '-' : councilTitleGender(word);
            return new Role(title + 1, role, gender, false);
        }
        String opening = words.get(0).text().toLowerCase(java.util.Locale.ROOT);
        if (words.size() >= 3 && lexicon.languageCode().equals("en") && RoleFinder.ROLE_HEADS.contains(opening)) {
            // "Drummer Wendell Haskins, who left the band in 1984, …": a role noun capitalised only because it opens the sentence
            return new Role(1, opening, '-', false);
        }
        LanguageProfile.Nationality nationality = words.size() > 1 ? lexicon.language().nationality(words.get(0).text()) : null;
        // "der Schwede Mikael Sandström": what the text later calls the person ("sagte der Schwede")
        // (not an adjectival noun: "Deutsche Bahn" is a name, not a German called Bahn; nor "eine Schweizer Lösung",
        // where the tagger reads the word after it as a common noun)
        boolean commonNounAfter = nationality != null && words.size() == 2 && !lexicon.isGivenName(words.get(1).text())
                && (pos.available() && pos.isCommonNoun(words.get(1)) || ABSTRACT_NOUN_ENDING.matcher(words.get(1).text()).find()
                    || lexicon.language().isCompanyKindCompound(words.get(1).text())); // ("einen Schweizer Pharmakonzern")
        if (nationality == null || nationality.gender() == '-' || commonNounAfter) {
            return null;
        }
        int from = 1;
        while (words.size() - from >= 3 && !lexicon.isGivenName(words.get(from).text()) && (lexicon.isTitle(words.get(from).text())
                || pos.available() && pos.isCommonNoun(words.get(from)) || OCCUPATION_ENDING.matcher(words.get(from).text()).find())) {
            from++; // "die Schweizer Pianistin Ladina Caflisch": the occupation after the nationality is no part of the name
        }
        // "die Schweizer Pianistin": the occupation's ending, not the nationality's invariant adjective, gives the gender
        char gender = from == 1 ? nationality.gender() : words.get(from - 1).text().endsWith("in") ? 'F' : lexicon.titleGender(words.get(from - 1).text());
        return new Role(from, nationality.nominative(), gender, false);
    }

    /**
     * German common nouns before a proper name, by the tagger: a role ("Biologin Frauke Ohlsen"), or a kind of company
     * ("Autozulieferer"); null without a model, before a given name, or in runs of fewer than three words (so that the
     * tagger runs only on sentences where it can tell something).
     */
    Role germanRoleNouns(List<Token> words) {
        if (lexicon.languageCode().equals("de") && words.size() == 2 && !lexicon.isGivenName(words.get(0).text())
                && lexicon.isGivenName(words.get(1).text()) && UnnamedSpeakers.endsLikeGermanPersonNoun(words.get(0).text())) {
            // "Anwohnerin Sabine (52)", "Nachbar Kevin": local copy names witnesses by their given name alone
            String role = words.get(0).text();
            return new Role(1, role, role.endsWith("in") ? 'F' : '-', false);
        }
        if (!lexicon.languageCode().equals("de") || !pos.available() || words.size() < 3 || lexicon.isGivenName(words.get(0).text())) {
            return null;
        }
        int nouns = evidence.leadingRoleNouns(words);
        if (nouns == 0) {
            nouns = evidence.roleWordsBeforeGivenName(words);
        }
        if (nouns == 0) {
            return null;
        }
        String role = text.substring(words.get(0).start(), words.get(nouns - 1).end());
        // ("Produzent Jonas Wehrhahn": a word for a maker before a given name is the person's job, not a company's kind)
        boolean company = lexicon.language().isCompanyKind(words.get(nouns - 1).text()) && !lexicon.isGivenName(words.get(nouns).text());
        return new Role(nouns, role, '-', company);
    }

    /**
     * "Governors Philip Okonjo and Stuart Halvorsen voted against", "Sens. Ann Keel and Jo Marr": an English title in the
     * plural before a given name is the role of each one named (but "Queens Borough Hall" is no queen's).
     */
    private boolean pluralTitle(String word) {
        if (!lexicon.languageCode().equals("en")) {
            return false;
        }
        return word.endsWith("s.") && word.length() > 3 && lexicon.isTitle(word.substring(0, word.length() - 2) + ".")
                || word.endsWith("s") && word.length() > 3 && Character.isUpperCase(word.charAt(0)) && lexicon.isTitle(word.substring(0, word.length() - 1));
    }

    /** "Herr Kollege Zankl", "Frau Abgeordnete Brandt": a German noun of address after "Herr" or "Frau" is role, not name. */
    private boolean addressedAfterHonorific(List<Token> words, int k) {
        return k > 0 && lexicon.languageCode().equals("de") && OneWordNames.ADDRESSED_AS.contains(words.get(k).text())
                && ("Herr".equals(words.get(k - 1).text()) || "Frau".equals(words.get(k - 1).text()));
    }

    /** The gender a word naming a council's member before a name gives ("Regierungsrat", "SVP-Nationalrat"), else 0. */
    private char councilTitleGender(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        for (java.util.Map.Entry<String, Character> ending : lexicon.language().councilTitles.entrySet()) {
            if (lower.endsWith(ending.getKey())) {
                return ending.getValue();
            }
        }
        return 0;
    }

    /** True when the word before {@code first} is an indefinite article ("ein", "a"). */
    private boolean afterIndefiniteArticle(Token first) {
        int end = first.start();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < end && lexicon.language().indefiniteArticles.containsKey(text.substring(start, end).toLowerCase(java.util.Locale.ROOT));
    }

    /** The last title word that is followed by one to four name words, or -1. */
    private int titleIndex(List<Token> words) {
        for (int k = words.size() - 2; k >= 0; k--) {
            // ("der Regierungsrat" is the cantonal government; "Regierungsrat Curdin Arpagaus" one of its members)
            boolean council = councilTitleGender(words.get(k).text()) != 0 && words.size() - k > 2;
            if (!lexicon.isTitle(words.get(k).text()) && !council && !addressedAfterHonorific(words, k)
                    && !(k == 0 && pluralTitle(words.get(k).text()) && lexicon.isGivenName(words.get(k + 1).text()))) {
                continue;
            }
            List<Token> rest = words.subList(k + 1, words.size());
            if (rest.size() == 1 && lexicon.isGivenName(words.get(k).text())) {
                // "captain Dean Ashworth": a title that is also a given name, before a lone surname, is the given name
                continue;
            }
            if (rest.size() == 1 && lexicon.languageCode().equals("de") && pos.available() && pos.isCommonNoun(rest.get(0))
                    && !lexicon.isGivenName(rest.get(0).text()) && !namedInFullBefore(rest.get(0))) {
                return -1; // "erließ ein Ermittlungsrichter Haftbefehl": the word after the role is its object, no name
            }
            if (k == 0 && rest.size() == 1 && afterIndefiniteArticle(words.get(0))) {
                return -1; // "erließ ein Ermittlungsrichter Haftbefehl": a role someone unnamed holds, then its object
            }
            // (a name's particles do not count: "Sayyid Khalid bin Hamad Al Harthi")
            long nameWords = rest.stream().filter(t -> !ActorFinder.NAME_PARTICLES.contains(t.text())).count();
            // ("Landrat von Mittelsachsen" where the article also writes "in Mittelsachsen": a place's office, not a noble name)
            boolean ofPlace = rest.size() == 2 && rest.get(0).text().equals("von")
                    && java.util.regex.Pattern.compile("\\b(in|aus|nach) " + java.util.regex.Pattern.quote(rest.get(1).text()) + "\\b").matcher(text).find();
            if (nameWords > 4 || ofPlace || rest.get(0).isLowerCase() && !PARTICLES_OPENING_NAMES.contains(rest.get(0).text())) {
                // "Sprecher der Stadt": an article after the role opens no name
                return -1;
            }
            for (int j = 0; j < rest.size(); j++) {
                Token t = rest.get(j);
                // ("Dr. Till Hoffmeister": after a given name, a word with a title's ending is a surname)
                boolean surname = j > 0 && lexicon.isGivenName(rest.get(j - 1).text());
                if (lexicon.isTitle(t.text()) && !surname || lexicon.isOrganisationWord(t.text()) || lexicon.makesThingName(rest, t)
                        || ActorFinder.CONNECTORS.contains(t.text()) && !ActorFinder.NAME_PARTICLES.contains(t.text())) {
                    return -1;
                }
            }
            return k;
        }
        return -1;
    }
}
