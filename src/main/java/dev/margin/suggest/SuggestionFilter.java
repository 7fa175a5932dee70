package dev.margin.suggest;

import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keeps suggestions from repeating what the user already decided: a suggestion the user rejected (by
 * its {@link Suggestion#id()}) does not come back, and none is offered where an annotation of the same
 * kind already overlaps it (a quote where a quote is marked, an actor mention over an actor mention).
 * Pure: the reader passes the article's annotations and its rejected ids.
 */
public final class SuggestionFilter {
    private SuggestionFilter() {
    }

    public static List<Suggestion> withoutMarkedOrRejected(List<Suggestion> suggestions, List<Annotation> annotations,
                                                           Set<String> rejectedIds) {
        List<Suggestion> kept = new ArrayList<>();
        for (Suggestion s : suggestions) {
            if (!rejectedIds.contains(s.id()) && !alreadyMarked(s, annotations)) {
                kept.add(s);
            }
        }
        return kept;
    }

    private static boolean alreadyMarked(Suggestion s, List<Annotation> annotations) {
        AnnotationKind kind = switch (s.kind()) {
            case QUOTE -> AnnotationKind.QUOTE;
            case ACTOR -> AnnotationKind.ACTOR;
            case CLAIM -> AnnotationKind.CLAIM;
        };
        for (Annotation a : annotations) {
            if (a.kind() == kind && s.overlaps(a.start(), a.end())) {
                return true;
            }
        }
        return false;
    }
}
