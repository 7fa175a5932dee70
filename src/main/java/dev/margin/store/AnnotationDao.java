package dev.margin.store;

import dev.margin.domain.Annotation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Annotations with their quote, claim and tag details. */
public interface AnnotationDao {
    void insert(Annotation annotation);

    /** Inserts many annotations in one transaction: all or none. */
    void insertAll(Collection<Annotation> annotations);

    /** Replaces a stored annotation (same id) with this version, its evidence and tags included: all or nothing. */
    void update(Annotation annotation);

    void delete(UUID id);

    Optional<Annotation> find(UUID id);

    /** The article's annotations in text order (start, then longer first). */
    List<Annotation> forArticle(long articleId);

    /** Every annotation that names the actor: as speaker, as mention, or as claimant. */
    List<Annotation> forActor(long actorId);

    int count();
}
