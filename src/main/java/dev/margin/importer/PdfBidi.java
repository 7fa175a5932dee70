package dev.margin.importer;

import dev.margin.importer.PdfLayout.Run;

import java.text.Bidi;
import java.util.List;

/**
 * Right-to-left text in PDFs (Arabic, Hebrew, Persian, Urdu). A PDF places glyphs where they stand on the page, so
 * text read off it left to right is in visual order: an Arabic or Hebrew word comes out backwards, while the numbers
 * and Latin words inside it read the right way. {@link #logical} turns such a line back into the order it is read in,
 * with the Unicode bidirectional algorithm (java.text.Bidi): runs of one direction are put in display order and the
 * right-to-left ones reversed, brackets mirrored, as PDFBox's own text output does.
 */
final class PdfBidi {
    private PdfBidi() {
    }

    /** The line as read, from its glyphs in left-to-right page order. */
    static String logical(String visual) {
        if (!Bidi.requiresBidi(visual.toCharArray(), 0, visual.length())) {
            return visual;
        }
        // The base direction is the one most letters have: a Hebrew line may start (on the left) with a Latin word.
        Bidi bidi = new Bidi(visual, rightToLeftLetters(visual) > leftToRightLetters(visual)
                ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        Integer[] runs = new Integer[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            runs[i] = i;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        StringBuilder logical = new StringBuilder(visual.length());
        for (Integer run : runs) {
            String part = visual.substring(bidi.getRunStart(run), bidi.getRunLimit(run));
            logical.append(bidi.getRunLevel(run) % 2 == 1 ? reversedAndMirrored(part) : part);
        }
        return logical.toString();
    }

    /** Whether the text's first strong character is right to left. */
    static boolean isRightToLeft(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            byte direction = Character.getDirectionality(codePoint);
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return false;
    }

    /** Whether most of these runs' letters are right to left. */
    static boolean mostlyRightToLeft(List<Run> runs) {
        long rightToLeft = 0;
        long leftToRight = 0;
        for (Run run : runs) {
            rightToLeft += rightToLeftLetters(run.text());
            leftToRight += leftToRightLetters(run.text());
        }
        return rightToLeft > leftToRight;
    }

    private static long rightToLeftLetters(String text) {
        return text.chars().map(Character::getDirectionality).filter(direction -> direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC).count();
    }

    private static long leftToRightLetters(String text) {
        return text.chars().map(Character::getDirectionality).filter(direction -> direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT).count();
    }

    private static String reversedAndMirrored(String part) {
        StringBuilder reversed = new StringBuilder(part.length());
        for (int i = part.length(); i > 0; ) {
            int codePoint = part.codePointBefore(i);
            i -= Character.charCount(codePoint);
            reversed.appendCodePoint(mirrored(codePoint));
        }
        return reversed.toString();
    }

    private static int mirrored(int codePoint) {
        return switch (codePoint) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '«' -> '»';
            case '»' -> '«';
            default -> codePoint;
        };
    }
}
