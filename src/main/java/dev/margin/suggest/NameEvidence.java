package dev.margin.suggest;

import dev.margin.domain.Span;

import java.util.List;
import java.util.regex.Pattern;
import java.util.Locale;
import java.util.Set;

/**
 * Evidence about a capitalised run beyond its own words, for the {@link ActorFinder}: whether the same words stand
 * mid-sentence elsewhere ("Whole Foods"), whether a body's common noun stands before it ("vakbond FNV"), whether a
 * possessive only a company takes follows it ("Northern Link’s managing director"), whether it is a dateline, and
 * what the part-of-speech tagger makes of its words (proper or common nouns), where the language has a model.
 */
final class NameEvidence {
    /** Words after a name's possessive that only a company has ("Northern Link’s managing director"). */
    private static final Set<String> CORPORATE_WORDS = Set.of("managing", "chief", "shareholders", "employees",
            "headquarters", "board", "subsidiary", "shares", "customers", "general");
    /** Per run of words opening a sentence: whether it also stands inside one (computed once per text and run). */
    private final java.util.Map<String, Boolean> insideSentence = new java.util.HashMap<>();

    private final Lexicon lexicon;
    private final TextLayout layout;
    private final String text;

    private final PosTags pos;

    NameEvidence(Lexicon lexicon, TextLayout layout, PosTags pos) {
        this.pos = pos;
        this.lexicon = lexicon;
        this.layout = layout;
        this.text = layout.text;
    }

    /** "L’association", "D’après": an elided article before a lower-case word is capitalised only by position. */
    static boolean isElidedCommonNoun(Token token) {
        String word = token.text();
        return word.length() > 2 && Tokenizer.isApostrophe(word.charAt(1)) && Character.isLowerCase(word.charAt(2));
    }

    /** "Mum-of-three", "Father-of-two": what a parent is, in British local papers, before the name; no part of it. */
    private static final java.util.regex.Pattern FAMILY_EPITHET = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+-of-(\\p{Ll}+|\\d+)");
    /** Words that carry a German body's name on past its noun when the run holds them: "Verband der …", "Institut für …". */
    private static final Set<String> GENITIVE_LINKS = Set.of("der", "des", "für");
    /** News agencies, which a German source speaks to in the dative: "sagte Christoph Nagele vom Lawinenwarndienst der APA". */
    private static final Set<String> NEWS_AGENCIES = Set.of("APA", "dpa", "AFP", "KNA", "epd", "SDA", "Keystone-SDA", "Nachrichtenagentur");

    static boolean isFamilyEpithet(Token token) {
        return FAMILY_EPITHET.matcher(token.text()).matches();
    }

    /** True when the words of {@code run} stand again somewhere after a lower-case word. */
    boolean occursInsideSentence(List<Token> run) {
        String surface = text.substring(run.get(0).start(), run.getLast().end());
        return insideSentence.computeIfAbsent(surface, this::occursInsideSentence);
    }

    private boolean occursInsideSentence(String surface) {
        int from = 0;
        for (int guard = 0; guard < 20; guard++) {
            int at = text.indexOf(surface, from);
            if (at < 0) {
                return false;
            }
            int p = at - 1;
            while (p >= 0 && text.charAt(p) == ' ') {
                p--;
            }
            if (p >= 0 && p < at - 1 && Character.isLowerCase(text.charAt(p))) {
                return true;
            }
            from = at + 1;
        }
        return false;
    }

    /** "l’association UFC-Que Choisir", "vakbond FNV", "il sindacato Anaao": a body's common noun before the name. */
    boolean describedAsBody(Token first) {
        int index = layout.firstTokenFrom(first.start()) - 1;
        if (index < 0 || !layout.onlySpacesBetween(layout.tokens.get(index).end(), first.start())) {
            return false;
        }
        String before = layout.tokens.get(index).text().toLowerCase(Locale.ROOT);
        int apostrophe = Math.max(before.indexOf('’'), before.indexOf('\''));
        String noun = apostrophe >= 0 ? before.substring(apostrophe + 1) : before;
        return lexicon.language().institutions.contains(noun) || lexicon.isOrganisationWord(Character.toUpperCase(noun.charAt(0)) + noun.substring(1));
    }

