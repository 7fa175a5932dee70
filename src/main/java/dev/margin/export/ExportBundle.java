package dev.margin.export;

import dev.margin.domain.Actor;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;

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
 * name (as mention, speaker, claimant or an actor's parent), plus who produced it.
 *
 * <p>The bundle is checked when built: every annotation belongs to an article of the bundle and
 * every actor id it names is in the bundle, so an exporter never meets a dangling reference.
 * Offsets inside the annotations count UTF-16 units of their article's current text, as
 * everywhere in Margin; the exporters convert where a format wants code points.
 */
public record ExportBundle(List<Article> articles, List<Actor> actors, List<Annotation> annotations, ExportInfo info) {
    private static final Comparator<Annotation> TEXT_ORDER = Comparator.comparingInt(Annotation::start)
            .thenComparing(Comparator.comparingInt(Annotation::end).reversed())
            .thenComparing(a -> a.id().toString());

    public ExportBundle {
        articles = List.copyOf(articles);
        actors = List.copyOf(actors);
        annotations = List.copyOf(annotations);
        Objects.requireNonNull(info, "info");
        checkReferences(articles, actors, annotations);
    }

    /** The article with this id. */
    public Optional<Article> article(long articleId) {
        return articles.stream().filter(a -> a.id() == articleId).findFirst();
    }

    /** The actors by id, for look-ups while writing. */
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

    private static void checkReferences(List<Article> articles, List<Actor> actors, List<Annotation> annotations) {
        Map<Long, Article> articleIds = new HashMap<>();
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
            if (annotation.end() > article.text().length()) {
                throw new IllegalArgumentException("annotation " + annotation.id() + " ends at " + annotation.end()
                        + ", past the end of the text of article " + article.id() + " (" + article.text().length() + " characters)");
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
