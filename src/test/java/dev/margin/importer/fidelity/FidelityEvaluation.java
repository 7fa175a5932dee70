package dev.margin.importer.fidelity;

import dev.margin.importer.ArticleImporter;
import dev.margin.importer.ImportException;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Imports every page of the fidelity corpus with the real {@link ArticleImporter} and scores it with
 * {@link FidelityScorer}; prints one line per page and then the summary the issue measures: median token overlap,
 * pages with recall under {@value #RECALL_FLOOR}, pages with clutter kept, and title, byline and date accuracy.
 */
final class FidelityEvaluation {
    static final double RECALL_FLOOR = 0.85;

    /** The corpus as a whole. */
    record Summary(List<FidelityScorer.PageScore> pages, List<String> failures) {
        double medianOverlap() {
            List<Double> overlaps = new ArrayList<>();
            pages.forEach(page -> overlaps.add(page.overlap()));
            overlaps.sort(null);
            int n = overlaps.size();
            return n == 0 ? 0 : n % 2 == 1 ? overlaps.get(n / 2) : (overlaps.get(n / 2 - 1) + overlaps.get(n / 2)) / 2;
        }

        List<String> lowRecall() {
            return pages.stream().filter(page -> page.recall() < RECALL_FLOOR).map(FidelityScorer.PageScore::name).toList();
        }

        List<String> cluttered() {
            return pages.stream().filter(page -> !page.clutterKept().isEmpty()).map(FidelityScorer.PageScore::name).toList();
        }

        long titlesRight() {
            return pages.stream().filter(FidelityScorer.PageScore::titleRight).count();
        }

        long authorsRight() {
            return pages.stream().filter(FidelityScorer.PageScore::authorsRight).count();
        }

        long datesRight() {
            return pages.stream().filter(FidelityScorer.PageScore::dateRight).count();
        }
    }

    private final ArticleImporter importer = new ArticleImporter();

    /** Imports and scores every page; a page the importer refuses counts as a failure with recall 0. */
    Summary evaluate(List<FidelityPage> corpus) {
        List<FidelityScorer.PageScore> scores = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (FidelityPage page : corpus) {
            try {
                scores.add(FidelityScorer.score(page, importer.importFile(page.html()).draft()));
            } catch (ImportException e) {
                failures.add(page.name() + ": " + e.getMessage());
                scores.add(new FidelityScorer.PageScore(page.name(), 0, 0, List.of(), false, false, false, "", "", ""));
            }
        }
        return new Summary(scores, failures);
    }

    static void print(Summary summary, List<FidelityPage> corpus, PrintStream out) {
        out.printf(Locale.ROOT, "%-36s %5s %5s %5s %7s %5s %6s %4s  %s%n", "page", "prec", "recall", "F1", "clutter",
                "title", "byline", "date", "clutter kept / what was found when wrong");
        for (int i = 0; i < summary.pages().size(); i++) {
            FidelityScorer.PageScore page = summary.pages().get(i);
            FidelityPage expected = corpus.get(i);
            List<String> notes = new ArrayList<>();
            page.clutterKept().forEach(phrase -> notes.add("kept \"" + phrase + "\""));
            if (!page.titleRight()) {
                notes.add("title \"" + page.title() + "\"");
            }
            if (!page.authorsRight()) {
                notes.add("byline \"" + page.byline() + "\" (want " + expected.authors() + ")");
            }
            if (!page.dateRight()) {
                notes.add("date " + page.date() + " (want " + expected.published() + ")");
            }
            out.printf(Locale.ROOT, "%-36s %5.2f %6.2f %5.2f %7d %5s %6s %4s  %s%n", shorten(page.name(), 36),
                    page.precision(), page.recall(), page.overlap(), page.clutterKept().size(), mark(page.titleRight()),
                    mark(page.authorsRight()), mark(page.dateRight()), String.join("; ", notes));
        }
        int n = summary.pages().size();
        out.println();
        out.printf(Locale.ROOT, "pages: %d   median token overlap (F1): %.3f   recall < %.2f: %d %s   clutter kept: %d %s%n", n,
                summary.medianOverlap(), RECALL_FLOOR, summary.lowRecall().size(), summary.lowRecall(),
                summary.cluttered().size(), summary.cluttered());
        out.printf(Locale.ROOT, "titles right: %d/%d (%.0f %%)   bylines right: %d/%d (%.0f %%)   dates right: %d/%d (%.0f %%)%n",
                summary.titlesRight(), n, percent(summary.titlesRight(), n), summary.authorsRight(), n,
                percent(summary.authorsRight(), n), summary.datesRight(), n, percent(summary.datesRight(), n));
        summary.failures().forEach(failure -> out.println("failed: " + failure));
    }

    private static String mark(boolean right) {
        return right ? "ok" : "WRONG";
    }

    private static double percent(long part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    private static String shorten(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
