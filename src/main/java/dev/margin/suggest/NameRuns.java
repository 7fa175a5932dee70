package dev.margin.suggest;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Where a run of capitalised words that may be one name ends, for the {@link ActorFinder}: across connectors
 * ("Bank of England"), particles ("Ursula von der Leyen"), initials ("Dana F. Smith"), possessive organisation names
 * ("the Progressive People's Party") and the lower-case words of Romance organisation names ("Commission de
 * régulation de l’énergie"), but not into a date ("Guterres on Monday") or a body after "von der".
 */
final class NameRuns {
    /** German articles that, after a word no body's, start an object rather than more of a name. */
    private static final Set<String> GERMAN_ARTICLES = Set.of("der", "des", "den", "dem");
    /** "in" before a country that may close an organisation's name ("… em Portugal", "… in Deutschland"). */
    private static final Set<String> COUNTRY_IN = Set.of("in", "em", "en", "im");
    /** The article of an Arabic family name, written in lower case: "Saif bin Nasser al-Harthy", "Nabeel al-Sayegh". */
    private static final java.util.regex.Pattern ARABIC_ARTICLE = java.util.regex.Pattern.compile("(al|el|ad|ash|as|az|an|ar|at)-\\p{Lu}\\p{L}+");


    private final Lexicon lexicon;
    private final TextLayout layout;
    private final String text;
    private final BitSet excluded;
    private final PosTags pos;

    NameRuns(Lexicon lexicon, TextLayout layout, BitSet excluded, PosTags pos) {
        this.pos = pos;
        this.lexicon = lexicon;
        this.layout = layout;
        this.text = layout.text;
        this.excluded = excluded;
    }

    private boolean opensSentence(Token token) {
        Sentence sentence = layout.sentenceAt(token.start());
        return sentence != null && sentence.start() == token.start();
    }

    /**
     * The index of the last token of a place named by words joined with unspaced em dashes, "Brome—Missisquoi" or
     * "Hochelaga—Rosemont-Est" (Canada's ridings), starting at {@code start}; -1 when none starts there. No person's or
     * body's name is written so, but a dash between two sentences' words is, so a given name or a common word breaks it.
     */
    int dashedPlaceEnd(List<Token> tokens, int start) {
        int end = start;
        while (end + 1 < tokens.size() && tokens.get(end + 1).start() == tokens.get(end).end() + 1
                && text.charAt(tokens.get(end).end()) == '—' && dashedPlaceWord(tokens.get(end)) && dashedPlaceWord(tokens.get(end + 1))) {
            end++;
        }
        return end > start ? end : -1;
    }

    private boolean dashedPlaceWord(Token word) {
        return word.isCapitalised() && !lexicon.isGivenName(word.text()) && !lexicon.isCommonWord(word.text()) && !lexicon.isTitle(word.text());
    }

    /** The index of the last token of the capitalised run starting at {@code start}. */
    int runEnd(List<Token> tokens, int start) {
        int end = start;
        while (end + 1 < tokens.size()) {
            Token current = tokens.get(end);
            Token next = tokens.get(end + 1);
            // ("Health and Human Services’ Office for Civil Rights" is two bodies; "Whanganui Ratepayers’ Association" one)
            boolean pluralPossessive = current.text().endsWith("s") && next.start() - current.end() == 2
                    && Tokenizer.isApostrophe(text.charAt(current.end())) && text.charAt(current.end() + 1) == ' '
                    && organisationSoFar(tokens, start, end) != lexicon.isOrganisationWord(next.text());
            // ("Kenya's Ministry of Health" is the ministry, of the state before it, not one name)
            boolean stateOwns = end == start && lexicon.stateNamed(current.text()) != null;
            if ((current.possessive() && next.start() - current.end() == 3 && lexicon.isOrganisationWord(next.text()) && !stateOwns || pluralPossessive)
                    && next.isCapitalised() && !excluded.get(next.start())) {
                // "the Progressive People's Party", "Great Ormond Street Children's Hospital", "Department of Veterans’ Affairs"
                end++;
                continue;
            }
            if (excluded.get(next.start()) && end + 2 < tokens.size() && nicknameGap(current.end(), next.start())
                    && joined(next, tokens.get(end + 2)) && tokens.get(end + 2).isCapitalised()) {
                end += 2; // "Harold “Hal” Pruett": the nickname is set aside as a title, the name goes on past it
                continue;
            }
            if (lexicon.languageCode().equals("de") && (text.startsWith("- und ", current.end()) || text.startsWith("- oder ", current.end()))
                    && end + 2 < tokens.size() && tokens.get(end + 2).isCapitalised() && !excluded.get(tokens.get(end + 2).start())) {
                end += 2; // "Industrie- und Handelskammer", "Bau- und Verkehrsministerium": one name over a shared ending
                continue;
            }
            if (next.isNumber() && joined(current, next) && (lexicon.knownOrganisation(text.substring(tokens.get(start).start(), next.end())) != null
                    || current.text().equals("Local") && end > start)) {
                end++; // "No 10", a listed name with a number in it; "United Auto Workers Local 1853", a union's local
                continue;
            }
            if (current.possessive() || !joined(current, next) || excluded.get(next.start()) || opensSentence(next)) {
                break; // ("in the U.S. The company said": a name never runs into the next sentence)
            }
            if (next.text().equals("von") && current.isCapitalised() && !lexicon.isGivenName(current.text())
                    && givenNameIn(tokens, start, end)) {
                break; // "Anouk van der Meulen von der Tierärztlichen Hochschule": after a full name "von" says where from
            }
            if (next.isCapitalised() && !next.isNumber() || ARABIC_ARTICLE.matcher(next.text()).matches()) {
                end++;
            } else if (next.text().equals("zu") && (lexicon.isGivenName(current.text()) || end > 0 && tokens.get(end - 1).text().equals("Dr."))
                    && end + 2 < tokens.size()
                    && joined(next, tokens.get(end + 2)) && tokens.get(end + 2).isCapitalised()) {
                end += 2; // "Henrike zu Weißenau": after a given name "zu" is a noble particle, not the preposition
            } else if (ActorFinder.CONNECTORS.contains(next.text()) && end + 2 < tokens.size() && joined(next, tokens.get(end + 2))
                    && tokens.get(end + 2).isCapitalised() && !next.possessive() && !germanArticleAfterName(current, next)
                    && !CalendarWords.ENGLISH.contains(tokens.get(end + 2).text()) && !(end > start && namesBody(tokens.get(end + 2)) && !lexicon.isOrganisationWord(current.text()))
                    && !(titledPersonSoFar(tokens, start, end) && (next.text().equals("of") // "Sen. Meredith Quintana of New Mexico"
                            || (next.text().equals("and") || lexicon.language().nameConjunctions.contains(next.text())) && titleWithin(tokens, end + 2)))) {
                // "Bank of England" but not "Guterres on Monday"; "Noor Bakkali van GroenLinks" is a person of a party
                end += 2;
            } else if (lexicon.isOrganisationWord(current.text()) && end + 3 < tokens.size() && ActorFinder.CONNECTORS.contains(next.text())
                    && ActorFinder.CONNECTORS.contains(tokens.get(end + 2).text()) && joined(next, tokens.get(end + 2))
                    && joined(tokens.get(end + 2), tokens.get(end + 3)) && tokens.get(end + 3).isCapitalised()) {
                // "Centraal Bureau voor de Statistiek", "Office for the Budget"
                end += 3;
            } else if (lexicon.language().nameConjunctions.contains(next.text()) && organisationSoFar(tokens, start, end)
                    && capitalisedAfterConnectors(tokens, end + 2) > 0 && joined(current, next)) {
                // "Instituto Português do Mar e da Atmosfera", "Ministerie van Infrastructuur en Waterstaat"
                end = capitalisedAfterConnectors(tokens, end + 2);
            } else if (COUNTRY_IN.contains(next.text()) && end + 2 < tokens.size() && joined(next, tokens.get(end + 2))
                    && lexicon.stateNamed(tokens.get(end + 2).text()) != null && organisationSoFar(tokens, start, end)) {
                // "Associação do Alojamento Local em Portugal": a body's name may end in its country
                end += 2;
            } else if (ActorFinder.NAME_PARTICLES.contains(next.text()) && end + 3 < tokens.size() && ActorFinder.NAME_PARTICLES.contains(tokens.get(end + 2).text())
                    && joined(next, tokens.get(end + 2)) && joined(tokens.get(end + 2), tokens.get(end + 3))
                    && tokens.get(end + 3).isCapitalised() && !lexicon.isOrganisationWord(tokens.get(end + 3).text())) {
                // "Henk van der Berg", "Ursula von der Leyen", "Juan de la Cruz"
                end += 3;
            } else if (!lexicon.languageCode().equals("en") && lexicon.isOrganisationWord(current.text()) && next.isLowerCase()
                    && joined(current, next) && end + 2 < tokens.size() && ActorFinder.CONNECTORS.contains(tokens.get(end + 2).text())
                    && lexicon.reportingVerb(next.text()) == null && !lexicon.language().auxiliaries.contains(next.text())
                    && lowerCaseNamePartEnds(tokens, end + 1) > 0) {
                // "Direction générale de l’aviation civile", "Agence nationale de la recherche": an adjective first
                end = lowerCaseNamePartEnds(tokens, end + 1);
            } else if (!lexicon.languageCode().equals("en") && lexicon.isOrganisationWord(current.text()) && ActorFinder.CONNECTORS.contains(next.text())
                    && end + 2 < tokens.size() && joined(next, tokens.get(end + 2)) && tokens.get(end + 2).isLowerCase()
                    && lowerCaseNamePartEnds(tokens, end + 2) > 0) {
                // "Commission de régulation de l’énergie", "Régie des transports", "Consiglio dei ministri"
                end = lowerCaseNamePartEnds(tokens, end + 2);
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * "Foreign Minister Zhou Minghao": a title, then two capitalised words that are none, between {@code start} and
     * {@code end} (a title and a surname alone, "Mrs Okafor and Mr Obi", are split later, in {@link ActorFinder}).
     */
    private boolean titledPersonSoFar(List<Token> tokens, int start, int end) {
        for (int k = start; k + 1 < end; k++) {
            if (lexicon.isTitle(tokens.get(k).text()) && !lexicon.isTitle(tokens.get(k + 1).text()) && tokens.get(k + 1).isCapitalised()
                    && !lexicon.isTitle(tokens.get(k + 2).text()) && tokens.get(k + 2).isCapitalised()
                    && !lexicon.isOrganisationWord(tokens.get(end).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "… and Ukrainian Foreign Minister Iryna Kovalchuk": a title among the three words from {@code from}; after a
     * titled person, "and" then joins two people, not two halves of one name.
     */
    private boolean titleWithin(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k < from + 3 && tokens.get(k).isCapitalised(); k++) {
            if (lexicon.isTitle(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "sagte Ministerin Katja Reuter der Deutschen Presse-Agentur": in German an article after a word that is no body's
     * ("Verband der …", "Ministerium des …" go on) starts a dative or genitive object, not more of the name.
     */
    private boolean germanArticleAfterName(Token current, Token next) {
        if (!lexicon.languageCode().equals("de")) {
            return false;
        }
        if (lexicon.isOrganisationWord(current.text()) || lexicon.language().isCompoundBody(current.text())) {
            // a body's name goes on with a genitive ("Verband der Automobilindustrie"), never with "den" or "dem"
            return next.text().equals("den") || next.text().equals("dem");
        }
        // "auf dem Hof von Landwirt Georg Huber": "von" after a common noun is a preposition, not a name's particle
        return GERMAN_ARTICLES.contains(next.text()) || next.text().equals("von") && pos != null && pos.isCommonNoun(current);
    }

    private boolean givenNameIn(List<Token> tokens, int start, int end) {
        for (int k = start; k < end; k++) {
            if (lexicon.isGivenName(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** The index of the capitalised word at {@code from}, after at most two connectors ("da", "de la"); -1 if none. */
    private int capitalisedAfterConnectors(List<Token> tokens, int from) {
        int k = from;
        while (k < tokens.size() && k < from + 2 && ActorFinder.CONNECTORS.contains(tokens.get(k).text())) {
            k++;
        }
        boolean chained = k < tokens.size() && joined(tokens.get(from - 1), tokens.get(from));
        for (int j = from; j < k && chained; j++) {
            chained = joined(tokens.get(j), tokens.get(j + 1));
        }
        return chained && k < tokens.size() && tokens.get(k).isCapitalised() && !excluded.get(tokens.get(k).start()) ? k : -1;
    }

    private boolean organisationSoFar(List<Token> tokens, int start, int end) {
        for (int k = start; k <= end; k++) {
            if (lexicon.isOrganisationWord(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word that names a body, not a person: written with a capital inside ("GroenLinks"), an acronym, a known
     * organisation or a body's word ("Waterschap Rivierenland"). After a full name and a particle it is where the person works, not the end of their name.
     */
    private boolean namesBody(Token word) {
        String w = word.text();
        boolean innerCapital = w.length() > 2 && w.substring(1).chars().anyMatch(Character::isUpperCase) && !w.contains("-")
                && !w.contains("’") && !w.contains("'");
        return innerCapital || word.isAcronym() || lexicon.knownOrganisation(w) != null || lexicon.isOrganisationWord(w);
    }

    /**
     * The index of the last token of "régulation de l’énergie" in an organisation's name, read from {@code from}:
     * lower-case words joined by connectors, ending before punctuation or a word that is no part of it; -1 when
     * the words go on into the sentence (then they are not a name's).
     */
    private int lowerCaseNamePartEnds(List<Token> tokens, int from) {
        int end = from;
        while (end + 2 < tokens.size() && ActorFinder.CONNECTORS.contains(tokens.get(end + 1).text()) && joined(tokens.get(end), tokens.get(end + 1))
                && joined(tokens.get(end + 1), tokens.get(end + 2)) && tokens.get(end + 2).isLowerCase() && end - from < 4) {
            boolean article = ActorFinder.CONNECTORS.contains(tokens.get(end + 2).text()) && end + 3 < tokens.size()
                    && joined(tokens.get(end + 2), tokens.get(end + 3)) && tokens.get(end + 3).isLowerCase();
            end += article ? 3 : 2; // "de la sécurité": a preposition and its article
        }
        if (end + 1 < tokens.size() && tokens.get(end + 1).isLowerCase() && joined(tokens.get(end), tokens.get(end + 1))
                && closes(tokens, end + 1)) {
            end++; // "… de l’aviation civile": one adjective may close the name
        }
        return closes(tokens, end) ? end : -1;
    }

    private boolean closes(List<Token> tokens, int end) {
        int after = end + 1 < tokens.size() ? tokens.get(end).end() : text.length();
        boolean closed = after >= text.length() || ",.;:)»”“\n".indexOf(text.charAt(after)) >= 0
                || end + 1 < tokens.size() && (lexicon.language().auxiliaries.contains(tokens.get(end + 1).text())
                || lexicon.reportingVerb(tokens.get(end + 1).text()) != null);
        return closed;
    }

    private boolean joined(Token a, Token b) {
        if (a.text().length() == 1 && Character.isUpperCase(a.text().charAt(0)) && b.start() - a.end() == 2
                && text.charAt(a.end()) == '.' && text.charAt(a.end() + 1) == ' ') {
            // "Dana F. Smith": an initial keeps the name whole ("sagte Jürgen B. Dies …" ends the name and the sentence)
            return !SentenceSplitter.opensSentenceAfterInitial(b.text());
        }
        if (b.start() - a.end() == 2 && b.isCapitalised() && nicknameGap(a.end(), b.start())) {
            return true; // "Harold “Hal” Pruett Jr.": a nickname in marks inside the name
        }
        if (b.start() - a.end() == 3 && text.startsWith(" & ", a.end()) && b.isCapitalised()) {
            return true; // "Great Lakes & Western Railway", "Procter & Gamble": one body's name
        }
        if (b.start() - a.end() == 2 && text.startsWith(", ", a.end()) && b.isCapitalised() && text.startsWith(" & ", b.end())) {
            return true; // "Kessler, Rand & Co.", "Kidder, Peabody & Co.": partners' names before the ampersand
        }
        if (b.start() - a.end() != 1) {
            return false;
        }
        char gap = text.charAt(a.end());
        return gap == ' ' || gap == '\u00A0' || gap == '-';
    }

    /** The gap before or after a one-word nickname in marks: ' "' then the word then '" '. */
    private boolean nicknameGap(int from, int to) {
        String gap = text.substring(from, to);
        boolean opening = gap.equals(" \"") || gap.equals(" “");
        if (opening) {
            int close = text.indexOf(gap.charAt(1) == '"' ? '"' : '”', to);
            return close > to && close - to <= 15 && close + 1 < text.length() && text.charAt(close + 1) == ' '
                    && text.substring(to, close).chars().allMatch(Character::isLetter);
        }
        return (gap.equals("\" ") || gap.equals("” ")) && text.lastIndexOf(gap.charAt(0) == '"' ? '"' : '“', from - 1) >= from - 16;
    }
}
