package dev.margin.importer;

import dev.margin.importer.PdfLayout.Region;
import dev.margin.importer.PdfLayout.Run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rebuilds paragraphs from the lines of a PDF in reading order, and joins words hyphenated at the end of a line.
 *
 * <p>Inside a column a new paragraph starts at a change of type size (a heading), at a gap between lines clearly
 * larger than the usual line spacing, at a first-line indent, or after a short line that ends a sentence. Where a
 * column or page ends, the paragraph goes on into the next one when its last line ends with a hyphen, or the next
 * line starts in lower case, or the last line fills its column without ending a sentence.
 *
 * <p>Hyphenation: "Regie-" + "rung" is "Regierung"; a hyphen before a capital or a digit is a real one
 * ("Baden-" + "Württemberg" is "Baden-Württemberg"); before "und", "oder", "and", "or" ... it is a suspended
 * compound ("Ein- und Ausfuhr"); and a lowercase compound written with a hyphen elsewhere in the same document
 * ("well-known") keeps it. A soft hyphen (U+00AD) is always a break.
 */
final class PdfParagraphs {
    /** One paragraph: its text, the type size of its first line, whether that line is bold, the page it starts on (from 0). */
    record Paragraph(String text, float size, boolean bold, int page) {
    }

    private static final Set<String> SUSPENDING = Set.of("und", "oder", "bzw.", "sowie", "bis", "noch", "als", "wie",
            "and", "or", "nor", "to", "et", "ou", "y", "o", "e", "en", "of");
    private static final Pattern HYPHENATED_WORD = Pattern.compile("(\\p{L}+)-(\\p{L}+)");
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)[-\u2010]$");
    private static final Pattern FIRST_WORD = Pattern.compile("^(\\p{L}+\\.?)");
    private static final String SENTENCE_END = ".!?:;\"”»«“’'…)؟۔";
    /** Narrower than this, a block of lines is a list or an address, not a column an article runs on in. */
    private static final float MIN_COLUMN_EMS = 12;

    private final Set<String> writtenWithHyphen;
    private final float lineSpacing;
    private final boolean indentedParagraphs;

    PdfParagraphs(Set<String> writtenWithHyphen, float lineSpacing, boolean indentedParagraphs) {
        this.writtenWithHyphen = writtenWithHyphen;
        this.lineSpacing = lineSpacing;
        this.indentedParagraphs = indentedParagraphs;
    }

    static List<Paragraph> of(List<Region> regions, float bodySize) {
        Set<String> hyphenated = new HashSet<>();
        int indents = 0;
        for (Region region : regions) {
            List<Run> lines = region.lines();
            for (int i = 0; i < lines.size(); i++) {
                Matcher words = HYPHENATED_WORD.matcher(lines.get(i).text());
                while (words.find()) {
                    hyphenated.add(words.group().toLowerCase(Locale.ROOT));
                }
                if (i > 0 && isIndented(lines.get(i), region) && !isIndented(lines.get(i - 1), region)) {
                    indents++;
                }
            }
        }
        return new PdfParagraphs(hyphenated, usualLineSpacing(regions, bodySize), indents >= 2).build(regions);
    }

    private static boolean isIndented(Run line, Region region) {
        float indent = region.lead(line);
        return indent > line.size() * 0.5f && indent < line.size() * 6;
    }

    private List<Paragraph> build(List<Region> regions) {
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder text = null;
        Run first = null;
        Run previous = null;
        Region previousRegion = null;
        for (Region region : regions) {
            List<Run> lines = region.lines();
            for (int i = 0; i < lines.size(); i++) {
                Run line = lines.get(i);
                boolean start = previous == null || (i == 0 && !stackedBelow(previous, previousRegion, line, region)
                        ? !continuesInto(previous, previousRegion, line, region) : breaksBefore(previous, line, region));
                if (start) {
                    if (text != null) {
                        paragraphs.add(new Paragraph(text.toString(), first.size(), first.bold(), first.page()));
                    }
                    text = new StringBuilder(line.text());
                    first = line;
                } else {
                    String joined = join(text.toString(), line.text());
                    text.setLength(0);
                    text.append(joined);
                }
                previous = line;
            }
            previousRegion = region;
        }
        if (text != null) {
            paragraphs.add(new Paragraph(text.toString(), first.size(), first.bold(), first.page()));
        }
        return paragraphs;
    }

    private boolean breaksBefore(Run previous, Run line, Region region) {
        if (!sameSize(previous, line) || previous.bold() != line.bold()) {
            return true;
        }
        float gap = line.y() - previous.y();
        if (gap <= 0 || gap > Math.max(lineSpacing, line.size() * 1.05f) * 1.4f) {
            return true;
        }
        boolean previousIndented = region.lead(previous) > line.size() * 0.3f;
        if (isIndented(line, region) && (!previousIndented || isShort(previous, region))) {
            return true; // a first-line indent after a full line, or after a short one (a byline, a dateline)
        }
        return isShort(previous, region) && endsSentence(previous.text());
    }

    /** Whether the region goes on straight below the last one in the same column of the same page. */
    private static boolean stackedBelow(Run previous, Region previousRegion, Run line, Region region) {
        if (previous.page() != line.page() || line.y() <= previous.y()) {
            return false;
        }
        float overlap = Math.min(previousRegion.right(), region.right()) - Math.max(previousRegion.left(), region.left());
        float narrower = Math.min(previousRegion.right() - previousRegion.left(), region.right() - region.left());
        return overlap > narrower * 0.5f;
    }

    private boolean continuesInto(Run previous, Region previousRegion, Run line, Region region) {
        if (!sameSize(previous, line) || previous.bold() != line.bold()) {
            return false;
        }
        String before = previous.text();
        if (endsWithHyphen(before) || startsLowercase(line.text())) {
            return true;
        }
        if (isIndented(line, region) || previousRegion.right() - previousRegion.left() < previous.size() * MIN_COLUMN_EMS) {
            return false; // a new paragraph; or a block too narrow for a text column (a contact's name and number)
        }
        // A paragraph hardly ever ends without punctuation; where paragraphs are marked by indents, an unindented
        // line at the top of a column goes on with the paragraph the last column ended, even after a full stop.
        return !endsSentence(before) || indentedParagraphs && !isShort(previous, previousRegion);
    }

    /** Two lines joined: a hyphenated word made whole, or a space between them. */
    String join(String before, String after) {
        if (before.endsWith("\u00AD")) {
            return before.substring(0, before.length() - 1) + after;
        }
        if (!endsWithHyphen(before) || after.isEmpty()) {
            return before + " " + after;
        }
        char next = after.charAt(0);
        if (!Character.isLowerCase(next)) {
            return before + after; // Baden-Württemberg, 2019-2020, E-Mail
        }
        Matcher firstWord = FIRST_WORD.matcher(after);
        String nextWord = firstWord.find() ? firstWord.group(1) : "";
        if (SUSPENDING.contains(nextWord.toLowerCase(Locale.ROOT))) {
            return before + " " + after; // Ein- und Ausfuhr
        }
        Matcher lastWord = LAST_WORD.matcher(before);
        String wordBefore = lastWord.find() ? lastWord.group(1) : "";
        String nextLetters = nextWord.endsWith(".") ? nextWord.substring(0, nextWord.length() - 1) : nextWord;
        if (writtenWithHyphen.contains((wordBefore + "-" + nextLetters).toLowerCase(Locale.ROOT))) {
            return before.substring(0, before.length() - 1) + "-" + after;
        }
        return before.substring(0, before.length() - 1) + after;
    }

    private static boolean endsWithHyphen(String text) {
        int length = text.length();
        return length >= 2 && (text.charAt(length - 1) == '-' || text.charAt(length - 1) == '\u2010')
                && Character.isLetterOrDigit(text.charAt(length - 2));
    }

    private static boolean startsLowercase(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    private static boolean endsSentence(String text) {
        return !text.isEmpty() && SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private static boolean isShort(Run line, Region region) {
        float width = region.right() - region.left();
        return region.tail(line) > Math.max(width * 0.15f, line.size() * 2);
    }

    private static boolean sameSize(Run a, Run b) {
        float ratio = a.size() / b.size();
        return ratio < 1.12f && ratio > 1 / 1.12f;
    }

    /** The most common distance between consecutive body lines of one column, rounded to half a point. */
    private static float usualLineSpacing(List<Region> regions, float bodySize) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (Region region : regions) {
            List<Run> lines = region.lines();
            for (int i = 1; i < lines.size(); i++) {
                float gap = lines.get(i).y() - lines.get(i - 1).y();
                if (gap > 0 && gap < bodySize * 2.5f && Math.abs(lines.get(i).size() - bodySize) < bodySize * 0.1f) {
                    counts.merge(Math.round(gap * 2), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(entry -> entry.getKey() / 2f).orElse(bodySize * 1.2f);
    }
}
