package dev.margin.ui.library;

import java.util.List;

/**
 * What became of one file, URL or pasted text in an import, as the window tells it.
 *
 * @param source       the file or URL as the user knows it
 * @param articleId    the article it became (or already was), or null when it failed
 * @param message      what happened, in a sentence naming the article; for a failure, why, naming the source
 * @param warnings     what the importer warned about (an unrecognised charset, a fallback extractor)
 * @param droppedLines the lines kept out of the article as related-link or promotional boilerplate
 * @param droppedPositions for each dropped line, the number of the article's paragraphs before it
 */
public record ImportOutcome(String source, Result result, Long articleId, String message, List<String> warnings,
                            List<String> droppedLines, List<Integer> droppedPositions) {
    public enum Result { IMPORTED, ALREADY_THERE, NEW_REVISION, FAILED }

    public ImportOutcome {
        warnings = List.copyOf(warnings);
        droppedLines = List.copyOf(droppedLines);
        droppedPositions = droppedPositions == null ? List.of() : List.copyOf(droppedPositions);
    }

    /** An outcome whose dropped lines' places are not known. */
    public ImportOutcome(String source, Result result, Long articleId, String message, List<String> warnings,
                         List<String> droppedLines) {
        this(source, result, articleId, message, warnings, droppedLines, null);
    }

    /** Whether dropped line {@code index} can be brought back: the import stored an article and knows the place. */
    public boolean canBringBack(int index) {
        return !failed() && articleId != null && index < droppedPositions.size();
    }

    public boolean failed() {
        return result == Result.FAILED;
    }

    /** Whether there is more to tell than the result: warnings or dropped lines. */
    public boolean hasNotes() {
        return !warnings.isEmpty() || !droppedLines.isEmpty();
    }
}
