package dev.margin.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnchorAndOffsetsTest {
    private static final String TEXT = "Minister 🇳🇬 Okafor said “we are ready 🚆” on Monday.";

    @Test
    void anchorTakesExactTextAndContextInUtf16Units() {
        int start = TEXT.indexOf("“we");
        int end = TEXT.indexOf("” on") + 1;
        Anchor anchor = Anchor.of(TEXT, start, end);

        assertThat(anchor.exact()).isEqualTo("“we are ready 🚆”");
        assertThat(anchor.length()).isEqualTo(anchor.exact().length());
        assertThat(anchor.prefix()).isEqualTo("Minister 🇳🇬 Okafor said ");
        assertThat(anchor.suffix()).isEqualTo(" on Monday.");
    }

    @Test
    void contextNeverSplitsASurrogatePair() {
        String text = "🚆".repeat(40) + "word" + "🚆".repeat(40);
        int start = text.indexOf("word");
        Anchor anchor = Anchor.of(text, start, start + 4);
        assertThat(anchor.prefix().codePoints().allMatch(cp -> cp == 0x1F686)).isTrue();
        assertThat(anchor.suffix().codePoints().allMatch(cp -> cp == 0x1F686)).isTrue();
    }

    @Test
    void codePointOffsetsCountEachEmojiOnce() {
        int utf16 = TEXT.indexOf("Okafor");
        int codePoints = Offsets.toCodePoints(TEXT, utf16);
        // "Minister " is 9, the flag is two regional indicators (4 UTF-16 units), then a space.
        assertThat(utf16).isEqualTo(14);
        assertThat(codePoints).isEqualTo(12);
        assertThat(Offsets.toUtf16(TEXT, codePoints)).isEqualTo(utf16);
    }

    @Test
    void roundTripsEveryBoundaryOfAnAstralText() {
        String text = "a𝔘b😀c";
        for (int cp = 0; cp <= text.codePointCount(0, text.length()); cp++) {
            assertThat(Offsets.toCodePoints(text, Offsets.toUtf16(text, cp))).isEqualTo(cp);
        }
    }

    @Test
    void rejectsAnOffsetInsideASurrogatePair() {
        assertThatThrownBy(() -> Offsets.toCodePoints("😀", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Offsets.toUtf16("😀", 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAnnotationKeepsItsKindWhenItsBodyChanges() {
        Anchor anchor = Anchor.of(TEXT, 0, 8);
        java.time.Instant now = java.time.Instant.now();
        Annotation quote = Annotation.quote(1, 1, anchor, QuoteDetails.direct(4L, "said"), now);
        assertThat(quote.kind()).isEqualTo(AnnotationKind.QUOTE);
        assertThat(quote.claim()).isNull();
        assertThat(quote.actorId()).isNull();
        assertThatThrownBy(() -> quote.withBody(new ActorMention(4L), now))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("QUOTE");
        assertThatThrownBy(() -> new Annotation(java.util.UUID.randomUUID(), 1, 1, anchor, null, null, null, null, null,
                now, null)).isInstanceOf(NullPointerException.class).hasMessage("body");
    }

    @Test
    void repointingAnActorReachesTheSpeakerTheMentionAndTheClaimantAndLeavesOthersAlone() {
        Anchor anchor = Anchor.of(TEXT, 0, 8);
        java.time.Instant now = java.time.Instant.now();
        Annotation quote = Annotation.quote(1, 1, anchor, QuoteDetails.direct(4L, "said"), now);
        Annotation mention = Annotation.actorMention(1, 1, anchor, 4L, now);
        Annotation claim = Annotation.claim(1, 1, anchor, ClaimDetails.unverified(4L), now);
        Annotation highlight = Annotation.highlight(1, 1, anchor, now);
        assertThat(quote.withActorRepointed(4, 9, now).quote().speakerActorId()).isEqualTo(9L);
        assertThat(mention.withActorRepointed(4, 9, now).actorId()).isEqualTo(9L);
        assertThat(claim.withActorRepointed(4, 9, now).claim().claimantActorId()).isEqualTo(9L);
        assertThat(highlight.withActorRepointed(4, 9, now)).isSameAs(highlight);
        assertThat(quote.withActorRepointed(5, 9, now)).isSameAs(quote);
    }
}
