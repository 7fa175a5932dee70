package dev.margin.store;

import dev.margin.domain.Provenance;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who made and last changed each article, actor and annotation, and its version: read to show and filter by
 * annotator, and to copy a library into another without losing it ({@code service.LibraryCopy}).
 *
 * <p>A store records its own user as the maker of whatever it saves (a local library the computer's user name, a
 * team library the database user, set by the server). Only a copy writes other names, through the {@code stamp}
 * methods, and only where {@link #mayRecordOthersWork()} allows it: in a team library, editors and admins.
 */
public interface ProvenanceDao {
    /** The name this store records as the maker of what it saves now. */
    String currentUser();

    /** Whether {@code stamp…} may record someone other than {@link #currentUser()} as maker. */
    boolean mayRecordOthersWork();

    /** Everyone who made an annotation in the library, by name. */
    List<String> annotators();

    /** The provenance of each of the article's annotations, by annotation id. */
    Map<UUID, Provenance> annotations(long articleId);

    Optional<Provenance> article(long articleId);

    Optional<Provenance> actor(long actorId);

    /**
     * Records these makers, last editors and versions on stored annotations (a copy's), in one transaction.
     * Throws {@link StoreException} when {@link #mayRecordOthersWork()} is false or an annotation is missing.
     */
    void stampAnnotations(Map<UUID, Provenance> provenance);

    /** As {@link #stampAnnotations}, for a stored article. */
    void stampArticle(long articleId, Provenance provenance);

    /** As {@link #stampAnnotations}, for a stored actor. */
    void stampActor(long actorId, Provenance provenance);
}
