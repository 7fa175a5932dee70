package dev.margin.export;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A string past Margin's stated bound ({@link JsonLdReader#MAX_STRING_LENGTH}) is refused with a message, not read
 * until memory runs out; the text is generated as it is read, so the repository holds no large file. (That a
 * 20-million-character article, past Jackson's default limit, comes back whole is held by LargeJsonLdRestoreTest.)
 */
class LargeJsonLdTest {
    @Test
    void aStringPastTheStatedBoundIsRefusedWithAMessage() {
        byte[] head = "{\"type\":\"AnnotationCollection\",\"articles\":[{\"id\":\"urn:x\",\"text\":\"".getBytes(StandardCharsets.UTF_8);
        long letters = JsonLdReader.MAX_STRING_LENGTH + 1L;
        InputStream endless = new InputStream() {
            private long left = letters;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'a');
                left -= n;
                return n;
            }
        };
        InputStream file = new SequenceInputStream(new ByteArrayInputStream(head),
                new SequenceInputStream(endless, new ByteArrayInputStream("\"}]}".getBytes(StandardCharsets.UTF_8))));

        assertThatThrownBy(() -> new JsonLdReader().read(file))
                .isInstanceOf(JsonLdFormatException.class)
                .hasMessageContaining("larger than Margin reads")
                .hasMessageContaining(String.valueOf(JsonLdReader.MAX_STRING_LENGTH));
    }
}
