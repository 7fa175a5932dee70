package dev.margin.importer;

import dev.margin.domain.ArticleDraft;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an import produced: the article draft ready for the store, the lines that were recognised as
 * related-link or promotional boilerplate inside the article body and kept out of the reading text,
 * and warnings the user may want to see (a charset that was not recognised, a fallback extractor).
 *
 * @param droppedPositions for each dropped block, where it stood: the number of paragraphs of the draft's reading
 *                         text before it, so that it can be brought back to its place; the end of the text when an
 *                         importer does not know the place
 */
public record ImportResult(ArticleDraft draft, List<String> droppedBoilerplate, List<String> warnings,
                           List<Integer> droppedPositions) {
    public ImportResult {
        Objects.requireNonNull(draft, "draft");
        droppedBoilerplate = droppedBoilerplate == null ? List.of() : List.copyOf(droppedBoilerplate);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        int paragraphs = draft.text().isEmpty() ? 0 : draft.text().split("\n", -1).length;
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < droppedBoilerplate.size(); i++) {
            Integer place = droppedPositions != null && i < droppedPositions.size() ? droppedPositions.get(i) : null;
            places.add(place == null || place < 0 || place > paragraphs ? paragraphs : place);
        }
        droppedPositions = List.copyOf(places);
    }

    /** A result whose dropped blocks' places are not known: they count as standing at the end of the text. */
    public ImportResult(ArticleDraft draft, List<String> droppedBoilerplate, List<String> warnings) {
        this(draft, droppedBoilerplate, warnings, null);
    }
}
