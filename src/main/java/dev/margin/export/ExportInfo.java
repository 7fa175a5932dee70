package dev.margin.export;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Who and what produced an export: the application (the W3C "generator"), the person exporting
 * (the "creator", may be empty) and when.
 */
public record ExportInfo(String generatorName, String generatorVersion, String creator, Instant exportedAt) {
    public ExportInfo {
        Objects.requireNonNull(generatorName, "generatorName");
        generatorVersion = generatorVersion == null ? "" : generatorVersion;
        creator = creator == null ? "" : creator;
        Objects.requireNonNull(exportedAt, "exportedAt");
    }

    /** "Margin 0.1.0": what a reader of the file sees as its maker. */
    public String generator() {
        return generatorVersion.isBlank() ? generatorName : generatorName + " " + generatorVersion;
    }

    /** A time as people read it in a file: to the second, in UTC ("2026-12-04T19:45:12Z"). */
    public static String readable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
