package dev.margin.export;

import java.time.Instant;
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
}
