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
    void annotationRefusesDetailsThatDoNotFitItsKind() {
        Anchor anchor = Anchor.of(TEXT, 0, 8);
        assertThatThrownBy(() -> new Annotation(java.util.UUID.randomUUID(), 1, 1, AnnotationKind.QUOTE, anchor, null,
                null, null, null, null, null, null, java.time.Instant.now(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
