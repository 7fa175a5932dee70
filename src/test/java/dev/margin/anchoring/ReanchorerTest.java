package dev.margin.anchoring;

import dev.margin.domain.Anchor;
import dev.margin.domain.AnchorState;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ReanchorerTest {
    private static final String STORY = String.join("\n",
            "LAGOS, March 12 (Wireline) – The minister said the trains would run on Thursday.",
            "“Nobody in this room wanted the trains to stop,” Okafor said. “The question was only how fast.”",
            "Union leaders said they would meet again on April 30 🚆 to check the first payment.",
            "The opposition said the deal was “a promise written in pencil.”");

    private static Anchor anchorOn(String text, String exact, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = text.indexOf(exact, at + 1);
        }
        return Anchor.of(text, at, at + exact.length());
    }

    @Test
    void unchangedTextKeepsEveryAnchorOk() {
        Anchor anchor = anchorOn(STORY, "said", 2);
        Reanchorer.Result result = Reanchorer.reanchor(anchor, STORY);
        assertThat(result.state()).isEqualTo(AnchorState.OK);
        assertThat(result.anchor()).isEqualTo(anchor);
    }

    @Test
    void textInsertedBeforeMovesTheAnchorWithNewOffsetsAndContext() {
        Anchor anchor = anchorOn(STORY, "Okafor said", 0);
        String inserted = "(Updates with union statement)\n";
        String changed = inserted + STORY;

        Reanchorer.Result result = Reanchorer.reanchor(anchor, changed);

        assertThat(result.state()).isEqualTo(AnchorState.MOVED);
        assertThat(result.anchor().start()).isEqualTo(anchor.start() + inserted.length());
        assertThat(result.anchor().exact()).isEqualTo("Okafor said");
        assertThat(result.anchor()).isEqualTo(Anchor.of(changed, result.anchor().start(), result.anchor().end()));
    }

    @Test
    void aRepeatedShortWordFollowsItsOwnContextNotTheNearestCopy() {
        Anchor said = anchorOn(STORY, "said", 2);
        assertThat(said.suffix()).startsWith(" they would meet");
        String changed = STORY.replace("LAGOS, March 12 (Wireline) – ", "");

        Reanchorer.Result result = Reanchorer.reanchor(said, changed);

        assertThat(result.state()).isEqualTo(AnchorState.MOVED);
        assertThat(changed.substring(result.anchor().end())).startsWith(" they would meet");
    }

    @Test
    void aDeletedShortWordIsOrphanedAlthoughTheSameWordStandsElsewhere() {
        Anchor said = anchorOn(STORY, "said", 2);
        String changed = STORY.replace("Union leaders said they would meet again on April 30 🚆 to check the first payment.\n", "");
        assertThat(changed).contains("said");

        Reanchorer.Result result = Reanchorer.reanchor(said, changed);

        assertThat(result.state()).isEqualTo(AnchorState.ORPHANED);
        assertThat(result.anchor()).as("an orphan keeps its words and old offsets").isEqualTo(said);
    }

    @Test
    void aShortWordWhoseContextWasRewrittenOnBothSidesIsOrphaned() {
        Anchor the = anchorOn(STORY, "the", 3);
        String changed = STORY.replace("check the first payment", "see whether the initial instalment");
        assertThat(changed).contains("the");

        assertThat(Reanchorer.reanchor(the, changed).state()).isEqualTo(AnchorState.ORPHANED);
    }

    @Test
    void aLongQuoteMovedToAnotherParagraphIsFoundWithoutItsContext() {
        String quote = "“Nobody in this room wanted the trains to stop,”";
        Anchor anchor = anchorOn(STORY, quote, 0);
        String changed = STORY.replace(quote + " Okafor said.", "Okafor said.")
                + "\nAsked about the talks, she repeated: " + quote + " and left.";

        Reanchorer.Result result = Reanchorer.reanchor(anchor, changed);

        assertThat(result.state()).isEqualTo(AnchorState.MOVED);
        assertThat(result.anchor().exact()).isEqualTo(quote);
        assertThat(result.anchor().start()).isEqualTo(changed.indexOf(quote));
    }

    @Test
    void aDuplicatedParagraphKeepsTheAnnotationOnTheCopyNearestItsOldPlace() {
        Anchor said = anchorOn(STORY, "Okafor said", 0);
        String[] paragraphs = STORY.split("\n");
        String changed = String.join("\n", paragraphs[0], paragraphs[1], paragraphs[1], paragraphs[2], paragraphs[3]);

        Reanchorer.Result result = Reanchorer.reanchor(said, changed);

        assertThat(result.state()).isEqualTo(AnchorState.OK);
        assertThat(result.anchor().start()).isEqualTo(said.start());
    }

    @Test
    void emojiInTheExactTextAndTheContextKeepUtf16Offsets() {
        Anchor anchor = anchorOn(STORY, "April 30 🚆 to", 0);
        assertThat(anchor.length()).isEqualTo("April 30 ".length() + 2 + " to".length());
        String changed = STORY.replace("Union leaders", "🇳🇬 Union leaders 👷");

        Reanchorer.Result result = Reanchorer.reanchor(anchor, changed);

        assertThat(result.state()).isEqualTo(AnchorState.MOVED);
        assertThat(result.anchor().start()).isEqualTo(anchor.start() + "🇳🇬 ".length() + " 👷".length());
        assertThat(result.anchor().exact()).isEqualTo("April 30 🚆 to");
        assertThat(result.anchor().start() - anchor.start()).as("a flag and a worker are 4 + 2 UTF-16 units and 2 spaces").isEqualTo(8);
    }

    @Test
    void halfAnEmojiIsNoContext() {
        String old = "x😀said it";
        Anchor anchor = Anchor.of(old, old.indexOf("said"), old.indexOf("said") + 4);
        String changed = "x😃said it";
        // 😀 and 😃 share their high surrogate: the suffix side matches " it", the prefix side nothing
        assertThat(Reanchorer.forText(changed).support(anchor, changed.indexOf("said"))).isEqualTo(3);
        String after = "said😀x";
        Anchor before = Anchor.of(after, 0, 4);
        assertThat(Reanchorer.forText("said😃x").support(before, 0)).isZero();
    }

    @Test
    void anAnchorWhoseWordsAreGoneIsOrphanedWithItsOldAnchor() {
        Anchor anchor = anchorOn(STORY, "a promise written in pencil", 0);
        String changed = STORY.replace("“a promise written in pencil.”", "unworkable.");

        Reanchorer.Result result = Reanchorer.reanchor(anchor, changed);

        assertThat(result.state()).isEqualTo(AnchorState.ORPHANED);
        assertThat(result.anchor()).isEqualTo(anchor);
    }

    @Test
    void theIndexedPathAgreesWithTheScanOnABigText() {
        Random random = new Random(7);
        StringBuilder big = new StringBuilder();
        String[] paragraphs = STORY.split("\n");
        for (int i = 0; i < 400; i++) {
            big.append(paragraphs[random.nextInt(paragraphs.length)]).append(" Item ").append(i).append('\n');
        }
        String text = big.toString().strip();
        List<Anchor> anchors = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int start = random.nextInt(text.length() - 40);
            anchors.add(Anchor.of(text, start, start + 1 + random.nextInt(30)));
        }
        String changed = "Editor’s note: updated.\n" + text.substring(0, text.length() / 2) + text.substring(text.length() / 2 + 500);

        List<Reanchorer.Result> indexed = Reanchorer.reanchorAll(anchors, changed);

        for (int i = 0; i < anchors.size(); i++) {
            assertThat(indexed.get(i)).isEqualTo(Reanchorer.reanchor(anchors.get(i), changed));
        }
        assertThat(indexed).extracting(Reanchorer.Result::state).contains(AnchorState.MOVED, AnchorState.ORPHANED);
    }
}
