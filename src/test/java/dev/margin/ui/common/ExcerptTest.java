package dev.margin.ui.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExcerptTest {
    @Test
    void shortTextIsKeptWholeOnOneLine() {
        assertThat(Excerpt.of("  Port Ellery\n\tto ration   water ", 40)).isEqualTo("Port Ellery to ration water");
    }

    @Test
    void longTextIsCutWithAnEllipsisWithinTheLimit() {
        String excerpt = Excerpt.of("The board estimates that the cuts will save about 40 million litres a day", 20);

        assertThat(excerpt).isEqualTo("The board estimates…").hasSizeLessThanOrEqualTo(20);
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        // "𝐀" is two UTF-16 units; a cut between them would leave half a character before the ellipsis.
        String excerpt = Excerpt.of("abcd𝐀efgh", 6);

        assertThat(excerpt).isEqualTo("abcd…");
        assertThat(excerpt.codePoints().allMatch(Character::isValidCodePoint)).isTrue();
        assertThat(Character.isHighSurrogate(excerpt.charAt(excerpt.length() - 2))).isFalse();
    }

    @Test
    void quotedWordsKeepTheirOwnQuotationMarks() {
        assertThat(Excerpt.quoted("the cuts will save about 40 million litres", 60)).isEqualTo("“the cuts will save about 40 million litres”");
        assertThat(Excerpt.quoted("“The roof is unsafe,”", 60)).isEqualTo("“The roof is unsafe,”");
        assertThat(Excerpt.quoted("“The roof is unsafe, and we will not gamble with swimmers’ lives,”", 25))
                .isEqualTo("“The roof is unsafe, and…”");
    }

    @Test
    void aLimitWithoutRoomForTheEllipsisIsRefused() {
        assertThatThrownBy(() -> Excerpt.of("words", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
