package dev.margin.suggest;

import java.util.List;

/**
 * English nouns for a kind of company or body set right before or after a name of unknown words ("the charity Memory
 * Matters UK", "Blue Ledger, an Amsterdam-based registry that …"): the noun says the name is a body's, not a person's.
 */
final class CompanyNouns {
    /** Words allowed between the article and the noun in an apposition after the name: "an Amsterdam-based", "a small". */
    private static final int MAX_MODIFIERS = 3;

    /** Words that end the noun phrase of an apposition before its noun could be reached. */
    private static final java.util.Set<String> STOPS = java.util.Set.of("for", "of", "at", "in", "with", "the", "who", "that", "which", "and");

    /** Roles held in a company or body, whose "of", "for" or "at" names it. */
    private static final java.util.Set<String> CORPORATE_ROLES = java.util.Set.of("executive", "chairman", "chairwoman",
            "founder", "director", "analyst", "economist", "shareholder");

    private final TextLayout layout;
    private final Lexicon lexicon;

    CompanyNouns(TextLayout layout, Lexicon lexicon) {
        this.layout = layout;
        this.lexicon = lexicon;
    }

    /** "the charity Memory Matters UK", "the operator Northern Link": a company noun right before the name. */
    boolean before(Token first) {
        int index = layout.firstTokenFrom(first.start()) - 1;
        Token before = index >= 0 ? layout.tokens.get(index) : null;
        // ("its longtime label, Cumberland Sound Records": the noun may stand off by a comma)
        return before != null && before.isLowerCase() && (layout.onlySpacesBetween(before.end(), first.start())
                || layout.text.substring(before.end(), first.start()).equals(", ") && !lexicon.isGivenName(first.text()))
                && SingleNameResolver.ORGANISATION_DESCRIPTORS.contains(before.text());
    }

    /**
     * "Blue Ledger, an Amsterdam-based registry that has certified …, said": an apposition opening with "a" or "an" whose
     * noun, after a few modifiers, is a company noun.
     */
    boolean after(Token last) {
        if (!layout.text.startsWith(", ", last.end())) {
            return false;
        }
        int index = layout.firstTokenFrom(last.end());
        List<Token> tokens = layout.tokens;
        if (index >= tokens.size() || !(tokens.get(index).text().equals("a") || tokens.get(index).text().equals("an"))) {
            return false;
        }
        for (int k = index + 1; k < tokens.size() && k <= index + 1 + MAX_MODIFIERS; k++) {
            Token word = tokens.get(k);
            if (!layout.gapIsWordSpace(tokens.get(k - 1).end(), word.start())) {
                return false;
            }
            if (word.isLowerCase() && SingleNameResolver.ORGANISATION_DESCRIPTORS.contains(word.text())) {
                // (but "Craig Dunmore, a taxi firm owner,": a role noun after the firm's makes the name a person's)
                return k + 1 >= tokens.size() || !RoleFinder.ROLE_HEADS.contains(tokens.get(k + 1).text());
            }
            if (word.isLowerCase() && (STOPS.contains(word.text()) || RoleFinder.ROLE_HEADS.contains(word.text()))) {
                return false; // ("Dana Reyes, a spokeswoman for the company,": the noun is hers, the company only her employer)
            }
        }
        return false;
    }

    /**
     * "the chief executive of Castlegate Aerostructures", "an economist at Harwell Capital": the employer a corporate
     * role names with "of", "for" or "at" is a body.
     */
    boolean employerAfterRole(Token first) {
        int index = layout.firstTokenFrom(first.start()) - 1;
        if (index < 1) {
            return false;
        }
        String preposition = layout.tokens.get(index).text();
        String role = layout.tokens.get(index - 1).text();
        return (preposition.equals("of") || preposition.equals("for") || preposition.equals("at")) && CORPORATE_ROLES.contains(role);
    }

    /** Whether {@code word} is a company's role written in lower case ("executive", "director", "spokeswoman"). */
    static boolean isCorporateRole(String word) {
        return CORPORATE_ROLES.contains(word);
    }
}
