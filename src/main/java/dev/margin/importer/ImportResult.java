package dev.margin.importer;

import dev.margin.domain.ArticleDraft;

import java.util.List;
import java.util.Objects;

/**
 * What an import produced: the article draft ready for the store, the lines that were recognised as
 * related-link or promotional boilerplate inside the article body and kept out of the reading text,
 * and warnings the user may want to see (a charset that was not recognised, a fallback extractor).
 */
public record ImportResult(ArticleDraft draft, List<String> droppedBoilerplate, List<String> warnings) {
    public ImportResult {
        Objects.requireNonNull(draft, "draft");
        droppedBoilerplate = droppedBoilerplate == null ? List.of() : List.copyOf(droppedBoilerplate);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
