package dev.margin.domain;

/**
 * Converts between the two offset conventions Margin meets: UTF-16 code units (Java strings,
 * everything inside Margin) and Unicode code points (the W3C Web Annotation TextPositionSelector).
 */
public final class Offsets {
    private Offsets() {
    }

    /** The code-point offset of a UTF-16 offset; a UTF-16 offset inside a surrogate pair is rejected. */
    public static int toCodePoints(String text, int utf16Offset) {
        checkUtf16(text, utf16Offset);
        return text.codePointCount(0, utf16Offset);
    }

    /** The UTF-16 offset of a code-point offset into {@code text}. */
    public static int toUtf16(String text, int codePointOffset) {
        if (codePointOffset < 0 || codePointOffset > text.codePointCount(0, text.length())) {
            throw new IllegalArgumentException("code point offset " + codePointOffset + " is outside the text");
        }
        return text.offsetByCodePoints(0, codePointOffset);
    }

    private static void checkUtf16(String text, int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " is outside the text of length " + text.length());
        }
        if (offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset))) {
            throw new IllegalArgumentException("offset " + offset + " splits a surrogate pair");
        }
    }
}
