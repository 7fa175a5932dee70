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
 * <p>For one anchor, {@link #reanchor(Anchor, String)} scans the text. For many anchors on one text,
 * {@link #forText(String)} indexes the text once and {@link #find(Anchor)} then costs about the number of
 * occurrences of the anchor's rarest four characters.
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
        List<Integer> candidates = indexed ? index().occurrences(exact) : OccurrenceIndex.scan(text, exact);
        int chosen = choose(old, candidates, distinctive, required, confidentSupport);
        if (chosen < 0) {
            return orphaned(old);
        }
        AnchorState state = chosen == old.start() ? AnchorState.OK : AnchorState.MOVED;
        return new Result(Anchor.of(text, chosen, chosen + exact.length()), state);
    }

    /** The chosen start among the candidates, or -1 when none may be taken. */
    private int choose(Anchor old, List<Integer> candidates, boolean distinctive, int required, int confidentSupport) {
        int best = -1;
        int bestSupport = -1;
        int runnerUpSupport = -1;
        boolean tied = false;
        for (int candidate : candidates) {
            int support = support(old, candidate);
            if (support > bestSupport) {
                runnerUpSupport = bestSupport;
                best = candidate;
                bestSupport = support;
                tied = false;
            } else if (support == bestSupport) {
                tied = true;
                runnerUpSupport = support;
                if (Math.abs(candidate - old.start()) < Math.abs(best - old.start())) {
                    best = candidate;
                }
            } else if (support > runnerUpSupport) {
                runnerUpSupport = support;
            }
        }
        if (best < 0 || bestSupport < required) {
            return -1;
        }
        if (distinctive || bestSupport >= confidentSupport) {
            // the same words with this much of their context are copies of one passage: any of them is
            // the annotated text, and a tie went to the one nearest the old offset
            return best;
        }
        return !tied && bestSupport - runnerUpSupport >= MARGIN ? best : -1;
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
