package dev.margin.anchoring;

import dev.margin.domain.Anchor;
import dev.margin.domain.AnchorState;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Finds anchors again in a changed text. Pure: no store, no UI.
 *
 * <p>The rule it keeps: an anchor is only ever placed on its own exact words. The returned anchor of
 * an {@link AnchorState#OK} or {@link AnchorState#MOVED} result always has the old exact text, and the
 * new text holds that text at its offsets.
 * <ul>
 *   <li>OK: the exact text is still at the old offsets, with {@value #CONFIDENT_SUPPORT} characters of its
 *       context (or it is long enough to be unmistakable, or no other place is better).</li>
 *   <li>MOVED: the exact text is found elsewhere and the choice is clear. A long exact text
 *       ({@value #DISTINCTIVE_LENGTH} UTF-16 units or more) is the same words wherever it is, so the
 *       occurrence with the most context wins. A short one ("the", "said", "Okafor") needs at least
 *       {@value #REQUIRED_SUPPORT} characters of its old prefix and suffix around it, and must beat every
 *       other occurrence by {@value #MARGIN} characters unless it carries {@value #CONFIDENT_SUPPORT} or more.
 *       Occurrences that tie with that much context (a duplicated paragraph) cannot be told apart;
 *       the one nearest the old offset is taken.</li>
 *   <li>ORPHANED: anything else. The old anchor is returned unchanged (exact text, context and the
 *       offsets of the old revision), so nothing the user marked is lost; its offsets must not be
 *       used on the new text.</li>
 * </ul>
 * Context is compared character by character: prefix read backwards from the candidate, suffix
 * forwards from its end. White space is not normalised: the importer already normalises it, and
 * loosening the comparison could only add wrong candidates.
 *
 * <p>For one anchor, {@link #reanchor(Anchor, String)} scans the text. For many anchors on one text (a
 * revision of an annotated article), {@link #forText(String)} indexes the text once and {@link #find(Anchor)}
 * looks the anchor up: first with its whole old context, then with a few characters of context, and only
 * when neither decides among every occurrence of its words. An instance is not thread-safe.
 */
public final class Reanchorer {
    /** Exact texts at least this long are treated as unmistakable words of their own. */
    static final int DISTINCTIVE_LENGTH = 24;
    /** Context characters a short exact text needs around a new place. */
    static final int REQUIRED_SUPPORT = 16;
    /** Context characters that make a place certain enough to win without a margin. */
    static final int CONFIDENT_SUPPORT = 32;
    /** How far a short exact text's best place must lead the runner-up when it is not certain. */
    static final int MARGIN = 8;
    /** Context characters searched together with the exact text to find its likely places quickly. */
    static final int PROBE = 8;
    private static final int UNDECIDED = -2;

    private final String text;
    private OccurrenceIndex index;

    private Reanchorer(String text) {
        this.text = text;
    }

    /** Where the anchor lands in the new text, and how confidently. */
    public record Result(Anchor anchor, AnchorState state) {
    }

    /** Re-anchors one anchor; scans {@code newText} when the anchor is not at its old place. */
    public static Result reanchor(Anchor old, String newText) {
        Reanchorer single = new Reanchorer(newText);
        return single.locate(old, false);
    }

    /** A re-anchorer for many anchors on {@code newText}; the text is indexed once, on first need. */
    public static Reanchorer forText(String newText) {
        return new Reanchorer(newText);
    }

    /** Re-anchors every anchor on {@code newText}, in the given order. */
    public static List<Result> reanchorAll(Collection<Anchor> anchors, String newText) {
        Reanchorer reanchorer = forText(newText);
        List<Result> results = new ArrayList<>(anchors.size());
        for (Anchor anchor : anchors) {
            results.add(reanchorer.find(anchor));
        }
        return results;
    }

    /** Where {@code old} lands in this re-anchorer's text. */
    public Result find(Anchor old) {
        return locate(old, true);
    }

    private Result locate(Anchor old, boolean indexed) {
        String exact = old.exact();
        int maxSupport = old.prefix().length() + old.suffix().length();
        boolean distinctive = exact.length() >= DISTINCTIVE_LENGTH;
        int required = distinctive ? 0 : Math.min(REQUIRED_SUPPORT, maxSupport);
        if (exact.isEmpty()) {
            return orphaned(old);
        }
        int confidentSupport = Math.min(CONFIDENT_SUPPORT, maxSupport);
        if (holdsAt(old.start(), exact) && (distinctive || support(old, old.start()) >= confidentSupport)) {
            return new Result(Anchor.of(text, old.start(), old.end()), AnchorState.OK);
        }
        Rules rules = new Rules(distinctive, required, confidentSupport);
        int chosen = nearestWholeWindow(old, indexed);
        if (chosen == UNDECIDED) {
            chosen = chooseAmongContextMatches(old, indexed, rules);
        }
        if (chosen == UNDECIDED) {
            chosen = rules.choose(tally(old, occurrences(exact, indexed)));
        }
        if (chosen < 0) {
            return orphaned(old);
        }
        AnchorState state = chosen == old.start() ? AnchorState.OK : AnchorState.MOVED;
        return new Result(Anchor.of(text, chosen, chosen + exact.length()), state);
    }

    /**
     * The occurrence nearest the old offset among those with the whole old context around them, or
     * {@link #UNDECIDED} when there is none. Such an occurrence has the most support there can be, which
     * makes it the choice of {@link Rules#choose} too, found without scoring every occurrence of the words.
     */
    private int nearestWholeWindow(Anchor old, boolean indexed) {
        if (old.prefix().isEmpty() && old.suffix().isEmpty()) {
            return UNDECIDED;
        }
        int nearest = UNDECIDED;
        for (int at : occurrences(old.prefix() + old.exact() + old.suffix(), indexed)) {
            int start = at + old.prefix().length();
            if (nearest == UNDECIDED || Math.abs(start - old.start()) < Math.abs(nearest - old.start())) {
                nearest = start;
            }
        }
        return nearest;
    }

    /**
     * Decides from the occurrences that keep at least {@value #PROBE} characters of the old prefix or suffix,
     * which are far fewer than all occurrences of a common phrase. Any other occurrence has at most
     * {@code 2 * (PROBE - 1)} characters of support, so when the best context match clearly beats that
     * bound, the other occurrences cannot change the choice, and the result is the one {@link Rules#choose}
     * would give over all of them. Otherwise returns {@link #UNDECIDED}.
     */
    private int chooseAmongContextMatches(Anchor old, boolean indexed, Rules rules) {
        String exact = old.exact();
        List<Integer> afterPrefix = new ArrayList<>();
        if (old.prefix().length() >= PROBE) {
            String probe = old.prefix().substring(old.prefix().length() - PROBE);
            for (int at : occurrences(probe + exact, indexed)) {
                afterPrefix.add(at + PROBE);
            }
        }
        List<Integer> beforeSuffix = old.suffix().length() >= PROBE
                ? occurrences(exact + old.suffix().substring(0, PROBE), indexed) : List.of();
        Tally tally = tally(old, mergeAscending(afterPrefix, beforeSuffix));
        int outsideBound = 2 * (PROBE - 1);
        boolean decisive = rules.distinctive ? tally.bestSupport > outsideBound : tally.bestSupport >= outsideBound + MARGIN;
        return decisive ? rules.choose(tally) : UNDECIDED;
    }

    /** The union of two ascending lists, ascending, without duplicates. */
    private static List<Integer> mergeAscending(List<Integer> first, List<Integer> second) {
        List<Integer> merged = new ArrayList<>(first.size() + second.size());
        int i = 0;
        int j = 0;
        while (i < first.size() || j < second.size()) {
            int next;
            if (j >= second.size() || i < first.size() && first.get(i) <= second.get(j)) {
                next = first.get(i++);
            } else {
                next = second.get(j++);
            }
            if (merged.isEmpty() || merged.getLast() != next) {
                merged.add(next);
            }
        }
        return merged;
    }

    private List<Integer> occurrences(String needle, boolean indexed) {
        return indexed ? index().occurrences(needle) : OccurrenceIndex.scan(text, needle);
    }

    /** Scores every candidate once: the best one (ties go to the one nearest the old offset) and the runner-up. */
    private Tally tally(Anchor old, List<Integer> candidates) {
        Tally tally = new Tally();
        for (int candidate : candidates) {
            int support = support(old, candidate);
            if (support > tally.bestSupport) {
                tally.runnerUpSupport = tally.bestSupport;
                tally.best = candidate;
                tally.bestSupport = support;
                tally.tied = false;
            } else if (support == tally.bestSupport) {
                tally.tied = true;
                tally.runnerUpSupport = support;
                if (Math.abs(candidate - old.start()) < Math.abs(tally.best - old.start())) {
                    tally.best = candidate;
                }
            } else if (support > tally.runnerUpSupport) {
                tally.runnerUpSupport = support;
            }
        }
        return tally;
    }

    /** The outcome of scoring a set of candidates. */
    private static final class Tally {
        int best = -1;
        int bestSupport = -1;
        int runnerUpSupport = -1;
        boolean tied;
    }

    /** The thresholds that apply to one anchor. */
    private record Rules(boolean distinctive, int required, int confidentSupport) {
        /** The chosen start, or -1 when none may be taken. */
        int choose(Tally tally) {
            if (tally.best < 0 || tally.bestSupport < required) {
                return -1;
            }
            if (distinctive || tally.bestSupport >= confidentSupport) {
                // the same words with this much of their context are copies of one passage: any of them is
                // the annotated text, and a tie went to the one nearest the old offset
                return tally.best;
            }
            return !tally.tied && tally.bestSupport - tally.runnerUpSupport >= MARGIN ? tally.best : -1;
        }
    }

    private boolean holdsAt(int start, String exact) {
        return start >= 0 && start + exact.length() <= text.length() && text.startsWith(exact, start);
    }

    /** How many characters of the old prefix (read backwards) and suffix (read forwards) surround {@code at}. */
    int support(Anchor old, int at) {
        return prefixMatch(old.prefix(), at) + suffixMatch(old.suffix(), at + old.length());
    }

    private int prefixMatch(String prefix, int at) {
        int matched = 0;
        while (matched < prefix.length() && at - matched - 1 >= 0
                && text.charAt(at - matched - 1) == prefix.charAt(prefix.length() - matched - 1)) {
            matched++;
        }
        // half an emoji is no evidence: drop a matched low surrogate whose high surrogate differed
        if (matched > 0 && matched < prefix.length() && Character.isLowSurrogate(prefix.charAt(prefix.length() - matched))) {
            matched--;
        }
        return matched;
    }

    private int suffixMatch(String suffix, int from) {
        int matched = 0;
        while (matched < suffix.length() && from + matched < text.length() && text.charAt(from + matched) == suffix.charAt(matched)) {
            matched++;
        }
        if (matched > 0 && matched < suffix.length() && Character.isHighSurrogate(suffix.charAt(matched - 1))) {
            matched--;
        }
        return matched;
    }

    private OccurrenceIndex index() {
        if (index == null) {
            index = new OccurrenceIndex(text);
        }
        return index;
    }

    private static Result orphaned(Anchor old) {
        return new Result(old, AnchorState.ORPHANED);
    }
}