    /** "Rebecca Thorne KC" is Rebecca Thorne, so that "Ms Thorne" after it is her. */
    List<Token> withoutPostNominal(List<Token> words) {
        return words.size() > 2 && lexicon.language().postNominals.contains(words.getLast().text()) ? words.subList(0, words.size() - 1) : words;
    }

    /**
     * "Erstautorin Katrin Wehling", "Kellnerin Svenja Rolf", "Lausanner Mieteraktivist Olivier Chappuis": before a given
     * name, one or two capitalised German words are a role; the number of them, or 0.
     */
    int roleWordsBeforeGivenName(List<Token> words) {
        // ("Biologin Anouk van der Meulen": the surname may have its particles)
        for (int given = 1; given <= 2 && given + 2 <= words.size() && words.size() <= 6 + given - 1; given++) {
            List<Token> role = words.subList(0, given);
            if (lexicon.isGivenName(words.get(given).text()) && role.stream().noneMatch(t -> lexicon.isGivenName(t.text()) || t.text().indexOf('.') >= 0)) {
                return given;
            }
        }
        return 0;
    }

    /**
     * "Nachrichtenagentur Reuters", "Gewerkschaft IG Metall": a German common noun before a known body's name, which is
     * that body; null otherwise (and after an adjective: "des Deutschen Städtetags" keeps its whole name).
     */
    String knownBodyAfterNoun(List<Token> words) {
        Token first = words.get(0);
        if (!lexicon.languageCode().equals("de") || words.size() < 2 || lexicon.isGivenName(first.text())
                || ADJECTIVE_ENDING.matcher(first.text()).find() || first.isAcronym()) { // ("IG BCE" is no "IG" before "BCE")
            return null;
        }
        return lexicon.knownOrganisation(layout.text.substring(words.get(1).start(), words.getLast().end()));
    }

    /** "Northern Link’s managing director", "Acme’s shareholders": a possessive only a company takes. */
    boolean corporateFollows(Token last) {
        int next = layout.firstTokenFrom(last.end());
        return next < layout.tokens.size() && CORPORATE_WORDS.contains(layout.tokens.get(next).text());
    }

    /** True when the tagger reads no word of {@code words} as a proper noun ("Northern Link"); false without a model. */
    boolean taggedWithoutProperNoun(List<Token> words) {
        return pos.available() && words.stream().noneMatch(pos::isProperNoun);
    }

    /** Two or three words that are all proper nouns to the tagger ("Malte Grünwald"); false without a model. */
    boolean isProperName(List<Token> words) {
        return words.size() >= 2 && words.size() <= 3 && words.stream().allMatch(pos::isProperNoun);
    }

    /**
     * The number of common nouns opening {@code words} before a proper name of two or three words ("Geschäftsführer
     * Hauke Jessen"), or 0: then the nouns are a role. Not when a noun is a body ("Betreiber Nordwind Energie").
     */
    /** Endings of German nouns for people ("Sprecher", "Landrätin", "Präsident", "Journalist", "Vorstand", "Chef"). */
    private static final java.util.regex.Pattern NOUN_FOR_A_PERSON = java.util.regex.Pattern.compile(
            "(er|in|or|ent|ant|ist|eur|ier|ar|är|chef|mann|frau|te|ge|se|de|at|ör|oge|and|ling|kind|ne|e)$");

    int leadingRoleNouns(List<Token> words) {
        int k = 0;
        while (k < words.size() && pos.isCommonNoun(words.get(k)) && !lexicon.isOrganisationWord(words.get(k).text())
                && !lexicon.language().isCompoundBody(words.get(k).text())) {
            k++;
        }
        boolean firm = words.stream().anyMatch(t -> t.text().equals("&"))
                || layout.text.substring(words.get(0).start(), words.getLast().end()).contains(" & ");
        if (k > 0 && !firm && !NOUN_FOR_A_PERSON.matcher(words.get(k - 1).text()).find() && !lexicon.isTitle(words.get(k - 1).text())
                && !lexicon.language().isCompanyKind(words.get(k - 1).text())) {
            return 0; // "am Pegel Kaub": a thing's noun before a name is no one's role (a firm's is its kind: "Unternehmensberatung")
        }
        List<Token> rest = words.subList(k, words.size());
        // ("die Reederei Ocean Harvest Shipping": after a kind of company, a name with a body's word is that company's)
        boolean company = k > 0 && !rest.isEmpty() && lexicon.language().isCompanyKind(words.get(k - 1).text());
        boolean name = company || rest.stream().noneMatch(t -> lexicon.isOrganisationWord(t.text()) || lexicon.isPlace(t.text()))
                && (isProperName(rest) || rest.size() == 2 && lexicon.isGivenName(rest.get(0).text()));
        return k > 0 && name ? k : 0;
    }

