package dev.margin.anchoring;

import dev.margin.domain.Anchor;
import dev.margin.domain.AnchorState;

/**
 * Finds an anchor again in a changed text. Pure: no store, no UI.
 *
 * <p>The rule it keeps: an anchor is only ever placed on its own exact words. When the exact text
 * is still at its old offsets it is {@link AnchorState#OK}; when it is found elsewhere, and the
 * choice is unambiguous (one occurrence, or one occurrence clearly best supported by the context),
 * it is {@link AnchorState#MOVED}; otherwise it is {@link AnchorState#ORPHANED} and keeps its old
 * offsets, clipped to the new text, for the user to re-attach by hand.
 */
public final class Reanchorer {
    private Reanchorer() {
    }

    /** Where the anchor lands in {@code newText}, and how confidently. */
    public record Result(Anchor anchor, AnchorState state) {
    }

    public static Result reanchor(Anchor old, String newText) {
        if (old.end() <= newText.length() && newText.startsWith(old.exact(), old.start())
                && contextStillFits(old, newText, old.start())) {
            return new Result(Anchor.of(newText, old.start(), old.end()), AnchorState.OK);
        }
        int best = -1;
        int bestScore = -1;
        boolean tie = false;
        for (int at = newText.indexOf(old.exact()); at >= 0 && !old.exact().isEmpty(); at = newText.indexOf(old.exact(), at + 1)) {
            int score = contextScore(old, newText, at);
            if (score > bestScore) {
                best = at;
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
            }
        }
        if (best >= 0 && !tie) {
            return new Result(Anchor.of(newText, best, best + old.length()), AnchorState.MOVED);
        }
        int start = Math.min(old.start(), newText.length());
        return new Result(new Anchor(start, start, "", "", ""), AnchorState.ORPHANED);
    }

    private static boolean contextStillFits(Anchor old, String text, int at) {
        return contextScore(old, text, at) >= Math.min(old.prefix().length(), 8) + Math.min(old.suffix().length(), 8)
                || (old.prefix().isEmpty() && old.suffix().isEmpty());
    }

    /** How many characters of the old prefix (read backwards) and suffix (read forwards) still surround {@code at}. */
    static int contextScore(Anchor old, String text, int at) {
        int score = 0;
        String prefix = old.prefix();
        for (int i = 1; i <= prefix.length() && at - i >= 0 && text.charAt(at - i) == prefix.charAt(prefix.length() - i); i++) {
            score++;
        }
        String suffix = old.suffix();
        int end = at + old.length();
        for (int i = 0; i < suffix.length() && end + i < text.length() && text.charAt(end + i) == suffix.charAt(i); i++) {
            score++;
        }
        return score;
    }
}
