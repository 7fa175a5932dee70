package dev.margin.suggest;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A role's portfolio written in capitals between the role and a name, for the {@link ActorFinder}: "the Secretary of
 * State for Health", "la ministra de Transición Ecológica Teresa Ribera", "State Secretary for Energy Jörg Lindemann".
 * The portfolio names nobody; the name, when one follows, starts after it.
 */
final class Portfolios {
    /** Prepositions between a role and its portfolio ("ministra de …", "Minister für …", "ministro da …"). */
    private static final Set<String> PORTFOLIO_PREPOSITIONS = Set.of("de", "di", "do", "da", "of", "for", "für", "ai", "al", "del",
            "della", "dei", "degli", "delle", "dello", "dos", "das", "des", "du", "van", "voor");

    private final Lexicon lexicon;
    private final TextLayout layout;

    Portfolios(Lexicon lexicon, TextLayout layout) {
        this.lexicon = lexicon;
        this.layout = layout;
    }

    /**
     * "la ministra de Transición Ecológica", "l’assessora ai Trasporti", "the Secretary of State for Health": the run
     * after a role and its preposition is the role's portfolio, nobody's name (a state, a place or a body named there
     * still is one; so is a body whose word opens the run, unless a person's name closes it).
     */
    boolean namesPortfolio(List<Token> run) {
        Token first = run.get(0);
        int index = layout.firstTokenFrom(first.start());
        while (index >= 4 && (layout.tokens.get(index - 1).text().equals("and") || layout.tokens.get(index - 1).text().equals("&"))
                && layout.tokens.get(index - 2).isCapitalised() && !first.isAcronym()) {
            // "Secretary for Transport and Logistics Wendy Kwok Sze-man": back over the portfolio's first part
            index -= 2;
            while (index >= 3 && layout.tokens.get(index - 1).isCapitalised() && layout.tokens.get(index - 2).isCapitalised()) {
                index--; // ("for Foreign Affairs and Trade")
            }
        }
        boolean article = index >= 3 && layout.tokens.get(index - 1).text().equals("the");
        if (article && (nameAfterPortfolio(run).isEmpty() || run.stream().skip(1).anyMatch(t -> lexicon.isTitle(t.text())))) {
            // "the President of the European Commission": the body is an actor; "Leader of the Opposition Smt Rajwinder Kaur
            // Sekhon": the title before the name says where it starts
            return false;
        }
        if (article) {
            index--; // "Leader of the Opposition K.P. Muthuvel", "Speaker of the House Mike Johnson": a person's name follows
        }
        if (index < 2) {
            return false;
        }
        String preposition = layout.tokens.get(index - 1).text().toLowerCase(Locale.ROOT);
        String role = layout.tokens.get(index - 2).text();
        String capitalised = role.isEmpty() ? role : Character.toUpperCase(role.charAt(0)) + role.substring(1);
        // "the President of Kenya", "Governor of Texas": a state or a place after the role is an actor or a place still
        // "het ministerie van Infrastructuur": an institution's portfolio is no one's name either
        boolean roleOrBody = lexicon.isTitle(role) || lexicon.isTitle(capitalised) || lexicon.language().institutions.contains(role);
        // ("the chief executive of Castlegate Aerostructures": a company's role in lower case names its employer there)
        return PORTFOLIO_PREPOSITIONS.contains(preposition) && roleOrBody && !CompanyNouns.isCorporateRole(role)
                && lexicon.stateNamed(first.text()) == null && !lexicon.isPlace(first.text())
                // "secretário-geral da CGTP", "Vorsitzende des Verbands": a body the role belongs to is an actor
                // ("Secretary for Energy Jörg Lindemann": a body's word opening the portfolio, a person's name after it)
                && !first.isAcronym() && lexicon.knownOrganisation(first.text()) == null
                && (!lexicon.isOrganisationWord(first.text()) || !nameAfterPortfolio(run).isEmpty());
    }

    /**
     * "il ministro dei Trasporti Matteo Salvini": after a portfolio, the person's name starts at a given name (and has
     * a surname after it); in English, "for Energy Jörg Lindemann": a given name this lexicon does not know and a surname
     * close a portfolio of one word or more, when no connector ("and", "und") and no body's word says the portfolio goes on.
     * Empty when the run holds no such name.
     */
    List<Token> nameAfterPortfolio(List<Token> run) {
        for (int name = 1; name < run.size() - 1; name++) {
            if (lexicon.isGivenName(run.get(name).text())) {
                return run.subList(name, run.size());
            }
        }
        boolean oneRole = lexicon.languageCode().equals("en") && run.size() >= 3 && run.stream().noneMatch(t -> ActorFinder.CONNECTORS.contains(t.text())
                || lexicon.language().nameConjunctions.contains(t.text()));
        List<Token> lastTwo = run.subList(Math.max(0, run.size() - 2), run.size());
        return oneRole && lastTwo.stream().noneMatch(t -> lexicon.isOrganisationWord(t.text()) || lexicon.isCommonWord(t.text()))
                ? lastTwo : List.of();
    }

    /**
     * Where the name starts after a title's portfolio ("for Energy", "for Foreign Affairs"), as {@link
     * #nameAfterPortfolio} finds it in the words after {@code connector}; -1 when none (the words are all role).
     */
    int nameStartAfter(List<Token> words, int connector) {
        if (!ActorFinder.CONNECTORS.contains(words.get(connector).text()) || connector + 1 >= words.size()) {
            return -1;
        }
        List<Token> name = nameAfterPortfolio(words.subList(connector + 1, words.size()));
        return name.isEmpty() ? -1 : words.indexOf(name.get(0));
    }
}
