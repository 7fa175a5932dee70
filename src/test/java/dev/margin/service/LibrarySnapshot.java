package dev.margin.service;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorMention;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleSummary;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.Highlight;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.read.AnnotationFilter;
import dev.margin.domain.read.SavedFilter;
import dev.margin.store.Store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything a library holds, read through the store contracts, as sorted lines in which articles are named by their
 * address and actors by their name (the numbers differ between two copies of one library; nothing else may).
 */
final class LibrarySnapshot {
    private LibrarySnapshot() {
    }

    static List<String> of(Store store) {
        Map<Long, String> actorNames = store.actors().list().stream().collect(Collectors.toMap(Actor::id, Actor::name));
        Map<Long, String> articleKeys = store.articles().listSummaries().stream()
                .collect(Collectors.toMap(ArticleSummary::id, s -> store.articles().find(s.id()).map(LibrarySnapshot::key).orElseThrow()));
        Function<Long, String> actor = id -> id == null ? "-" : actorNames.get(id);
        Function<Long, String> article = id -> id == null ? "-" : articleKeys.get(id);
        List<String> lines = new ArrayList<>();
        for (long id : articleKeys.keySet()) {
            Article a = store.articles().find(id).orElseThrow();
            String key = key(a);
            lines.add("article " + key + " | " + a.title() + " | " + a.byline() + " | " + a.outlet() + " | " + a.publishedDate()
                    + " | " + a.language() + " | imported " + a.importedAt() + " | revision " + a.revision() + " | "
                    + store.articles().assessment(id) + " | " + store.provenance().article(id).orElseThrow());
            store.articles().revisions(id).forEach(r -> lines.add("revision " + key + " #" + r.revision() + " | " + r.contentHash()
                    + " | " + r.headings() + " | " + r.importedAt() + " | " + r.text()));
            var makers = store.provenance().annotations(id);
            for (Annotation n : store.annotations().forArticle(id)) {
                lines.add("annotation " + n.id() + " on " + key + " #" + n.revision() + " | " + n.anchor() + " | " + n.anchorState()
                        + " | " + body(n, actor) + " | note " + n.note() + " | tags " + n.tags() + " | colour " + n.colour()
                        + " | " + n.created() + " / " + n.modified() + " | " + makers.get(n.id()));
            }
            store.rejectedSuggestions().forArticle(id).forEach(r -> lines.add("rejected " + key + " #" + r.revision() + " "
                    + r.suggestionId() + " " + r.kind() + " [" + r.start() + ", " + r.end() + ") " + r.exact() + " " + r.rejectedAt()));
        }
        for (Actor a : store.actors().list()) {
            lines.add("actor " + a.name() + " | " + a.aliases() + " | " + a.type() + " | " + a.description() + " | " + a.externalId()
                    + " | parent " + actor.apply(a.parentId()) + " | roles " + a.roles().stream()
                    .map(r -> r.role() + " " + r.asOf() + " " + article.apply(r.articleId())).toList()
                    + " | " + store.provenance().actor(a.id()).orElseThrow());
        }
        for (SavedFilter saved : store.review().savedFilters()) {
            AnnotationFilter f = saved.filter();
            lines.add("filter " + saved.name() + " | " + saved.saved() + " | " + f.withActor(null, List.of()).withArticle(null)
                    + " | actor " + actor.apply(f.actorId()) + " " + f.actorLinks() + " | article " + article.apply(f.articleId()));
        }
        store.tags().counts().forEach((tag, count) -> lines.add("tag " + tag + " " + count));
        return lines.stream().sorted().toList();
    }

    private static String key(Article article) {
        return article.url() == null ? article.contentHash() : article.url();
    }

    private static String body(Annotation annotation, Function<Long, String> actor) {
        return switch (annotation.body()) {
            case Highlight h -> "highlight";
            case ActorMention m -> "mention " + actor.apply(m.actorId());
            case QuoteDetails q -> "quote " + actor.apply(q.speakerActorId()) + " " + q.speakerSpan() + " " + q.cue() + " "
                    + q.cueSpan() + " " + q.type() + " " + q.resolution();
            case ClaimDetails c -> "claim " + c.statement() + " by " + actor.apply(c.claimantActorId()) + " outlet " + c.claimantIsOutlet()
                    + " " + c.kind() + " " + c.status() + " " + c.evidence() + " citing " + c.quoteId();
        };
    }
}
