package dev.margin.domain.read;

import java.time.Instant;
import java.util.Objects;

/** A filter of the annotations browser the user saved under a name, to open again later. */
public record SavedFilter(long id, String name, AnnotationFilter filter, Instant saved) {
    public SavedFilter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(saved, "saved");
    }
}
