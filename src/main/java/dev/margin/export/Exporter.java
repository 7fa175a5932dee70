package dev.margin.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a bundle in one format to a stream, as it goes: nothing of the size of the whole export
 * is built in memory besides the bundle itself. The stream is flushed, not closed.
 */
public interface Exporter {
    void write(ExportBundle bundle, OutputStream out) throws IOException;

    /** The file name extension for this format, without the dot ("md", "jsonld"). */
    String fileExtension();
}
