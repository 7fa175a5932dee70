package dev.margin.service;

import dev.margin.domain.Article;

import java.util.List;
import java.util.Objects;

/**
 * What became of one input of an import, for the window and the command line alike: the article it became
 * (or already was), how a revision's annotations fared, what the importer warned about, which lines it
 * dropped as boilerplate (related links, promotions), or why it failed.
 *
 * @param article      the article as stored now; null when the import failed
 * @param warnings     what the importer warned about (a charset it did not recognise, a fallback extractor)
 * @param droppedLines the lines kept out of the reading text as related-link or promotional boilerplate
 * @param failure      why the input could not be imported, naming it; null unless {@link Status#FAILED}
 * @param droppedPositions for each dropped line, where it stood: the number of the article's paragraphs before it
 */
public record ImportItemResult(ImportSource source, Status status, Article article, int ok, int moved, int orphaned,
                               List<String> warnings, List<String> droppedLines, String failure,
                               List<Integer> droppedPositions) {
    /** How an input ended. */
    public enum Status {
        /** A new article was stored. */
        NEW,
        /** The article was in the library already: nothing was stored. */
        DUPLICATE,
        /** A changed version of an article: stored as its next revision, its annotations re-anchored. */
        REVISED,
        /** Nothing was stored; {@link #failure()} says why. */
        FAILED
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]|[\\p{L}\\p{N}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]+(?:['’][\\p{L}\\p{N}]+)*");

    public ImportItemResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        warnings = List.copyOf(warnings);
        droppedLines = List.copyOf(droppedLines);
        int end = article == null ? 0 : article.paragraphs().size();
        List<Integer> places = new java.util.ArrayList<>();
        for (int i = 0; i < droppedLines.size(); i++) {
            places.add(droppedPositions != null && i < droppedPositions.size() ? droppedPositions.get(i) : end);
        }
        droppedPositions = List.copyOf(places);
        if ((status == Status.FAILED) != (article == null) || (status == Status.FAILED) != (failure != null)) {
            throw new IllegalArgumentException("A failed import has a reason and no article; any other has an article: " + status);
        }
    }

    /** A result whose dropped lines' places are not known: they count as standing at the end of the text. */
    public ImportItemResult(ImportSource source, Status status, Article article, int ok, int moved, int orphaned,
                            List<String> warnings, List<String> droppedLines, String failure) {
        this(source, status, article, ok, moved, orphaned, warnings, droppedLines, failure, null);
    }

    /**
     * This result after its dropped line {@code index} was brought back into {@code revised} (see
     * {@link LibraryService#restoreDroppedBlock}): the line leaves the dropped list, and the lines that stood after it
     * move one paragraph down.
     */
    public ImportItemResult afterRestoring(int index, LibraryService.ImportOutcome revised) {
        int at = droppedPositions.get(index);
        List<String> lines = new java.util.ArrayList<>(droppedLines);
        List<Integer> places = new java.util.ArrayList<>(droppedPositions);
        lines.remove(index);
        places.remove(index);
        for (int i = 0; i < places.size(); i++) {
            // Blocks at the same place that came after it in the list stay after it.
            if (places.get(i) > at || places.get(i) == at && i >= index) {
                places.set(i, places.get(i) + 1);
            }
        }
        return new ImportItemResult(source, Status.REVISED, revised.article(), revised.ok(), revised.moved(),
                revised.orphaned(), warnings, lines, null, places);
    }

    static ImportItemResult failed(ImportSource source, String reason, List<String> warnings, List<String> droppedLines) {
        return new ImportItemResult(source, Status.FAILED, null, 0, 0, 0, warnings, droppedLines, reason);
    }

    public boolean failed() {
        return status == Status.FAILED;
    }

    /** The article's id, or null when the import failed. */
    public Long articleId() {
        return article == null ? null : article.id();
    }

    /** The words of the article's reading text: runs of letters and digits, and each Han or kana character. */
    public int wordsKept() {
        if (article == null) {
            return 0;
        }
        java.util.regex.Matcher words = WORD.matcher(article.text());
        int count = 0;
        while (words.find()) {
            count++;
        }
        return count;
    }

    /**
     * What the import did in one line, the same in the window and on the command line: "1,204 words kept,
     * 3 blocks dropped" (the dropped blocks are {@link #droppedLines()}).
     */
    public String summary() {
        int dropped = droppedLines.size();
        return String.format(java.util.Locale.ROOT, "%,d %s kept, %d %s dropped", wordsKept(), wordsKept() == 1 ? "word" : "words",
                dropped, dropped == 1 ? "block" : "blocks");
    }

    /** How many annotations a revision re-anchored (ok, moved or orphaned). */
    public int reanchored() {
        return ok + moved + orphaned;
    }
}
