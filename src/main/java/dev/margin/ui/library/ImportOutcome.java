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
 */
public record ImportOutcome(String source, Result result, Long articleId, String message, List<String> warnings,
                            List<String> droppedLines) {
    public enum Result { IMPORTED, ALREADY_THERE, NEW_REVISION, FAILED }

    public ImportOutcome {
        warnings = List.copyOf(warnings);
        droppedLines = List.copyOf(droppedLines);
    }

    public boolean failed() {
        return result == Result.FAILED;
    }

    /** Whether there is more to tell than the result: warnings or dropped lines. */
    public boolean hasNotes() {
        return !warnings.isEmpty() || !droppedLines.isEmpty();
    }
}
