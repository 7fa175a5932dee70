package dev.margin.importer;

import dev.margin.importer.PdfLayout.Gutter;
import dev.margin.importer.PdfLayout.Run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The white space {@link PdfLayout} cuts a page along: vertical gutters between columns, the bands that runs crossing
 * a gutter (headlines, a lead set across the columns) make, and horizontal gaps between stacked blocks.
 *
 * <p>A gutter is a strip at least {@value #MIN_GUTTER_EMS} em wide, inside the region, with at least two runs wholly on
 * each side. Runs crossing it are allowed when they are few (an eighth of the region's runs) or when none of them
 * shares a height with the runs beside the gutter, that is, when they sit in bands of their own above, between or
 * below the columns. Of several candidates the one crossed by the fewest runs wins, then the widest.
 */
final class PdfGutters {
    static final float MIN_GUTTER_EMS = 0.6f;
    private static final float MIN_GUTTER_POINTS = 4f;
    private static final float HORIZONTAL_GAP_EMS = 1.0f;

    private PdfGutters() {
    }

    static Gutter find(List<Run> runs, float bodySize) {
        float minX = (float) runs.stream().mapToDouble(Run::x0).min().orElse(0);
        float maxX = (float) runs.stream().mapToDouble(Run::x1).max().orElse(0);
        int width = (int) Math.ceil(maxX - minX);
        if (width < 20) {
            return null;
        }
        int[] cover = new int[width + 1];
        for (Run run : runs) {
            int from = Math.max(0, (int) Math.floor(run.x0() - minX));
            int to = Math.min(width, (int) Math.ceil(run.x1() - minX));
            for (int x = from; x < to; x++) {
                cover[x]++;
            }
        }
        int fewSpanners = Math.max(1, runs.size() / 8);
        float minWidth = Math.max(MIN_GUTTER_POINTS, bodySize * MIN_GUTTER_EMS);
        // Strips crossed by no run first, then by one, two ...: the first level that yields a gutter gives the best one.
        java.util.SortedSet<Integer> levels = new java.util.TreeSet<>();
        for (int x = 1; x < width; x++) {
            if (cover[x] <= runs.size() / 2) {
                levels.add(cover[x]);
            }
        }
        for (int level : levels) {
            Gutter best = null;
            int x = 1;
            while (x < width) {
                if (cover[x] > level) {
                    x++;
                    continue;
                }
                int end = x;
                while (end < width && cover[end] <= level) {
                    end++;
                }
                if (end - x >= minWidth && end < width) {
                    Gutter candidate = gutter(runs, minX + x, minX + end, fewSpanners);
                    if (candidate != null && better(candidate, best)) {
                        best = candidate;
                    }
                }
                x = end;
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    private static Gutter gutter(List<Run> runs, float from, float to, int fewSpanners) {
        List<Run> left = new ArrayList<>();
        List<Run> right = new ArrayList<>();
        List<Run> spanners = new ArrayList<>();
        for (Run run : runs) {
            if (run.x1() <= from + 0.5f) {
                left.add(run);
            } else if (run.x0() >= to - 0.5f) {
                right.add(run);
            } else {
                spanners.add(run);
            }
        }
        if (left.size() < 2 || right.size() < 2) {
            return null;
        }
        if (spanners.size() > fewSpanners && !inBandsOfTheirOwn(spanners, left, right)) {
            return null;
        }
        if (!flushEdge(left, right, from, to)) {
            return null;
        }
        return new Gutter(from, to, left, right, spanners);
    }

    /**
     * Whether a column edge borders the strip: the lines beside a real gutter start flush at its right (or, in
     * right-aligned text, end flush at its left), while the white space that wide word spaces of justified lines
     * happen to leave is bordered by words at every position.
     */
    private static boolean flushEdge(List<Run> left, List<Run> right, float from, float to) {
        float em = (float) right.stream().mapToDouble(Run::size).average().orElse(10);
        long nearRight = right.stream().filter(run -> run.x0() < to + em * 3).count();
        long flushRight = right.stream().filter(run -> run.x0() < to + 1f).count();
        if (flushRight >= 2 && flushRight * 2 >= nearRight) {
            return true;
        }
        long nearLeft = left.stream().filter(run -> run.x1() > from - em * 3).count();
        long flushLeft = left.stream().filter(run -> run.x1() > from - 1f).count();
        return flushLeft >= 2 && flushLeft * 2 >= nearLeft && flushLeft * 2 >= left.size();
    }

    private static boolean inBandsOfTheirOwn(List<Run> spanners, List<Run> left, List<Run> right) {
        for (Run spanner : spanners) {
            for (List<Run> side : List.of(left, right)) {
                for (Run run : side) {
                    if (run.top() < spanner.bottom() && spanner.top() < run.bottom()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean better(Gutter candidate, Gutter best) {
        if (best == null) {
            return true;
        }
        if (candidate.spanners().size() != best.spanners().size()) {
            return candidate.spanners().size() < best.spanners().size();
        }
        return candidate.to() - candidate.from() > best.to() - best.from();
    }

    /**
     * The region cut into horizontal bands at the runs crossing a gutter: each crossing run's height is a band (with
     * whatever shares its height), and what lies between is a band of its own; bands top to bottom.
     */
    static List<List<Run>> bands(List<Run> runs, List<Run> spanners) {
        List<float[]> spans = new ArrayList<>();
        List<Run> sortedSpanners = new ArrayList<>(spanners);
        sortedSpanners.sort(Comparator.comparingDouble(Run::top));
        for (Run spanner : sortedSpanners) {
            float[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && spanner.top() <= last[1]) {
                last[1] = Math.max(last[1], spanner.bottom());
            } else {
                spans.add(new float[] {spanner.top(), spanner.bottom()});
            }
        }
        // Band i*2+1 is spanner band i; band i*2 lies above it; the last band lies below the last spanner band.
        List<List<Run>> bands = new ArrayList<>();
        for (int i = 0; i <= spans.size() * 2; i++) {
            bands.add(new ArrayList<>());
        }
        for (Run run : runs) {
            float middle = (run.top() + run.bottom()) / 2;
            int band = spans.size() * 2;
            for (int i = 0; i < spans.size(); i++) {
                if (middle < spans.get(i)[0]) {
                    band = i * 2;
                    break;
                }
                if (middle <= spans.get(i)[1]) {
                    band = i * 2 + 1;
                    break;
                }
            }
            bands.get(band).add(run);
        }
        bands.removeIf(List::isEmpty);
        return bands;
    }

    /** The region cut at every horizontal gap of more than an em of white space across its whole width. */
    static List<List<Run>> horizontalPieces(List<Run> runs, float bodySize) {
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingDouble(Run::top));
        List<List<Run>> pieces = new ArrayList<>();
        List<Run> current = new ArrayList<>();
        float bottom = Float.NEGATIVE_INFINITY;
        for (Run run : sorted) {
            if (!current.isEmpty() && run.top() - bottom > bodySize * HORIZONTAL_GAP_EMS) {
                pieces.add(current);
                current = new ArrayList<>();
            }
            current.add(run);
            bottom = Math.max(bottom, run.bottom());
        }
        if (!current.isEmpty()) {
            pieces.add(current);
        }
        return pieces;
    }
}
