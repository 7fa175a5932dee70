package dev.margin.domain.read;

import java.util.Optional;
import java.util.UUID;

/**
 * A change someone else made to a shared library, as the server announced it: which record, how, and the article
 * it belongs to. It carries no content: whoever shows the record re-reads it.
 *
 * @param subject   what kind of record changed
 * @param kind      created, changed or deleted
 * @param id        the record's id (an annotation's UUID, an article's or actor's number) as text
 * @param articleId the article the record belongs to (the article itself for an article), or 0 for an actor
 * @param version   the record's version after the change, or 0 after a delete
 */
public record RemoteChange(Subject subject, Kind kind, String id, long articleId, int version) {
    public enum Subject { ARTICLE, ANNOTATION, ACTOR }

    public enum Kind { CREATED, CHANGED, DELETED }

    /** The annotation's id, when this is an annotation's change. */
    public Optional<UUID> annotationId() {
        return subject == Subject.ANNOTATION ? Optional.of(UUID.fromString(id)) : Optional.empty();
    }
}
