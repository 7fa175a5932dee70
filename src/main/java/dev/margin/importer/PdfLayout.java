package dev.margin.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a PDF's positioned glyphs into lines in reading order, the way a reader's eye goes over an article page.
 *
 * <ol>
 *   <li><b>Runs.</b> Glyphs on one baseline become runs of text; a gap wider than most of an em ends a run, because
 *       no word space is that wide but every column gutter is, so a run never crosses from one column into the next.</li>
 *   <li><b>Running headers and footers.</b> A run in the top or bottom eighth of a page whose text (digits set aside)
 *       recurs at about the same height on at least half of the pages, two at the least, is page furniture: the
 *       outlet's name, the date, "Seite 3". A page number alone there ("7", "- 7 -", "Page 7 of 9") goes on any page.</li>
 *   <li><b>Reading order</b> by cutting the page along its white space: a vertical gutter (a strip no run crosses,
 *       with text on both sides) splits columns, read left to right; runs that do cross it (a headline over the
 *       columns) split the page into bands first, read top to bottom; a region with neither is read line by line.</li>
 * </ol>
 */
final class PdfLayout {
    /** A run of text on one baseline of one page: left and right edges, baseline (from the top), size in points, weight. */
    record Run(int page, float x0, float x1, float y, float size, String text, boolean bold) {
        float top() {
            return y - size * 0.8f;
        }

        float bottom() {
            return y + size * 0.25f;
        }
    }

    /**
     * A stretch of runs read as one column or band: its lines in order, its left and right edges, and whether its
     * lines start at the right (right-to-left script), which decides where indents and short last lines show.
     */
    record Region(List<Run> lines, float left, float right, boolean rightToLeft) {
        /** How far the line starts from the edge lines start at: a first-line indent. */
        float lead(Run line) {
            return rightToLeft ? right - line.x1() : line.x0() - left;
        }

        /** How far the line ends before the edge lines end at: the gap a short last line leaves. */
        float tail(Run line) {
            return rightToLeft ? line.x0() - left : right - line.x1();
        }
    }

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^(?:(?:page|seite|p\\.|s\\.|pág\\.|página)\\s*)?[-–—]?\\s*\\d{1,4}\\s*[-–—]?(?:\\s*(?:of|von|de|/|\\|)\\s*\\d{1,4})?$");
    private static final float MARGIN_SHARE = 0.125f;
    private static final int MAX_DEPTH = 40;
    private static final int MAX_RUNS_FOR_COLUMNS = 4000;

    private PdfLayout() {
    }