    /** "Prime Minister", "Deputy Health Secretary": a role with nobody named. */
    boolean allRoleWords(List<Token> words) {
        boolean title = false;
        for (Token t : words) {
            if (!lexicon.isTitle(t.text()) && !lexicon.isRoleModifier(t.text())) {
                return false;
            }
            title |= lexicon.isTitle(t.text());
        }
        return title;
    }

    /** "Wouter van Dam", "Ana da Costa": a given name, then a particle; the surname may look like a place word ("Dam"). */
    boolean particleName(List<Token> words) {
        return words.size() > 2 && lexicon.isGivenName(words.get(0).text())
                && ActorFinder.NAME_PARTICLES.contains(words.get(1).text().toLowerCase(Locale.ROOT));
    }

    /**
     * Where a capitalised run names a body by a compound ("Finanzministerium", "des Deutschen Statistischen Bundesamts",
     * "Landgericht Augsburg"): from the adjectives right before the compound to the name words right after it. "Angaben des
     * Bauministeriums" gives only the ministry. Null when no word of the run is such a compound.
     */
    Span compoundBody(List<Token> words) {
        for (int k = 0; k < words.size(); k++) {
            // "Kassenärztliche Vereinigung", "Europäische Kommission": the bare word names a body after an adjective
            if (!lexicon.language().isCompoundBody(words.get(k).text())
                    && !(adjectiveBefore(words, k) && lexicon.language().isBodyWord(words.get(k).text()))) {
                continue;
            }
            int from = k;
            while (adjectiveBefore(words, from) && layout.onlySpacesBetween(words.get(from - 1).end(), words.get(from).start())) {
                from--;
            }
            if (from >= 2 && (words.get(from - 1).text().equals("und") || words.get(from - 1).text().equals("oder"))
                    && layout.text.startsWith("- ", words.get(from - 2).end())) {
                from -= 2; // "Industrie- und Handelskammer": the first part shares the compound's ending
            }
            int to = k;
            while (to + 1 < words.size() && words.get(to + 1).isCapitalised()
                    && layout.onlySpacesBetween(words.get(to).end(), words.get(to + 1).start())) {
                to++; // "Landgericht Augsburg", "Fahrgastverband Pro Bahn"
            }
            if (to + 2 < words.size() && GENITIVE_LINKS.contains(words.get(to + 1).text()) && words.get(to + 2).isCapitalised()
                    && !NEWS_AGENCIES.contains(words.get(to + 2).text())) {
                to = words.size() - 1; // "Berufsverband der Kinder- und Jugendärzte": the run read as one name goes on
            }
            boolean genitive = to == k && words.get(k).text().endsWith("s") && lexicon.languageCode().equals("de");
            if (genitive && to + 2 < words.size() && words.get(to + 1).text().equals("der") && words.get(to + 2).isCapitalised()) {
                to += 2; // "des Bundesverbands der Pflegeheimbetreiber", read as one run
            }
            int end = words.get(to).end();
            if (genitive && to == words.size() - 1) {
                end = genitiveComplementEnd(end);
            }
            return new Span(words.get(from).start(), end);
        }
        return null;
    }

    /**
     * Where a body's name in the genitive ends when a genitive article and a noun follow it ("des Bundesverbands der
     * Pflegeheimbetreiber"): after that noun; {@code end} when none follows. (After a nominative or dative, "vor dem
     * Landgericht Regensburg der Prozess", the article opens the next phrase.)
     */
    private int genitiveComplementEnd(int end) {
        int index = layout.firstTokenFrom(end);
        if (index + 1 >= layout.tokens.size()) {
            return end;
        }
        Token article = layout.tokens.get(index);
        Token noun = layout.tokens.get(index + 1);
        boolean genitive = article.text().equals("der") && layout.onlySpacesBetween(end, article.start())
                && layout.onlySpacesBetween(article.end(), noun.start()) && noun.isCapitalised()
                && !lexicon.language().isCompoundBody(noun.text()) && !lexicon.isPlace(noun.text());
        return genitive && lexicon.languageCode().equals("de") ? noun.end() : end;
    }

