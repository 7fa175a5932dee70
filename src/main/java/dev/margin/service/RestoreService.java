package dev.margin.service;

import dev.margin.anchoring.Reanchorer;
import dev.margin.domain.Actor;
import dev.margin.domain.ActorRole;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.QuoteDetails;
import dev.margin.export.ExportBundle;
import dev.margin.export.JsonLdFormatException;
import dev.margin.export.JsonLdReader;
import dev.margin.export.RevisionText;
import dev.margin.store.Store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Brings a Margin JSON-LD export into a library, in one transaction, without duplicating what is
 * already there: an article is matched by URL, then by the hash of its text; an actor by its name,
 * then by an alias that names exactly one actor; an annotation by its UUID (present ones are left
 * as they are). Into an empty library everything comes back as it was: metadata, texts, older
 * revisions that orphaned annotations point into, actors with aliases, roles and parents, and
 * every annotation field. New rows get new ids; revision numbers follow from the revisions stored.
 *
 * <p>When a matching article has a different text in the library (the same URL, updated since),
 * the file's annotations are re-anchored on the library's text, as a re-import would, rather than
 * placed at offsets of a text the library does not have.
 */
public final class RestoreService {
    private final Store store;

    public RestoreService(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** What a restore did. */
    public record RestoreReport(int articlesAdded, int articlesMatched, int actorsAdded, int actorsMatched,
                                int annotationsAdded, int annotationsAlreadyPresent, int annotationsReanchored) {
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
        return restore(bundle);
    }

    public RestoreReport restore(ExportBundle bundle) {
        return store.inTransaction(() -> new Run(bundle).restore());
    }

    /** One restore: the id maps from the file's ids to the library's. */
    private final class Run {
        private final ExportBundle bundle;
        private final Map<Long, Long> articleIds = new HashMap<>();
        private final Map<Long, Map<Integer, Integer>> revisions = new HashMap<>();
        private final Map<Long, Article> changedText = new HashMap<>();
        private final Map<Long, Article> matchedArticles = new HashMap<>();
        private final Map<Long, Long> actorIds = new HashMap<>();
        private int articlesAdded;
        private int articlesMatched;
        private int actorsAdded;
        private int actorsMatched;

        Run(ExportBundle bundle) {
            this.bundle = bundle;
        }

        RestoreReport restore() {
            bundle.articles().forEach(this::restoreArticle);
            restoreActors();
            int added = 0;
            int present = 0;
            int reanchored = 0;
            List<Annotation> fresh = new ArrayList<>();
            for (Annotation annotation : bundle.annotations()) {
                if (store.annotations().find(annotation.id()).isPresent()) {
                    present++;
                    continue;
                }
                Annotation mapped = mapIds(annotation);
                Article libraryArticle = changedText.get(annotation.articleId());
                if (libraryArticle == null && !revisions.get(annotation.articleId()).containsKey(annotation.revision())) {
                    // Made on an older revision the library never had: place it on the library's text.
                    libraryArticle = matchedArticles.get(annotation.articleId());
                }
                if (libraryArticle != null) {
                    mapped = reanchor(mapped, libraryArticle);
                    reanchored++;
                }
                fresh.add(mapped);
                added++;
            }
            store.annotations().insertAll(fresh);
            return new RestoreReport(articlesAdded, articlesMatched, actorsAdded, actorsMatched, added, present, reanchored);
        }

        private void restoreArticle(Article article) {
            Optional<Article> existing = article.url() == null ? Optional.empty() : store.articles().findByUrl(article.url());
            if (existing.isEmpty()) {
                existing = store.articles().findByContentHash(article.contentHash());
            }
            if (existing.isPresent()) {
                Article found = existing.get();
                articlesMatched++;
                articleIds.put(article.id(), found.id());
                matchedArticles.put(article.id(), found);
                if (found.contentHash().equals(article.contentHash())) {
                    revisions.put(article.id(), Map.of(article.revision(), found.revision()));
                } else {
                    changedText.put(article.id(), found);
                }
                return;
            }
            List<RevisionText> older = bundle.olderRevisionsOf(article.id()).stream()
                    .sorted(Comparator.comparingInt(RevisionText::revision)).toList();
            Map<Integer, Integer> revisionMap = new HashMap<>();
            Article stored = null;
            for (RevisionText revision : older) {
                ArticleDraft draft = draft(article, revision.text());
                stored = stored == null ? store.articles().insert(draft, article.importedAt())
                        : store.articles().saveRevision(stored.id(), draft, article.importedAt());
                revisionMap.put(revision.revision(), stored.revision());
            }
            ArticleDraft current = draft(article, article.text());
            stored = stored == null ? store.articles().insert(current, article.importedAt())
                    : store.articles().saveRevision(stored.id(), current, article.importedAt());
            revisionMap.put(article.revision(), stored.revision());
            articleIds.put(article.id(), stored.id());
            revisions.put(article.id(), revisionMap);
            articlesAdded++;
        }

        private static ArticleDraft draft(Article article, String text) {
            return new ArticleDraft(article.title(), article.byline(), article.outlet(), article.url(), article.publishedDate(),
                    article.language(), text, article.headings());
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
                        .map(role -> new ActorRole(role.role(), role.asOf(), role.articleId() == null ? null : articleIds.get(role.articleId())))
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

        private Annotation mapIds(Annotation a) {
            QuoteDetails quote = a.quote() == null ? null : a.quote().withSpeaker(actor(a.quote().speakerActorId()));
            ClaimDetails claim = a.claim() == null ? null : a.claim().withClaimant(actor(a.claim().claimantActorId()));
            int revision = revisions.getOrDefault(a.articleId(), Map.of()).getOrDefault(a.revision(), a.revision());
            return new Annotation(a.id(), articleIds.get(a.articleId()), revision, a.kind(), a.anchor(), a.anchorState(),
                    quote, actor(a.actorId()), claim, a.note(), a.tags(), a.colour(), a.created(), a.modified());
        }

        private Long actor(Long fileActorId) {
            return fileActorId == null ? null : actorIds.get(fileActorId);
        }

        /** Places an annotation of the file on the library's different text of the same article, as a re-import would. */
        private Annotation reanchor(Annotation annotation, Article libraryArticle) {
            Reanchorer.Result result = Reanchorer.reanchor(annotation.anchor(), libraryArticle.text());
            Annotation placed = annotation.reanchored(libraryArticle.revision(), result.anchor(), result.state(), annotation.modified());
            if (placed.quote() != null) {
                // The speaker and cue spans pointed into the file's text; the speaker actor is kept.
                QuoteDetails q = placed.quote();
                placed = placed.withQuote(new QuoteDetails(q.speakerActorId(), null, q.cue(), null, q.type(), q.resolution()), placed.modified());
            }
            return placed;
        }
    }
}