    /** The runs of one page, top to bottom and left to right. */
    static List<Run> runs(int page, List<PdfGlyphReader.Glyph> glyphs) {
        List<PdfGlyphReader.Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(PdfGlyphReader.Glyph::y).thenComparingDouble(PdfGlyphReader.Glyph::x));
        List<Run> runs = new ArrayList<>();
        int start = 0;
        while (start < sorted.size()) {
            float baseline = sorted.get(start).y();
            float tolerance = Math.max(1f, sorted.get(start).size() * 0.3f);
            int end = start + 1;
            while (end < sorted.size() && sorted.get(end).y() - baseline <= tolerance) {
                end++;
            }
            List<PdfGlyphReader.Glyph> line = new ArrayList<>(sorted.subList(start, end));
            line.sort(Comparator.comparingDouble(PdfGlyphReader.Glyph::x));
            splitLine(page, line, runs);
            start = end;
        }
        return runs;
    }

    private static void splitLine(int page, List<PdfGlyphReader.Glyph> line, List<Run> runs) {
        StringBuilder text = new StringBuilder();
        PdfGlyphReader.Glyph first = null;
        PdfGlyphReader.Glyph previous = null;
        float sizeSum = 0;
        int count = 0;
        int bold = 0;
        for (PdfGlyphReader.Glyph glyph : line) {
            if (previous != null) {
                float gap = glyph.x() - (previous.x() + previous.width());
                float em = Math.max(glyph.size(), previous.size());
                if (gap > em * 0.9f) {
                    addRun(page, first, previous, text, sizeSum / count, bold * 2 > count, runs);
                    text.setLength(0);
                    first = null;
                    sizeSum = 0;
                    count = 0;
                    bold = 0;
                } else if (gap > em * 0.18f && !glyph.text().isBlank() && !previous.text().isBlank()) {
                    text.append(' ');
                }
            }
            if (first == null) {
                first = glyph;
            }
            text.append(glyph.text());
            if (!glyph.text().isBlank()) {
                sizeSum += glyph.size();
                count++;
                bold += glyph.bold() ? 1 : 0;
            }
            previous = glyph;
        }
        if (first != null && count > 0) {
            addRun(page, first, previous, text, sizeSum / count, bold * 2 > count, runs);
        }
    }

    private static void addRun(int page, PdfGlyphReader.Glyph first, PdfGlyphReader.Glyph last, StringBuilder text, float size,
                               boolean bold, List<Run> runs) {
        // The glyphs are in the order they stand on the page; right-to-left text is read the other way.
        String clean = TextNormalizer.paragraph(PdfBidi.logical(text.toString()));
        if (!clean.isEmpty()) {
            runs.add(new Run(page, first.x(), last.x() + last.width(), first.y(), size, clean, bold));
        }
    }

    /**
     * Removes running headers, footers and page numbers from {@code pages} (each page's runs) and returns the distinct
     * texts removed, for the import report.
     */
    static List<String> dropRunningLines(List<List<Run>> pages, List<Float> heights) {
        Map<String, List<Run>> byText = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            for (Run run : pages.get(p)) {
                if (inMargin(run, heights.get(p))) {
                    byText.computeIfAbsent(furnitureKey(run.text()), key -> new ArrayList<>()).add(run);
                }
            }
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        Set<Run> running = new java.util.HashSet<>();
        for (List<Run> same : byText.values()) {
            for (Run run : same) {
                long pagesWithIt = same.stream().filter(other -> Math.abs(other.y() - run.y()) <= 4f)
                        .map(Run::page).distinct().count();
                if (pages.size() >= 2 && pagesWithIt >= needed || PAGE_NUMBER.matcher(run.text()).matches()) {
                    running.add(run);
                }
            }
        }
        Set<String> removed = new LinkedHashSet<>();
        for (List<Run> page : pages) {
            page.removeIf(run -> {
                if (running.contains(run)) {
                    removed.add(run.text());
                    return true;
                }
                return false;
            });
        }
        return List.copyOf(removed);
    }

    private static boolean inMargin(Run run, float pageHeight) {
        return run.y() < pageHeight * MARGIN_SHARE || run.top() > pageHeight * (1 - MARGIN_SHARE);
    }

    private static String furnitureKey(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }

    /**
     * The page's runs as regions in reading order; {@code bodySize} is the size of the body text, in points. On a page
     * written mostly right to left (Arabic, Hebrew, Persian), columns are read from the right.
     */
    static List<Region> readingOrder(List<Run> runs, float bodySize) {
        List<Region> regions = new ArrayList<>();
        order(runs, bodySize, PdfBidi.mostlyRightToLeft(runs), 0, regions);
        return regions;
    }

    private static void order(List<Run> runs, float bodySize, boolean rightToLeft, int depth, List<Region> out) {
        if (runs.isEmpty()) {
            return;
        }
        if (runs.size() > 1 && depth < MAX_DEPTH && runs.size() <= MAX_RUNS_FOR_COLUMNS) {
            Gutter gutter = PdfGutters.find(runs, bodySize);
            if (gutter != null && gutter.spanners().isEmpty()) {
                order(rightToLeft ? gutter.right() : gutter.left(), bodySize, rightToLeft, depth + 1, out);
                order(rightToLeft ? gutter.left() : gutter.right(), bodySize, rightToLeft, depth + 1, out);
                return;
            }
            if (gutter != null) {
                List<List<Run>> bands = PdfGutters.bands(runs, gutter.spanners());
                if (bands.size() > 1) {
                    for (List<Run> band : bands) {
                        order(band, bodySize, rightToLeft, depth + 1, out);
                    }
                    return;
                }
            }
            List<List<Run>> pieces = PdfGutters.horizontalPieces(runs, bodySize);
            if (pieces.size() > 1) {
                for (List<Run> piece : pieces) {
                    order(piece, bodySize, rightToLeft, depth + 1, out);
                }
                return;
            }
        }
        out.add(region(runs));
    }

    /** A column or band read line by line: runs on one baseline joined into one line, lines top to bottom. */
    static Region region(List<Run> runs) {
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingDouble(Run::y).thenComparingDouble(Run::x0));
        List<Run> lines = new ArrayList<>();
        for (Run run : sorted) {
            Run last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && Math.abs(run.y() - last.y()) <= Math.max(1f, last.size() * 0.3f)) {
                // Runs come left to right; a right-to-left line reads the right one first.
                String text = PdfBidi.isRightToLeft(last.text() + run.text()) ? run.text() + " " + last.text() : last.text() + " " + run.text();
                lines.set(lines.size() - 1, new Run(last.page(), Math.min(last.x0(), run.x0()), Math.max(last.x1(), run.x1()),
                        last.y(), Math.max(last.size(), run.size()), text, last.bold() && run.bold()));
            } else {
                lines.add(run);
            }
        }
        float left = (float) lines.stream().mapToDouble(Run::x0).min().orElse(0);
        float right = (float) lines.stream().mapToDouble(Run::x1).max().orElse(0);
        return new Region(lines, left, right, PdfBidi.mostlyRightToLeft(lines));
    }

    /** A vertical strip of white space: the runs wholly left and right of it, and those that cross it. */
    record Gutter(float from, float to, List<Run> left, List<Run> right, List<Run> spanners) {
    }
}
