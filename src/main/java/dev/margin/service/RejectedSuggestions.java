package dev.margin.service;

import dev.margin.domain.AnnotationKind;
import dev.margin.store.RejectedSuggestion;
import dev.margin.suggest.Suggestion;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of an article's suggestions the user rejected before. On the revision a rejection was made on,
 * the suggestion's id says it (kind and span). On any other revision the offsets mean nothing, so a
 * suggestion of the same kind over exactly the same words counts as rejected wherever they now stand:
 * a re-import that moved a paragraph does not bring back what the user turned down.
 */
final class RejectedSuggestions {
    private final Set<String> idsOnRevision = new HashSet<>();
    private final Set<String> wordsFromOtherRevisions = new HashSet<>();

    RejectedSuggestions(List<RejectedSuggestion> rejections, int currentRevision) {
        for (RejectedSuggestion r : rejections) {
            if (r.revision() == currentRevision) {
                idsOnRevision.add(r.suggestionId());
            } else {
                wordsFromOtherRevisions.add(key(r.kind(), r.exact()));
            }
        }
    }

    boolean rejected(Suggestion suggestion) {
        return idsOnRevision.contains(suggestion.id())
                || wordsFromOtherRevisions.contains(key(SuggestionService.annotationKind(suggestion.kind()), suggestion.exact()));
    }

    /** The ids of the suggestions among {@code all} that were rejected, for {@link dev.margin.suggest.SuggestionFilter}. */
    Set<String> idsAmong(List<Suggestion> all) {
        Set<String> ids = new HashSet<>();
        for (Suggestion s : all) {
            if (rejected(s)) {
                ids.add(s.id());
            }
        }
        return ids;
    }

    private static String key(AnnotationKind kind, String exact) {
        return kind.name() + '\u0000' + exact;
    }
}
