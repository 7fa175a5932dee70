package dev.margin.export;

import dev.margin.domain.Offsets;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodePointIndexTest {
    @Test
    void agreesWithTheDomainConversionAtEveryValidOffset() {
        Random random = new Random(3);
        String[] pieces = {"a", "é", "🚆", "قال", " ", "🇳🇬", "日本", "\n"};
        for (int round = 0; round < 50; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            CodePointIndex index = new CodePointIndex(s);
            for (int cp = 0; cp <= s.codePointCount(0, s.length()); cp++) {
                int utf16 = Offsets.toUtf16(s, cp);
                assertThat(index.toUtf16(cp)).isEqualTo(utf16);
                assertThat(index.toCodePoints(utf16)).isEqualTo(cp);
            }
        }
    }

    @Test
    void rejectsOffsetsOutsideTheText() {
        CodePointIndex index = new CodePointIndex("a🚆b");
        assertThatThrownBy(() -> index.toUtf16(4)).hasMessageContaining("outside the text");
        assertThatThrownBy(() -> index.toCodePoints(5)).hasMessageContaining("outside the text");
    }
}
