package dev.margin.store.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word pairs a tsquery's phrases require (migration V008): {@code 'renka' <-> 'dorka' <-> 'tu':*} needs the pairs
 * {@code 'renka dorka'} and {@code 'dorka tu':*} in a row's {@code pairs} column. Used only as a first filter before the
 * full query, so it must never leave out a row the query matches: it is made only for a query of phrases and words
 * joined by AND (an OR or NOT could match without the phrase), and none for weights or a prefix inside a phrase.
 */
final class PhrasePairs {
    private static final String TERM = "'(?:[^']|'')+'(?::\\*)?";
    private static final Pattern CHAIN = Pattern.compile(TERM + "(?:\\s*<->\\s*" + TERM + ")+");
    private static final Pattern ONE = Pattern.compile("'((?:[^']|'')+)'(:\\*)?");

    private PhrasePairs() {
    }

    /** The pairs query for {@code tsquery} (as PostgreSQL prints it), or empty when it has no phrase to narrow by. */
    static Optional<String> of(String tsquery) {
        String outside = tsquery.replaceAll("'(?:[^']|'')*'", "''");
        if (outside.contains("|") || outside.contains("!") || outside.matches("(?s).*:\\*?[A-D].*") || outside.matches("(?s).*<\\d+>.*")) {
            return Optional.empty();
        }
        List<String> pairs = new ArrayList<>();
        Matcher chain = CHAIN.matcher(tsquery);
        while (chain.find()) {
            List<String> words = new ArrayList<>();
            List<Boolean> prefixes = new ArrayList<>();
            Matcher one = ONE.matcher(chain.group());
            while (one.find()) {
                words.add(one.group(1).replace("''", "'"));
                prefixes.add(one.group(2) != null);
            }
            for (int i = 0; i + 1 < words.size(); i++) {
                if (prefixes.get(i)) {
                    return Optional.empty(); // a prefix before another word cannot be one pair
                }
                String pair = words.get(i) + " " + words.get(i + 1);
                pairs.add("'" + pair.replace("'", "''") + "'" + (prefixes.get(i + 1) ? ":*" : ""));
            }
        }
        return pairs.isEmpty() ? Optional.empty() : Optional.of(String.join(" & ", pairs));
    }
}
