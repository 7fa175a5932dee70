package dev.margin.service;

/**
 * Hears how an export goes. Called on the exporting thread; a UI hands the figures to its own thread.
 * {@code total} is -1 when not known (bytes while writing).
 */
@FunctionalInterface
public interface ExportProgress {
    ExportProgress NONE = (stage, done, total) -> { };

    void update(Stage stage, long done, long total);

    /** Reading articles from the library (done/total articles), then writing (bytes written so far). */
    enum Stage { READING, WRITING }
}