    private static boolean adjectiveBefore(List<Token> words, int k) {
        return k > 0 && words.get(k - 1).isCapitalised() && ADJECTIVE_ENDING.matcher(words.get(k - 1).text()).find();
    }

    /**
     * Where the body starts in "Berechnungen des Deutschen Städtetags": after the last genitive article when the run's
     * first word is no body's word (a report, figures, a spokesman of the body), else at the run's start ("Verband der
     * Automobilindustrie" keeps its whole name).
     */
    int bodyStartAfterGenitive(List<Token> words) {
        if (lexicon.isOrganisationWord(words.get(0).text()) || lexicon.language().isCompoundBody(words.get(0).text())) {
            return words.get(0).start();
        }
        for (int k = words.size() - 2; k > 0; k--) {
            String word = words.get(k).text();
            if ((word.equals("des") || word.equals("der")) && words.get(k + 1).isCapitalised()) {
                return words.get(k + 1).start();
            }
        }
        return words.get(0).start();
    }

    /** A German adjective's ending before a body: "Deutschen", "Kassenärztliche", "Statistisches". */
    private static final Pattern ADJECTIVE_ENDING = Pattern.compile("(?:e|en|er|es)$");

    /** English prepositions after which unknown capitalised words name where, not who. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside", "across", "throughout", "from");

    /** Whether a preposition or an article stands right before {@code word}: "in Bielefeld", "das Bielefeld der Sechziger". */
    boolean afterPrepositionOrDeterminer(Token word) {
        int index = layout.firstTokenFrom(word.start()) - 1;
        if (index < 0) {
            return false;
        }
        String before = layout.tokens.get(index).text().toLowerCase(Locale.ROOT);
        return lexicon.language().prepositions.contains(before) || lexicon.language().determiners.contains(before);
    }

    /** Whether {@code first} follows "in", "near" and the like: "families in Cedar Rapids". */
    boolean afterPlacePreposition(Token first) {
        int index = layout.firstTokenFrom(first.start()) - 1;
        if (index < 0) {
            return false;
        }
        Token before = layout.tokens.get(index);
        return PLACE_PREPOSITIONS.contains(before.text()) && layout.onlySpacesBetween(before.end(), first.start());
    }

    /**
     * "Senate Republicans", "House Democrats", "Texas Democrats": a body, state or place and a plural of members is a
     * group, not a person ("Chris Evans" keeps his name: "Chris" is none of those).
     */
    boolean namesGroupOf(List<Token> words) {
        if (words.size() != 2) {
            return false;
        }
        String first = words.get(0).text();
        String members = words.get(1).text();
        // ("Labour MPs", "Fianna Fáil TDs": a party's members of a house)
        boolean plural = members.length() > 5 && SingleNameResolver.hasMembersEnding(members)
                || SingleNameResolver.isPluralOfPostNominal(lexicon, members);
        return plural && !lexicon.isGivenName(first) && (lexicon.isOrganisationWord(first) || lexicon.knownOrganisation(first) != null
                || lexicon.stateNamed(first) != null || lexicon.isPlace(first) || first.equals("House") || first.equals("Senate"));
    }

    /** Where a name ends: after the stop of a closing initial ("Thomas K.", as German reports shorten a surname). */
    int withInitialsStop(Token last) {
        String word = last.text();
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        return initial && last.end() < layout.text.length() && layout.text.charAt(last.end()) == '.' ? last.end() + 1 : last.end();
    }

    /** "Nicole A. Brandvold": an initial between two words is no article or pronoun ("A", "I"). */
    boolean isMiddleInitial(List<Token> words, Token t) {
        return t.text().length() == 1 && t != words.getFirst() && t != words.getLast() && t.end() < layout.text.length()
                && layout.text.charAt(t.end()) == '.';
    }

    /** "Bank of England", "Acme Corp", "Meramec Valley Levee District": the run's words make it an organisation. */
    /** Bodies named after the place they serve, which follows them: "University Hospital Limerick", "Trinity College Dublin". */
    private static final Set<String> SERVING_BODIES = Set.of("Hospital", "University", "College", "Infirmary", "Clinic");

