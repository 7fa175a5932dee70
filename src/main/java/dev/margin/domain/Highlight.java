package dev.margin.domain;

/** The body of a plain highlight: marked words with no speaker, actor or claim attached. */
public record Highlight() implements AnnotationBody {

    /** The one highlight body; a highlight carries nothing, so all are equal. */
    public static final Highlight INSTANCE = new Highlight();

    @Override
    public AnnotationKind annotationKind() {
        return AnnotationKind.HIGHLIGHT;
    }
}
