package dev.margin.domain;

/** The body of an actor mention: the marked words name (or stand for) this actor. */
public record ActorMention(long actorId) implements AnnotationBody {

    @Override
    public AnnotationKind annotationKind() {
        return AnnotationKind.ACTOR;
    }
}