    /** Compass words that open a region's name ("Southern California", "Northern Ireland"). */
    private static final Set<String> COMPASS = Set.of("Northern", "Southern", "Eastern", "Western", "Central", "North", "South", "East", "West");

    /** Whether all of {@code words} but the last, without a compass word opening them, name a known place. */
    private boolean placeBefore(List<Token> words) {
        int from = words.size() > 2 && COMPASS.contains(words.get(0).text()) ? 1 : 0;
        if (from >= words.size() - 1) {
            return false;
        }
        String place = layout.text.substring(words.get(from).start(), words.get(words.size() - 2).end());
        return (lexicon.isPlace(place) || lexicon.stateNamed(place) != null) && !lexicon.isPlaceWord(words.getLast().text());
    }

    boolean isOrganisation(List<Token> words) {
        if (lexicon.isOrganisationWord(words.getLast().text()) && words.size() > 1) {
            return true;
        }
        Token last = words.getLast();
        if (words.size() > 2 && last.isNumber() && words.get(words.size() - 2).text().equals("Local")) {
            return true; // "United Auto Workers Local 1853", "Teamsters Local 727"
        }
        if (words.size() > 1 && last.text().indexOf('-') > 0 && lexicon.isOrganisationWordInAnyCase(last.text().substring(last.text().lastIndexOf('-') + 1))) {
            return true; // "Robert Koch-Institut", "Hans Böckler-Stiftung", "des Robert Koch-Instituts": a body named after a person
        }
        if (words.size() > 1 && (lexicon.isPlace(last.text()) || lexicon.stateNamed(last.text()) != null || lexicon.stateWithCapital(last.text()) != null)
                && words.subList(0, words.size() - 1).stream().anyMatch(t -> lexicon.isOrganisationWord(t.text()))) {
            return true; // "University College London", "Imperial College London": a body named after its place
        }
        if (words.size() > 1 && lexicon.languageCode().equals("en") && !lexicon.isGivenName(words.get(0).text()) && placeBefore(words)
                && !lexicon.language().partyMembers.contains(words.getLast().text()) && !lexicon.isTitle(words.getLast().text())) {
            // "Southern California Edison", "Texas Roadhouse": a name opening with a place is a body's, never a person's
            // ("the Texas Republican" is a member of a party, not a body)
            return true;
        }
        if (words.size() > 2 && SERVING_BODIES.contains(words.get(words.size() - 2).text()) && !lexicon.isGivenName(last.text())
                && !lexicon.isGivenName(words.get(0).text())) {
            return true; // "University Hospital Limerick": the body's word, then the place it serves, known or not
        }
        if (words.size() > 2 && words.getLast().text().equals("District") && lexicon.language().districtServices.contains(words.get(words.size() - 2).text())) {
            return true; // "Meramec Valley Levee District", "Kingsville School District": a public body, not a place
        }
        for (int k = 0; k + 2 < words.size(); k++) {
            // "Ministry of Finance", "National Bureau of Statistics", "Department for Transport"
            if (lexicon.isOrganisationWord(words.get(k).text()) && ActorFinder.CONNECTORS.contains(words.get(k + 1).text())) {
                return true;
            }
        }
        return false;
    }

    /** A lower-case word that names a kind of body ("union", "company") right after the name. */
    boolean bodyNounFollows(Token last) {
        int next = layout.firstTokenFrom(last.end());
        if (next >= layout.tokens.size() || last.possessive()) {
            return false;
        }
        Token after = layout.tokens.get(next);
        return after.isLowerCase() && layout.onlySpacesBetween(last.end(), after.start())
                && lexicon.language().bodyAnaphors.contains(after.text());
    }

    /** "the Black Volta river", "Lake Chad basin": a lower-case place word after the name. */
    boolean placeWordFollows(Token last) {
        int next = layout.firstTokenFrom(last.end());
        if (next >= layout.tokens.size() || last.possessive()) {
            return false;
        }
        Token after = layout.tokens.get(next);
        String word = after.text();
        return after.isLowerCase() && layout.onlySpacesBetween(last.end(), after.start())
                && lexicon.isPlaceWord(Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
}
