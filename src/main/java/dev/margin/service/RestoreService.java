package dev.margin.service;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorMention;
import dev.margin.domain.ActorRole;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationBody;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleAssessment;
import dev.margin.domain.ArticleInfo;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.Highlight;
import dev.margin.domain.QuoteDetails;
import dev.margin.export.ExportBundle;
import dev.margin.export.JsonLdFormatException;
import dev.margin.export.JsonLdReader;
import dev.margin.store.Store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Brings a Margin JSON-LD export into a library, in one transaction, without duplicating what is
 * already there: an article is matched by URL, then by the hash of the text the file holds (the hash the file
 * states is not trusted); an actor by its name, then by an alias that names exactly one actor; an annotation by its
 * UUID (present ones are left as they are). Into an empty library everything comes back as it was: metadata, texts,
 * older revisions that orphaned annotations point into, actors with aliases, roles and parents, and every annotation
 * field. New rows get new ids; revision numbers follow from the revisions stored.
 *
 * <p>No annotation is placed on the file's word only: each is placed by {@link AnnotationPlacement} on the library's
 * text of its article, as a re-import would place it (see {@link RestoredArticle}), so an edited file, or a different
 * article that claims a library article's hash, can never put an annotation "OK" on other words. An orphan always
 * names a revision whose text holds its words at its offsets; when the library lacks that text, the file's is kept.
 * Anything that cannot be placed refuses the whole file, and nothing is stored.
 */
public final class RestoreService {
    private final Store store;
    private final Clock clock;

