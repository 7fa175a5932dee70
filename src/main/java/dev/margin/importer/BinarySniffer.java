package dev.margin.importer;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognises bytes that are not text at all, so that a PDF or an image is refused with a message saying what
 * it is instead of being decoded into nonsense. Magic numbers first, then NUL bytes in the first 8 KiB
 * (text in the encodings Margin reads never holds NUL, except UTF-16/32, which the caller rules out first).
 */
final class BinarySniffer {
    static final int SNIFF_BYTES = 8192;

    private BinarySniffer() {
    }

    /** A user-readable name of the binary format ("a PDF document"), or empty when the bytes look like text. */
    static Optional<String> binaryKind(byte[] bytes) {
        if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of("a PDF document");
        }
        if (startsWith(bytes, 0x89, 0x50, 0x4E, 0x47)) {
            return Optional.of("a PNG image");
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("a JPEG image");
        }
        if (startsWith(bytes, 0x47, 0x49, 0x46, 0x38)) {
            return Optional.of("a GIF image");
        }
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4B, 0x05, 0x06)) {
            return Optional.of("a ZIP archive (Word .docx, .odt and .epub files are ZIP archives too)");
        }
        if (startsWith(bytes, 0x1F, 0x8B)) {
            return Optional.of("a gzip-compressed file");
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Optional.of("an old Microsoft Office document");
        }
        if (startsWith(bytes, 0x7F, 0x45, 0x4C, 0x46)) {
            return Optional.of("an executable program");
        }
        if (bytes.length >= 12 && new String(bytes, 0, 4, StandardCharsets.ISO_8859_1).equals("RIFF")
                && new String(bytes, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
            return Optional.of("a WebP image");
        }
        if (new String(bytes, 0, Math.min(bytes.length, 16), StandardCharsets.ISO_8859_1).equals("SQLite format 3\0")) {
            return Optional.of("an SQLite database");
        }
        int limit = Math.min(bytes.length, SNIFF_BYTES);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return Optional.of("a binary file (it contains NUL bytes)");
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
