package dev.margin.suggest;

import java.util.List;

/**
 * What the shape of a run of capitalised words says about how to read it, before anyone is named from it: two names
 * joined by "and", connectors that split a run, an office named for its holder's title. For {@link ActorFinder}.
 */
final class RunShapes {
    private RunShapes() {
    }

    /** The index of an "and" after a complete organisation name ("Lagos State University and Acme Ltd"), or -1. */
    static int andJoinsTwoNames(Lexicon lexicon, List<Token> words) {
        for (int k = 1; k + 1 < words.size(); k++) {
            if (words.get(k).text().equals("and") && lexicon.isOrganisationWord(words.get(k - 1).text())) {
                return k;
            }
        }
        return -1;
    }

    /** Whether a connector that belongs in no personal name ("of", "and") stands in the run. */
    static boolean hasSplittingConnector(List<Token> words) {
        return words.stream().anyMatch(t -> ActorFinder.CONNECTORS.contains(t.text()) && !ActorFinder.NAME_PARTICLES.contains(t.text()));
    }

    /** "the Chief Executive’s Office", "the Prime Minister’s Office": a body named for its holder's title, not a person. */
    static boolean officeOfTitle(Lexicon lexicon, List<Token> words) {
        return words.size() > 1 && words.get(words.size() - 2).possessive() && lexicon.isOrganisationWord(words.getLast().text());
    }
}