    public RestoreService(Store store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A restore stamping the system's UTC clock where a kept text has no import time of its own. */
    public RestoreService(Store store) {
        this(store, Clock.systemUTC());
    }

    /**
     * What a restore did. {@code annotationsReanchored} counts annotations placed on another text than the one they
     * name in the file; {@code textsKept} the file's texts kept as revisions because orphans point into them.
     */
    public record RestoreReport(int articlesAdded, int articlesMatched, int actorsAdded, int actorsMatched,
                                int annotationsAdded, int annotationsAlreadyPresent, int annotationsReanchored, int textsKept) {
    }

    /** Reads and restores a JSON-LD file; a file that is not one of ours fails with a message naming it, and nothing is stored. */
    public RestoreReport restore(Path jsonLdFile) throws IOException {
        ExportBundle bundle;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(jsonLdFile))) {
            bundle = new JsonLdReader().read(in);
        } catch (NoSuchFileException e) {
            throw new IOException("There is no file " + jsonLdFile + " to restore from.", e);
        } catch (JsonLdFormatException e) {
            throw new JsonLdFormatException(jsonLdFile + " cannot be restored: " + e.getMessage(), e);
        }
        try {
            return restore(bundle);
        } catch (JsonLdFormatException e) {
            throw new JsonLdFormatException(jsonLdFile + " cannot be restored, nothing was imported: " + e.getMessage(), e);
        }
    }

    public RestoreReport restore(ExportBundle bundle) {
        return store.inTransaction(() -> new Run(bundle).restore());
    }

    /** One restore: the file's articles with their library counterparts, and the map from the file's actor ids to the library's. */
    private final class Run {
        private final ExportBundle bundle;
        private final Map<Long, RestoredArticle> articles = new LinkedHashMap<>();
        private final Map<Long, Long> actorIds = new HashMap<>();
        private int actorsAdded;
        private int actorsMatched;

        Run(ExportBundle bundle) {
            this.bundle = bundle;
        }

        RestoreReport restore() {
            for (Article article : bundle.articles()) {
                RestoredArticle restored = RestoredArticle.restore(store, article, bundle.olderRevisionsOf(article.id()));
                articles.put(article.id(), restored);
                ArticleAssessment assessment = bundle.assessmentOf(article.id());
                if (restored.added() && !assessment.isEmpty()) {
                    // A new article takes the file's note, tags and verdict; one the library has keeps its own.
                    Article stored = store.articles().find(restored.libraryId()).orElseThrow();
                    store.articles().updateInfo(stored.id(), ArticleInfo.of(stored, assessment));
                }
            }
            restoreActors();
            int present = 0;
            for (Annotation annotation : bundle.annotations()) {
                if (store.annotations().find(annotation.id()).isPresent()) {
                    present++;
                } else {
                    articles.get(annotation.articleId()).place(mapIds(annotation));
                }
            }
            List<Annotation> fresh = new ArrayList<>();
            int reanchored = 0;
            int textsKept = 0;
            for (RestoredArticle article : articles.values()) {
                fresh.addAll(article.finish(clock.instant()));
                reanchored += article.reanchored();
                textsKept += article.textsKept();
            }
            store.annotations().insertAll(fresh);
            int added = (int) articles.values().stream().filter(RestoredArticle::added).count();
            return new RestoreReport(added, articles.size() - added, actorsAdded, actorsMatched, fresh.size(), present,
                    reanchored, textsKept);
        }

        private void restoreActors() {
            List<Actor> added = new ArrayList<>();
            for (Actor actor : bundle.actors()) {
                Optional<Actor> match = match(actor);
                if (match.isPresent()) {
                    actorIds.put(actor.id(), match.get().id());
                    actorsMatched++;
                    continue;
                }
                List<ActorRole> roles = actor.roles().stream()
                        .map(role -> new ActorRole(role.role(), role.asOf(), role.articleId() == null ? null : libraryArticleId(role.articleId())))
                        .toList();
                Actor inserted = store.actors().insert(new Actor(0, actor.name(), actor.aliases(), actor.type(), actor.description(),
                        actor.externalId(), null, roles));
                actorIds.put(actor.id(), inserted.id());
                added.add(actor);
                actorsAdded++;
            }
            for (Actor actor : added) {
                if (actor.parentId() != null) {
                    Actor inserted = store.actors().find(actorIds.get(actor.id())).orElseThrow();
                    store.actors().update(new Actor(inserted.id(), inserted.name(), inserted.aliases(), inserted.type(),
                            inserted.description(), inserted.externalId(), actorIds.get(actor.parentId()), inserted.roles()));
                }
            }
        }

        private Long libraryArticleId(long fileArticleId) {
            RestoredArticle article = articles.get(fileArticleId);
            return article == null ? null : article.libraryId();
        }

        private Optional<Actor> match(Actor actor) {
            List<Actor> byName = store.actors().findByNameOrAlias(actor.name());
            Optional<Actor> exact = byName.stream().filter(a -> a.name().equalsIgnoreCase(actor.name())).findFirst();
            if (exact.isPresent()) {
                return exact;
            }
            if (byName.size() == 1) {
                return Optional.of(byName.get(0));
            }
            for (String alias : actor.aliases()) {
                List<Actor> byAlias = store.actors().findByNameOrAlias(alias);
                if (byAlias.size() == 1) {
                    return Optional.of(byAlias.get(0));
                }
            }
            return Optional.empty();
        }

        /** The annotation with the library's article and actor ids; its revision is still the file's, for placing. */
        private Annotation mapIds(Annotation a) {
            AnnotationBody body = switch (a.body()) {
                case Highlight highlight -> highlight;
                case QuoteDetails quote -> quote.withSpeaker(actor(quote.speakerActorId()));
                case ActorMention mention -> new ActorMention(Objects.requireNonNull(actor(mention.actorId()),
                        "the mentioned actor is not among the backup's actors"));
                case ClaimDetails claim -> claim.withClaimant(actor(claim.claimantActorId()));
            };
            return new Annotation(a.id(), articles.get(a.articleId()).libraryId(), a.revision(), a.anchor(), a.anchorState(),
                    body, a.note(), a.tags(), a.colour(), a.created(), a.modified());
        }

        private Long actor(Long fileActorId) {
            return fileActorId == null ? null : actorIds.get(fileActorId);
        }
    }
}
