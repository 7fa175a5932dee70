package dev.margin.importer.fidelity;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Holds the import's fidelity floors on the whole corpus (every page in the folder, whoever wrote it), so that a
 * change that loses a paragraph or lets clutter back in fails the build. The figures themselves are in
 * docs/IMPORT-FIDELITY.md; the floors are those the issue measures real pages by.
 */
class FidelityCorpusTest {
    @Test
    void everyPageKeepsItsArticleAndAtMostOneKeepsClutter() throws Exception {
        List<FidelityPage> corpus = FidelityPage.readAll(FidelityPage.DEFAULT_FOLDER);
        assertTrue(corpus.size() >= 44, "the corpus has " + corpus.size() + " pages");
        FidelityEvaluation.Summary summary = new FidelityEvaluation().evaluate(corpus);
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        FidelityEvaluation.print(summary, corpus, new PrintStream(table, true, StandardCharsets.UTF_8));
        String report = "\n" + table.toString(StandardCharsets.UTF_8);

        assertEquals(List.of(), summary.failures(), report);
        assertEquals(List.of(), summary.lowRecall(), "pages with recall < 0.85" + report);
        assertTrue(summary.cluttered().size() <= 2, "pages with clutter kept: " + summary.cluttered() + report);
        assertTrue(summary.medianOverlap() >= 0.97, "median token overlap " + summary.medianOverlap() + report);
        int pages = corpus.size();
        assertTrue(summary.titlesRight() * 100 >= pages * 95L, "titles right: " + summary.titlesRight() + report);
        assertTrue(summary.authorsRight() * 10 >= pages * 9L, "bylines right: " + summary.authorsRight() + report);
        assertTrue(summary.datesRight() * 10 >= pages * 9L, "dates right (time and offset kept): " + summary.datesRight() + report);
    }

    @Test
    void tokensSplitHanAndKanaIntoCharacters() {
        assertEquals(List.of("梅", "雨", "明", "け", "2026", "tokyo"), FidelityScorer.tokens("梅雨明け 2026, Tokyo"));
        assertEquals(List.of("délais", "divisés"), FidelityScorer.tokens("Délais divisés !"));
    }
}
