package dev.margin.suggest;

import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a run of capitalised words that opens with no known given name and no role is used as a person's name
 * anywhere in the article. News names a person in full once and then by surname ("Kenta Morishima … Morishima said"),
 * gives an age (", 63,"), a role, "who" or a verb of saying; a place or a body named in full ("Mendip Vale", "Des Moines", "Copper
 * Basin") is never shortened to its last word.
 */
final class PersonEvidence {
    /** ", 63,", ", a 34-year-old" or ", who" right after a name: an age, a relative word only people take, or a reporter's participle. */
    private static final Pattern PERSON_AFTER = Pattern.compile("^(, (\\d{1,3},|an? \\d{1,3}-year-old\\b|who\\b|whose\\b|reporting from\\b|speaking to\\b)| \\(\\d{1,3}\\))");

    /** A party's or state's tag in brackets after a name: "SF", "D-N.M.", "Sinn Féin". */
    private static final Pattern PARTY_TAG = Pattern.compile("\\p{Lu}[\\p{L}.\\-]*( \\p{Lu}[\\p{L}.\\-]*)?");

    /** A preposition after a role's noun that says where or on what the role is held: "a researcher at", "an expert on", "an adviser to". */
    private static final Pattern ROLE_COMPLEMENT = Pattern.compile(" (at|for|with|of|in|from|on|to) ");

    /** Words that open a relative clause after a role's noun: "a researcher who has studied …", "eine Ärztin, die …". */
    private static final Set<String> RELATIVES = Set.of("who", "whose", "der", "die", "deren", "dessen");

    /** What follows a German role's noun set off after a name: a comma, a full stop or the role's complement. */
    private static final Pattern GERMAN_ROLE_COMPLEMENT = Pattern.compile("(,|\\.| (der|des|bei|beim|im|am|von|vom|an|für|aus) )");

    /** Two or three initials with dots: "K.M.", "P.R.", "A.B.C.". */
    private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.){2,3}");

    /** Words before a saint's name in places ("St John’s", "Sankt Pölten", "San José"). */
    private static final java.util.Set<String> SAINTS = java.util.Set.of("St", "St.", "Saint", "Sankt", "San", "Santa", "São");

    private final Lexicon lexicon;
    private final TextLayout layout;

    PersonEvidence(Lexicon lexicon, TextLayout layout) {
        this.lexicon = lexicon;
        this.layout = layout;
    }

    /** Whether {@code words} stand for a person somewhere: the surname alone, an age after them, or a verb of saying next to them. */
    boolean usedAsPerson(List<Token> words) {
        Token first = words.get(0);
        Token last = words.getLast();
        // ("City Clerk Hannah Voss": a given name further in, after a role written with capitals)
        boolean givenNameInside = false;
        for (int k = 1; k < words.size(); k++) {
            // (not after "St" or "Sankt": "Churchdown St John’s" is a ward, "St. Pölten" a town)
            givenNameInside |= lexicon.isGivenName(words.get(k).text()) && !SAINTS.contains(words.get(k - 1).text());
        }
        return givenNameInside || describedAfter(last) || roleBefore(first) || roleAfter(last) || saysNext(first, last)
                || surnameAlone(first, last);
    }

    /** Whether ", 63,", ", a 34-year-old", ", who" or the like follows the word {@code last}. */
    private boolean describedAfter(Token last) {
        return PERSON_AFTER.matcher(layout.text.substring(last.end(), Math.min(layout.text.length(), last.end() + 17))).find();
    }

    /**
     * "a mihi from Hineroa Paenga, who represents …": after "from", words that ", who", an age or ", a 34-year-old"
     * follow are a person's name, unless a person's noun stands before "from" ("a disaster official from Nueva Ecija,
     * who …" is the official).
     */
    boolean describedAfterFrom(Token first, Token last) {
        int from = layout.firstTokenFrom(first.start()) - 1;
        if (from < 1 || !layout.tokens.get(from).text().equals("from")) {
            return false;
        }
        String noun = layout.tokens.get(from - 1).text();
        return !RoleFinder.ROLE_HEADS.contains(noun) && !lexicon.isAnonymousHead(noun) && describedAfter(last);
    }

    /**
     * "Alison Park, a spokeswoman, said", "Dr. Min-ji Park said": a given name and a word that names places as often as
     * it is a surname, used as a person's name ("Stanley Park" and "Victoria Park" take no role and say nothing).
     */
    boolean personNamedLikePlace(List<Token> words) {
        return words.size() == 2 && lexicon.isGivenName(words.get(0).text()) && usedAsPerson(words);
    }

    /** "Ararat Mirzoyan, Armenia’s foreign minister, did not speak": a role in the words set off by commas after the name. */
    boolean roleAfter(Token last) {
        int index = layout.firstTokenFrom(last.end());
        if (index >= layout.tokens.size() || !layout.text.startsWith(", ", last.end())) {
            return false;
        }
        for (int k = index; k < Math.min(layout.tokens.size(), index + 6); k++) {
            Token word = layout.tokens.get(k);
            boolean roleNoun = RoleFinder.ROLE_HEADS.contains(word.text()) || lexicon.language().kin.contains(word.text()); // ("a mother of five")
            if (k == index && lexicon.languageCode().equals("de") && lexicon.isTitle(word.text())
                    && GERMAN_ROLE_COMPLEMENT.matcher(layout.text.substring(word.end(), Math.min(layout.text.length(), word.end() + 6))).lookingAt()) {
                return true; // "Marten Oosterhuis, Ökonom der niederländischen Bank ING": a German role, capitalised, right after the comma
            }
            if (word.isLowerCase() && roleNoun && (layout.text.startsWith(",", word.end())
                    || ROLE_COMPLEMENT.matcher(layout.text.substring(word.end(), Math.min(layout.text.length(), word.end() + 6))).lookingAt()
                    || saysAfterApposition(word))) {
                // (or the role's complement: "Renad Shaqra, a researcher at Chatham House, said"; "chief economist at": the
                // last of the role's words)
                return !nameClosesRole(word.end());
            }
        }
        return false;
    }

    /**
     * "Renad Shaqra, a researcher who has studied Iraq's armed groups for a decade, said": however the role goes on, the
     * words set off after the name close with a comma and a verb of saying, so the name is the one who speaks.
     */
    private boolean saysAfterApposition(Token roleHead) {
        Sentence sentence = layout.sentenceAt(roleHead.start());
        int after = layout.firstTokenFrom(roleHead.end());
        String following = after < layout.tokens.size() ? layout.tokens.get(after).text() : "";
        if (!RELATIVES.contains(following) && !lexicon.language().prepositions.contains(following)) {
            return false; // ("The Friends of Nailsea Library, a volunteer group, said": the role's noun only qualifies the next)
        }
        int comma = layout.text.indexOf(", ", roleHead.end());
        if (sentence == null || comma < 0 || comma >= sentence.end() || layout.quoteAt(comma) != null) {
            return false;
        }
        int next = layout.firstTokenFrom(comma + 1);
        return next < layout.tokens.size() && isSaying(layout.tokens.get(next));
    }

    /** "on Morning Ireland, the chief executive of the HSE, Fergal Kinsella, said": the role is the name's after it. */
    private boolean nameClosesRole(int from) {
        int comma = layout.text.indexOf(", ", from);
        int paragraphEnd = layout.text.indexOf('\n', from);
        if (comma < 0 || paragraphEnd >= 0 && comma > paragraphEnd) {
            return false;
        }
        int next = layout.firstTokenFrom(comma + 1);
        return next + 1 < layout.tokens.size() && layout.tokens.get(next).isCapitalised() && layout.tokens.get(next + 1).isCapitalised()
                && layout.onlySpacesBetween(layout.tokens.get(next).end(), layout.tokens.get(next + 1).start());
    }

    /** "goalkeeper Mateus Rocha", "the foreign minister, Halvard Østrem": a role's noun right before, with or without a comma. */
    boolean roleBefore(Token first) {
        int before = layout.firstTokenFrom(first.start()) - 1;
        if (before < 0) {
            return false;
        }
        Token role = layout.tokens.get(before);
        String gap = layout.text.substring(role.end(), first.start());
        String lower = role.text().toLowerCase(Locale.ROOT);
        if (role.isLowerCase() && (gap.equals(" ") || gap.equals(", "))
                && (RoleFinder.ROLE_HEADS.contains(lower) || lexicon.language().kin.contains(lower))) {
            return true;
        }
        return roleHeadBeforeComma(first, false) != null;
    }

    /**
     * "Die Generalsekretärin der Gewerkschaft CGT, Nadège Fournier", "a spokeswoman for the Republican National
     * Committee, Alison Park": the title or role that heads the words before the comma right before {@code first}, or null.
     * {@code longer}: up to eight words, an acronym in brackets among them ("Der Präsident des Zentralverbands des Deutschen
     * Handwerks (ZDH), Bernd Kolbeck"); else six.
     */
    Token roleHeadBeforeComma(Token first, boolean longer) {
        int before = layout.firstTokenFrom(first.start()) - 1;
        if (before < 0 || !gapBetween(layout.tokens.get(before).end(), first.start(), longer).equals(", ")) {
            return null;
        }
        for (int k = before; k >= 0 && k > before - (longer ? 8 : 6); k--) {
            Token word = layout.tokens.get(k);
            if (lexicon.isTitle(word.text()) && !lexicon.language().postNominals.contains(word.text())
                    || word.isLowerCase() && RoleFinder.ROLE_HEADS.contains(word.text())) {
                return word;
            }
            if (k < before && !gapBetween(word.end(), layout.tokens.get(k + 1).start(), longer).isBlank()) {
                return null;
            }
            String lower = word.text().toLowerCase(java.util.Locale.ROOT);
            if (lexicon.languageCode().equals("de") && word.isLowerCase() && !lexicon.language().determiners.contains(lower)
                    && !lexicon.language().prepositions.contains(lower) && !lexicon.language().nameConjunctions.contains(lower)
                    && !GERMAN_ADJECTIVE_ENDING.matcher(lower).find()) {
                return null; // "Der Präsident teilt das Ziel, Amerikas Lieferketten …": a verb, so no role phrase
            }
        }
        return null;
    }

    /** How a German adjective inside a role phrase ends ("des russischen Außenministeriums"), unlike "teilt". */
    private static final java.util.regex.Pattern GERMAN_ADJECTIVE_ENDING = java.util.regex.Pattern.compile("(e|en|er|es|em)$");

    /** The text between two words, without brackets when {@code dropBrackets} ("Handwerks (ZDH), "). */
    private String gapBetween(int from, int to, boolean dropBrackets) {
        String gap = layout.text.substring(from, to);
        return dropBrackets ? gap.replace("(", "").replace(")", "") : gap;
    }


    /** "…, said Kenta Morishima", "Kenta Morishima said", "quoted Aibek Toktomushev as saying": a verb of saying next to it. */
    private boolean saysNext(Token first, Token last) {
        int before = layout.firstTokenFrom(first.start()) - 1;
        int close = layout.text.startsWith(" (", last.end()) ? layout.text.indexOf(')', last.end()) : -1;
        boolean tagged = close > 0 && close - last.end() <= 20 && PARTY_TAG.matcher(layout.text.substring(last.end() + 2, close)).matches();
        // ("Cathal Ó Duibhir (SF) said": a party's tag in brackets stands between the name and its verb)
        int next = layout.firstTokenFrom(tagged ? close + 1 : last.end());
        if (layout.text.startsWith(" as saying", last.end())) {
            return true;
        }
        // ("said Kestrel's balance sheet": a possessive after the verb opens its object)
        return before >= 0 && !last.possessive() && isSaying(layout.tokens.get(before)) && layout.onlySpacesBetween(layout.tokens.get(before).end(), first.start())
                || next < layout.tokens.size() && isSaying(layout.tokens.get(next)) && layout.onlySpacesBetween(tagged ? close + 1 : last.end(), layout.tokens.get(next).start());
    }

    private boolean isSaying(Token word) {
        if (!lexicon.language().plainSayingVerbs.isEmpty()) {
            // (German lists the stems of separable verbs, "stellte … klar", "gab … zu", which say nothing without their
            // particle; plain-saying-verbs.txt holds those that do)
            return lexicon.language().plainSayingVerbs.contains(word.text());
        }
        return word.isLowerCase() && lexicon.reportingVerb(word.text().toLowerCase(Locale.ROOT)) != null;
    }

    /** The last word standing elsewhere without the words before it: "Morishima said", "Ms Garside". */
    private boolean surnameAlone(Token first, Token last) {
        String surname = last.text().endsWith("’s") || last.text().endsWith("'s") ? last.text().substring(0, last.text().length() - 2) : last.text();
        for (int k = 0; k < layout.tokens.size(); k++) {
            Token t = layout.tokens.get(k);
            if (t.start() >= first.start() && t.end() <= last.end() || !t.isCapitalised() || !t.text().startsWith(surname)) {
                continue;
            }
            boolean whole = t.text().length() == surname.length() || t.possessive() && t.text().length() == surname.length() + 2;
            Token before = k > 0 ? layout.tokens.get(k - 1) : null;
            boolean partOfFullName = before != null && before.isCapitalised() && layout.onlySpacesBetween(before.end(), t.start());
            if (whole && (!partOfFullName || lexicon.isTitle(before.text()))) {
                return true;
            }
        }
        return false;
    }

    /** "the Halfway Stars", "the Rolling Stones": a plural after "the", which names members, never one person. */
    boolean pluralAfterThe(List<Token> words) {
        int index = layout.firstTokenFrom(words.get(0).start()) - 1;
        String last = words.getLast().text();
        return index >= 0 && layout.tokens.get(index).text().equals("the") && layout.onlySpacesBetween(layout.tokens.get(index).end(), words.get(0).start())
                && last.length() > 3 && last.endsWith("s") && !words.getLast().possessive() && !lexicon.isGivenName(last)
                && !lexicon.language().eventPlurals.contains(last);
    }

    /** "a 2017 Nissan Pathfinder", "the 1998 Ford Ranger": a model year before the words makes them a product's name. */
    boolean afterModelYear(Token first) {
        int index = layout.firstTokenFrom(first.start()) - 1;
        if (index < 1 || !layout.onlySpacesBetween(layout.tokens.get(index).end(), first.start())) {
            return false;
        }
        String year = layout.tokens.get(index).text();
        String article = layout.tokens.get(index - 1).text().toLowerCase(Locale.ROOT);
        return year.matches("(19|20)\\d\\d") && (article.equals("a") || article.equals("the") || article.equals("his") || article.equals("her"));
    }

    /**
     * "K.M. Vasudevan", "P.R. Vijayakumar": South Indian names open with the initials of the given names, written like
     * an acronym with dots; one or two capitalised words follow, none a body's word, and the initials name no body.
     */
    boolean initialsOpenName(List<Token> words) {
        Token first = words.get(0);
        return words.size() >= 2 && words.size() <= 3 && INITIALS.matcher(first.text()).matches()
                && lexicon.knownOrganisation(first.text()) == null && lexicon.stateNamed(first.text()) == null
                && !lexicon.language().stateTags.containsKey(first.text().toLowerCase(Locale.ROOT)) && !afterIn(first) // ("in B.C. Interior")
                && words.stream().skip(1).allMatch(w -> w.isCapitalised() && !w.isAcronym() && !lexicon.isOrganisationWord(w.text()));
    }

    private boolean afterIn(Token first) {
        int index = layout.firstTokenFrom(first.start()) - 1;
        return index >= 0 && Set.of("in", "near", "across").contains(layout.tokens.get(index).text());
    }

    /** "the Dane", "the Spaniard": a noun of nationality after "the" is what someone is, not their name. */
    boolean nationalAfterThe(Token word) {
        int index = layout.firstTokenFrom(word.start()) - 1;
        return StandInNouns.ENGLISH_NATIONALS.contains(word.text()) && index >= 0
                && layout.tokens.get(index).text().equalsIgnoreCase("the");
    }

    /**
     * "Ministry spokesperson He Lanfang": inside a sentence an English pronoun has no capital, so a capitalised "He"
     * opening a name there is a surname (Chinese names put it first).
     */
    boolean surnameLikePronoun(List<Token> words, Token t, boolean sentenceInitial) {
        return lexicon.languageCode().equals("en") && !sentenceInitial && words.size() > 1 && t == words.getFirst() && t.isCapitalised()
                && lexicon.language().pronouns.containsKey(t.text().toLowerCase(Locale.ROOT));
    }

    /** German articles and prepositions fused with one ("vom", "im"), which stand before a thing's name, not a person's. */
    private static final Set<String> GERMAN_ARTICLES = Set.of("der", "die", "das", "den", "dem", "des", "vom", "im", "am",
            "zum", "zur", "beim", "ins", "ans");

    /**
     * "vom Schwarzen Meer", "um den Goldenen Bären", "im Berlinale-Palast Premiere": German puts no article before a
     * person's name, so a German article right before a name without a given name says it names a place or a thing
     * (but "…, die Nato Kipiani spielt": after a comma the word is a relative pronoun).
     */
    boolean articleBeforeGermanName(Token first) {
        int index = layout.firstTokenFrom(first.start()) - 1;
        if (!lexicon.languageCode().equals("de") || index < 0 || lexicon.isGivenName(first.text())) {
            return false;
        }
        Token before = layout.tokens.get(index);
        return GERMAN_ARTICLES.contains(before.text()) && layout.onlySpacesBetween(before.end(), first.start())
                && (index == 0 || !layout.text.substring(layout.tokens.get(index - 1).end(), before.start()).contains(","));
    }

    /**
     * "Will Hurd said", "Grant Shapps said": a given name that is also a word opens a name when a surname follows it (not
     * in German, whose nouns all have capitals: "Allen Hebammen" is "to all midwives").
     */
    boolean givenNameOpening(List<Token> run, int index) {
        if (lexicon.languageCode().equals("de") || index + 1 >= run.size() || !lexicon.isGivenName(run.get(index).text())) {
            return false;
        }
        String next = run.get(index + 1).text();
        return !lexicon.isCommonWord(next) && !lexicon.isOrganisationWord(next) && lexicon.knownOrganisation(next) == null
                && lexicon.stateNamed(next) == null && !lexicon.isPlace(next);
    }
}
