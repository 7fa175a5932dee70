package dev.margin.ui.library;

/**
 * What became of one file, URL or pasted text in an import.
 *
 * @param source    the file or URL as the user knows it
 * @param articleId the article it became (or already was), or null when it failed
 * @param message   for a failure, why, naming the source; otherwise a short note, may be empty
 */
public record ImportOutcome(String source, Result result, Long articleId, String message) {
    public enum Result { IMPORTED, ALREADY_THERE, NEW_REVISION, FAILED }

    public boolean failed() {
        return result == Result.FAILED;
    }
}
