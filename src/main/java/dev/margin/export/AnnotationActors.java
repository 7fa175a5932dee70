package dev.margin.export;

import dev.margin.domain.Annotation;

import java.util.ArrayList;
import java.util.List;

/** The actor ids an annotation refers to: the mentioned actor, a quote's speaker, a claim's claimant. */
public final class AnnotationActors {
    private AnnotationActors() {
    }

    public static List<Long> named(Annotation annotation) {
        List<Long> ids = new ArrayList<>(1);
        if (annotation.actorId() != null) {
            ids.add(annotation.actorId());
        }
        if (annotation.quote() != null && annotation.quote().speakerActorId() != null) {
            ids.add(annotation.quote().speakerActorId());
        }
        if (annotation.claim() != null && annotation.claim().claimantActorId() != null) {
            ids.add(annotation.claim().claimantActorId());
        }
        return ids;
    }
}
