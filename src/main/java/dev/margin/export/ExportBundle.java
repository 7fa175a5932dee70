package dev.margin.export;

import dev.margin.domain.Actor;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleAssessment;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything one export holds: articles, their annotations and every actor those annotations
 * name (as mention, speaker, claimant or an actor's parent), the texts of earlier revisions that
 * orphaned annotations still point into, the user's note, tags and verdict on each article (only those that have
 * any), plus who produced it.
 *
 * <p>The bundle is checked when built: every annotation belongs to an article of the bundle and
 * every actor id it names is in the bundle, so an exporter never meets a dangling reference.
 * Offsets inside the annotations count UTF-16 units of the text of the revision they were made on
 * ({@link #textOf}), as everywhere in Margin; the exporters convert where a format wants code points.
 */
public record ExportBundle(List<Article> articles, List<Actor> actors, List<Annotation> annotations,
                           List<RevisionText> olderRevisions, ExportInfo info, Map<Long, ArticleAssessment> assessments) {
    private static final Comparator<Annotation> TEXT_ORDER = Comparator.comparingInt(Annotation::start)
            .thenComparing(Comparator.comparingInt(Annotation::end).reversed())
            .thenComparing(a -> a.id().toString());

    public ExportBundle {
        articles = List.copyOf(articles);
        actors = List.copyOf(actors);
        annotations = List.copyOf(annotations);
        olderRevisions = List.copyOf(olderRevisions);
        Objects.requireNonNull(info, "info");
        assessments = assessments == null ? Map.of() : Map.copyOf(assessments);
        checkReferences(articles, actors, annotations, olderRevisions);
    }

    /** A bundle without notes, tags or verdicts on its articles. */
    public ExportBundle(List<Article> articles, List<Actor> actors, List<Annotation> annotations, List<RevisionText> olderRevisions,
                        ExportInfo info) {
        this(articles, actors, annotations, olderRevisions, info, Map.of());
    }

    /** The user's note, tags and verdict on the article ({@link ArticleAssessment#NONE} when none). */
    public ArticleAssessment assessmentOf(long articleId) {
        return assessments.getOrDefault(articleId, ArticleAssessment.NONE);
    }

    /** A bundle whose annotations all sit on their article's current revision. */
    public ExportBundle(List<Article> articles, List<Actor> actors, List<Annotation> annotations, ExportInfo info) {
        this(articles, actors, annotations, List.of(), info);
    }

    /** The text the annotation's offsets point into: its article's current text, or the older revision it stayed on. */
    public String textOf(Annotation annotation) {
        Article article = article(annotation.articleId()).orElseThrow();
        return textOf(article, annotation.revision(), olderRevisions)
                .orElseThrow(() -> new IllegalStateException("checked when the bundle was built"));
    }

    private static Optional<String> textOf(Article article, int revision, List<RevisionText> olderRevisions) {
        if (revision == article.revision()) {
            return Optional.of(article.text());
        }
        return olderRevisions.stream().filter(r -> r.articleId() == article.id() && r.revision() == revision)
                .map(RevisionText::text).findFirst();
    }

    /** The article with this id. */
    public Optional<Article> article(long articleId) {
        return articles.stream().filter(a -> a.id() == articleId).findFirst();
    }

    /** The earlier revision texts of one article, in the bundle's order. */
    public List<RevisionText> olderRevisionsOf(long articleId) {
        return olderRevisions.stream().filter(r -> r.articleId() == articleId).toList();
    }

    /** The actors by id, for look-ups while writing. */
    /** The articles by id, for exporters that look one up per article (a search of the list each time grows with the square). */
    public Map<Long, Article> articlesById() {
        Map<Long, Article> byId = new HashMap<>();
        articles.forEach(article -> byId.put(article.id(), article));
        return byId;
    }

    public Map<Long, Actor> actorsById() {
        Map<Long, Actor> byId = new HashMap<>();
        actors.forEach(actor -> byId.put(actor.id(), actor));
        return byId;
    }

    /**
     * The annotations of every article in text order (start, then longer first), keyed in the
     * order of {@link #articles()}; an article without annotations maps to an empty list.
     */
    public Map<Long, List<Annotation>> annotationsByArticle() {
        Map<Long, List<Annotation>> grouped = annotations.stream()
                .collect(Collectors.groupingBy(Annotation::articleId, Collectors.toList()));
        Map<Long, List<Annotation>> ordered = new LinkedHashMap<>();
        for (Article article : articles) {
            List<Annotation> own = grouped.getOrDefault(article.id(), List.of()).stream().sorted(TEXT_ORDER).toList();
            ordered.put(article.id(), own);
        }
        return ordered;
    }

    private static void checkReferences(List<Article> articles, List<Actor> actors, List<Annotation> annotations,
                                        List<RevisionText> olderRevisions) {
        Map<Long, Article> articleIds = new HashMap<>();
        for (RevisionText revision : olderRevisions) {
            if (articles.stream().noneMatch(a -> a.id() == revision.articleId())) {
                throw new IllegalArgumentException("revision " + revision.revision() + " belongs to article " + revision.articleId()
                        + ", which is not in the export");
            }
        }
        for (Article article : articles) {
            if (articleIds.put(article.id(), article) != null) {
                throw new IllegalArgumentException("article " + article.id() + " appears twice in the export");
            }
        }
        Map<Long, Actor> actorIds = new HashMap<>();
        for (Actor actor : actors) {
            if (actorIds.put(actor.id(), actor) != null) {
                throw new IllegalArgumentException("actor " + actor.id() + " (" + actor.name() + ") appears twice in the export");
            }
        }
        for (Actor actor : actors) {
            if (actor.parentId() != null && !actorIds.containsKey(actor.parentId())) {
                throw new IllegalArgumentException("actor " + actor.name() + " names parent actor " + actor.parentId() + ", which is not in the export");
            }
        }
        for (Annotation annotation : annotations) {
            Article article = articleIds.get(annotation.articleId());
            if (article == null) {
                throw new IllegalArgumentException("annotation " + annotation.id() + " belongs to article "
                        + annotation.articleId() + ", which is not in the export");
            }
            String text = textOf(article, annotation.revision(), olderRevisions).orElseThrow(() -> new IllegalArgumentException(
                    "annotation " + annotation.id() + " was made on revision " + annotation.revision() + " of article "
                            + article.id() + ", whose text is not in the export"));
            if (annotation.end() > text.length()) {
                throw new IllegalArgumentException("annotation " + annotation.id() + " ends at " + annotation.end()
                        + ", past the end of revision " + annotation.revision() + " of article " + article.id()
                        + " (" + text.length() + " characters)");
            }
            for (Long actorId : AnnotationActors.named(annotation)) {
                if (!actorIds.containsKey(actorId)) {
                    throw new IllegalArgumentException("annotation " + annotation.id() + " names actor " + actorId
                            + ", which is not in the export");
                }
            }
        }
    }
}
