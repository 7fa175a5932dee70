package dev.margin.ui.editor.spans;

import java.util.Arrays;

/**
 * Where each paragraph of a text starts. Paragraphs are separated by one '\n', which belongs to no
 * paragraph, exactly as RichTextFX splits its document.
 */
public final class ParagraphIndex {
    private final int textLength;
    private final int[] starts;

    public ParagraphIndex(String text) {
        textLength = text.length();
        int count = 1;
        for (int i = 0; i < textLength; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        starts = new int[count];
        int paragraph = 1;
        for (int i = 0; i < textLength; i++) {
            if (text.charAt(i) == '\n') {
                starts[paragraph++] = i + 1;
            }
        }
    }

    public int textLength() {
        return textLength;
    }

    public int paragraphCount() {
        return starts.length;
    }

    public int start(int paragraph) {
        return starts[paragraph];
    }

    /** The offset just past the paragraph's last character (its '\n' or the end of the text). */
    public int end(int paragraph) {
        return paragraph + 1 < starts.length ? starts[paragraph + 1] - 1 : textLength;
    }

    public int length(int paragraph) {
        return end(paragraph) - start(paragraph);
    }

    /** The paragraph holding {@code offset}; the offset of a '\n' belongs to the paragraph it ends. */
    public int paragraphOf(int offset) {
        if (offset < 0 || offset > textLength) {
            throw new IllegalArgumentException("offset " + offset + " is outside the text of length " + textLength);
        }
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 2;
    }
}
