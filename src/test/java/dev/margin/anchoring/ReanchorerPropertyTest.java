package dev.margin.anchoring;

import dev.margin.domain.Anchor;
import dev.margin.domain.AnchorState;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Re-anchoring under seeded random edits of a news story: insertions, deletions and replacements
 * near annotated spans, paragraph moves and paragraph duplications. A model of the edits tracks where
 * each span's own words still stand ("live" places); after the edits every result is checked against it:
 * never attached to other words or another occurrence, an untouched span with an untouched side of
 * context always found, a span whose words were all destroyed always orphaned.
 */
class ReanchorerPropertyTest {
    private static final int SEEDS = 1000;
    private static final int SIDE = Anchor.CONTEXT_LENGTH;
    private static final String[] FRAGMENTS = {
        "A spokesperson did not respond to a request for comment. ",
        "(Updates with union statement) ",
        "Officials said talks would resume next week. ",
        "the ",
        " said",
        "according to a statement, ",
        "“We are ready,” he said. ",
        "Shares in the operator fell 2.1%. ",
        "🚆 ",
        "on Thursday ",
    };

    @Test
    void randomEditsNeverMoveAnAnnotationOntoOtherWords() throws IOException {
        String base = story();
        int checkedUntouched = 0;
        int checkedDestroyed = 0;
        int moved = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            Random random = new Random(seed);
            Edits edits = new Edits(base, pickSpans(base, random, 12));
            int editCount = 1 + random.nextInt(6);
            for (int i = 0; i < editCount; i++) {
                edits.applyRandom(random);
            }
            String newText = edits.text.toString();
            Reanchorer reanchorer = Reanchorer.forText(newText);
            for (Tracked span : edits.spans) {
                Reanchorer.Result result = reanchorer.find(span.anchor);
                String where = "seed " + seed + ", span “" + span.anchor.exact() + "” at " + span.anchor.start() + ", live at " + span.live;
                if (result.state() == AnchorState.ORPHANED) {
                    assertThat(result.anchor()).as(where).isEqualTo(span.anchor);
                } else {
                    assertThat(result.anchor().exact()).as(where).isEqualTo(span.anchor.exact());
                    assertThat(newText.substring(result.anchor().start(), result.anchor().end())).as(where).isEqualTo(span.anchor.exact());
                    assertThat(span.live).as(where + ": result at " + result.anchor().start()).contains(result.anchor().start());
                }
                if (span.live.isEmpty()) {
                    assertThat(result.state()).as(where).isEqualTo(AnchorState.ORPHANED);
                    checkedDestroyed++;
                } else if (span.live.stream().anyMatch(at -> hasAnIntactSide(span.anchor, newText, at))) {
                    assertThat(result.state()).as(where).isNotEqualTo(AnchorState.ORPHANED);
                    checkedUntouched++;
                    if (result.state() == AnchorState.MOVED) {
                        moved++;
                    }
                }
            }
        }
        // the generator must really produce each case, or the assertions above prove little
        assertThat(checkedUntouched).isGreaterThan(SEEDS * 5);
        assertThat(checkedDestroyed).isGreaterThan(SEEDS / 4);
        assertThat(moved).isGreaterThan(SEEDS);
    }

    /** True when a full side of the old context (both sides, if the text edge clipped one) still surrounds {@code at}. */
    private static boolean hasAnIntactSide(Anchor old, String text, int at) {
        boolean prefixIntact = old.prefix().length() == SIDE && at >= SIDE && text.startsWith(old.prefix(), at - SIDE);
        boolean suffixIntact = old.suffix().length() == SIDE && text.startsWith(old.suffix(), at + old.length());
        return prefixIntact || suffixIntact;
    }

    /** Word-aligned spans of one to eight words inside a paragraph, whose short context windows occur once in the story. */
    private static List<Tracked> pickSpans(String text, Random random, int count) {
        List<Integer> wordStarts = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                wordStarts.add(i);
            }
        }
        List<Tracked> spans = new ArrayList<>();
        while (spans.size() < count) {
            int first = random.nextInt(wordStarts.size());
            int words = random.nextInt(3) == 0 ? 1 : 1 + random.nextInt(8);
            int start = wordStarts.get(first);
            int end = first + words < wordStarts.size() ? wordStarts.get(first + words) - 1 : text.length();
            String before = text.substring(Math.max(0, start - 16), end);
            String after = text.substring(start, Math.min(text.length(), end + 16));
            // a span across a line break is cut by every paragraph move, which the model cannot follow back
            boolean oneParagraph = text.substring(start, end).indexOf('\n') < 0;
            if (end > start && oneParagraph && occursOnce(text, before) && occursOnce(text, after)) {
                spans.add(new Tracked(Anchor.of(text, start, end), new ArrayList<>(List.of(start))));
            }
        }
        return spans;
    }

    private static boolean occursOnce(String text, String part) {
        int first = text.indexOf(part);
        return first >= 0 && text.indexOf(part, first + 1) < 0;
    }

    private static String story() throws IOException {
        try (InputStream in = ReanchorerPropertyTest.class.getResourceAsStream("/anchoring/rail-strike.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    /** An annotated span and the places where its own words stand in the edited text. */
    private record Tracked(Anchor anchor, List<Integer> live) {
    }

    /** The text under edit, and the model of where each span's words went. */
    private static final class Edits {
        final StringBuilder text;
        final List<Tracked> spans;

        Edits(String base, List<Tracked> spans) {
            this.text = new StringBuilder(base);
            this.spans = spans;
        }

        void applyRandom(Random random) {
            Tracked target = spans.get(random.nextInt(spans.size()));
            int near = target.live.isEmpty() ? random.nextInt(text.length() + 1)
                    : target.live.get(0) + (random.nextBoolean() ? 0 : target.anchor.length());
            int at = boundary(Math.max(0, Math.min(text.length(), near - 40 + random.nextInt(81))));
            String fragment = FRAGMENTS[random.nextInt(FRAGMENTS.length)];
            switch (random.nextInt(5)) {
                case 0 -> insert(at, fragment);
                case 1 -> delete(at, boundary(Math.min(text.length(), at + 1 + random.nextInt(60))));
                case 2 -> replace(at, boundary(Math.min(text.length(), at + 1 + random.nextInt(30))), fragment);
                case 3 -> moveParagraph(random, false);
                default -> moveParagraph(random, true);
            }
        }

        /** Moves an offset off the middle of a surrogate pair: editors do not split emoji. */
        private int boundary(int offset) {
            boolean inPair = offset > 0 && offset < text.length()
                    && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
            return inPair ? offset + 1 : offset;
        }

        /**
         * Replaces {@code [from, to)} by {@code fragment}, modelled as the smallest deletion and insertion
         * that do it: replacing "aid" by " said" inserts " s", and may leave a span of "said" whole.
         */
        void replace(int from, int to, String fragment) {
            String removed = text.substring(from, to);
            int common = 0;
            while (common < removed.length() && common < fragment.length() && removed.charAt(common) == fragment.charAt(common)) {
                common++;
            }
            int tail = 0;
            while (tail < removed.length() - common && tail < fragment.length() - common
                    && removed.charAt(removed.length() - 1 - tail) == fragment.charAt(fragment.length() - 1 - tail)) {
                tail++;
            }
            delete(from + common, to - tail);
            String inserted = fragment.substring(common, fragment.length() - tail);
            if (!inserted.isEmpty()) {
                insert(from + common, inserted);
            }
        }

        /**
         * Inserts {@code fragment}. An insertion into a span cuts it, unless the same text could have
         * been inserted just before or after the span ("said" + " said" reads the same either way).
         */
        void insert(int at, String fragment) {
            int length = fragment.length();
            int left = 0;
            while (at - left - 1 >= 0 && text.charAt(at - left - 1) == fragment.charAt(length - 1 - left % length)) {
                left++;
            }
            int right = 0;
            while (at + right < text.length() && text.charAt(at + right) == fragment.charAt(right % length)) {
                right++;
            }
            text.insert(at, fragment);
            for (Tracked span : spans) {
                List<Integer> moved = new ArrayList<>();
                for (int q : span.live) {
                    int end = q + span.anchor.length();
                    // when both explanations of the insertion hold, the words stand at both places
                    if (at - left <= q) {
                        moved.add(q + length);
                    }
                    if (at + right >= end) {
                        moved.add(q);
                    }
                }
                span.live.clear();
                moved.stream().distinct().forEach(span.live::add);
            }
        }

        /**
         * Deletes {@code [from, to)}. A deletion overlapping a span cuts it, unless sliding the deleted
         * range along equal characters leaves the same text with the span untouched.
         */
        void delete(int from, int to) {
            if (to <= from) {
                return;
            }
            int left = 0;
            while (from - left - 1 >= 0 && text.charAt(from - left - 1) == text.charAt(to - left - 1)) {
                left++;
            }
            int right = 0;
            while (to + right < text.length() && text.charAt(from + right) == text.charAt(to + right)) {
                right++;
            }
            int removed = to - from;
            text.delete(from, to);
            for (Tracked span : spans) {
                List<Integer> kept = new ArrayList<>();
                for (int q : span.live) {
                    int end = q + span.anchor.length();
                    if (end <= from + right) {
                        kept.add(q);
                    }
                    if (q >= to - left) {
                        kept.add(q - removed);
                    }
                }
                span.live.clear();
                kept.stream().distinct().forEach(span.live::add);
            }
        }

        /** Moves (or copies) one paragraph, with its line break, to the start of another paragraph. */
        void moveParagraph(Random random, boolean copy) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            if (starts.size() < 3) {
                return;
            }
            int paragraph = random.nextInt(starts.size() - 1);
            int from = starts.get(paragraph);
            int to = starts.get(paragraph + 1);
            int destination = starts.get(random.nextInt(starts.size() - 1));
            if (!copy && destination >= from && destination <= to) {
                return;
            }
            String piece = text.substring(from, to);
            List<List<Integer>> inside = new ArrayList<>();
            for (Tracked span : spans) {
                List<Integer> offsets = new ArrayList<>();
                for (int q : span.live) {
                    if (q >= from && q + span.anchor.length() <= to) {
                        offsets.add(q - from);
                    }
                }
                inside.add(offsets);
            }
            int insertAt = destination;
            if (!copy) {
                delete(from, to);
                insertAt = destination > from ? destination - piece.length() : destination;
            }
            insert(insertAt, piece);
            for (int s = 0; s < spans.size(); s++) {
                for (int offset : inside.get(s)) {
                    int place = insertAt + offset;
                    if (!spans.get(s).live.contains(place)) {
                        spans.get(s).live.add(place);
                    }
                }
            }
        }
    }
}
