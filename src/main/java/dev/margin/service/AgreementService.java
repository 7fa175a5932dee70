package dev.margin.service;

import dev.margin.agreement.Alpha;
import dev.margin.agreement.Difference;
import dev.margin.agreement.Differences;
import dev.margin.agreement.Unit;
import dev.margin.agreement.UnitizedAlpha;
import dev.margin.domain.Actor;
import dev.margin.domain.ActorMention;
import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleSummary;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.Highlight;
import dev.margin.domain.Provenance;
import dev.margin.domain.QuoteDetails;
import dev.margin.store.Store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Agreement between annotators, for articles that two or more people coded (made an annotation on): Krippendorff's
 * unitized alpha per {@link AgreementKind} over the article's current text, and where they differ. A person's
 * annotations are the units they made ({@code ProvenanceDao}); orphaned ones and those on an older revision are left
 * out, as they are no longer on the text. Units are categorised per kind: a quote is "quote", a speaker the actor's
 * name, a mention the actor's name, a claim "claim", a verdict the claim's status.
 */
public final class AgreementService {
    /** One article's agreement: its coders, α per kind, and the stretches where they differ, per kind. */
    public record ArticleAgreement(long articleId, String title, String text, List<String> coders, Map<AgreementKind, Alpha> alphas,
                                   Map<AgreementKind, List<Difference>> differences) {
    }

    /** α per kind over several articles laid end to end, for the annotators who coded every one of them. */
    public record OverallAgreement(List<String> coders, int articles, Map<AgreementKind, Alpha> alphas) {
    }

    private final Store store;

    AgreementService(Store store) {
        this.store = store;
    }

    /** Every article (or only {@code articleId}, when not null) that two or more people coded, oldest first. */
    public List<ArticleAgreement> articles(Long articleId, Set<AgreementKind> kinds) {
        return store.inTransaction(() -> {
            Map<Long, String> actorNames = new HashMap<>();
            List<ArticleAgreement> found = new ArrayList<>();
            for (long id : articleIds(articleId)) {
                Coded coded = coded(id, actorNames);
                if (coded == null || coded.coders().size() < 2) {
                    continue;
                }
                Map<AgreementKind, Alpha> alphas = new EnumMap<>(AgreementKind.class);
                Map<AgreementKind, List<Difference>> differences = new EnumMap<>(AgreementKind.class);
                for (AgreementKind kind : kinds) {
                    List<Unit> units = coded.units().get(kind);
                    alphas.put(kind, UnitizedAlpha.of(coded.article().text().length(), coded.coders(), units));
                    differences.put(kind, Differences.of(coded.coders(), units));
                }
                found.add(new ArticleAgreement(id, coded.article().displayTitle(), coded.article().text(), coded.coders(), alphas,
                        differences));
            }
            return found;
        });
    }

    /**
     * α per kind over {@code articles} laid end to end as one continuum, for the annotators who coded all of them (two
     * or more, else there is no overall figure: null). Each article's units are shifted by the length before it.
     */
    public OverallAgreement overall(List<ArticleAgreement> articles, Set<AgreementKind> kinds) {
        if (articles.isEmpty()) {
            return null;
        }
        Set<String> common = new TreeSet<>(articles.getFirst().coders());
        articles.forEach(article -> common.retainAll(article.coders()));
        if (common.size() < 2) {
            return null;
        }
        Map<AgreementKind, Alpha> alphas = new EnumMap<>(AgreementKind.class);
        Map<Long, String> actorNames = new HashMap<>();
        Map<Long, Coded> coded = new LinkedHashMap<>();
        store.inTransaction(() -> articles.forEach(article -> coded.put(article.articleId(), coded(article.articleId(), actorNames))));
        for (AgreementKind kind : kinds) {
            List<Unit> units = new ArrayList<>();
            int offset = 0;
            for (Coded one : coded.values()) {
                for (Unit unit : one.units().get(kind)) {
                    if (common.contains(unit.coder())) {
                        units.add(new Unit(unit.coder(), unit.start() + offset, unit.end() + offset, unit.category()));
                    }
                }
                offset += one.article().text().length();
            }
            alphas.put(kind, UnitizedAlpha.of(offset, List.copyOf(common), units));
        }
        return new OverallAgreement(List.copyOf(common), articles.size(), alphas);
    }

    private List<Long> articleIds(Long only) {
        if (only != null) {
            return store.articles().find(only).isPresent() ? List.of(only) : List.of();
        }
        return store.articles().listSummaries().stream().map(ArticleSummary::id).sorted().toList();
    }

    private record Coded(Article article, List<String> coders, Map<AgreementKind, List<Unit>> units) {
    }

    /** The article's units per kind, by maker; null when there is no such article. */
    private Coded coded(long articleId, Map<Long, String> actorNames) {
        Article article = store.articles().find(articleId).orElse(null);
        if (article == null) {
            return null;
        }
        Map<UUID, Provenance> makers = store.provenance().annotations(articleId);
        TreeSet<String> coders = new TreeSet<>();
        Map<AgreementKind, List<Unit>> units = new EnumMap<>(AgreementKind.class);
        for (AgreementKind kind : AgreementKind.values()) {
            units.put(kind, new ArrayList<>());
        }
        for (Annotation annotation : store.annotations().forArticle(articleId)) {
            Provenance made = makers.get(annotation.id());
            if (made == null) {
                continue;
            }
            coders.add(made.createdBy());
            if (annotation.anchorState() == AnchorState.ORPHANED || annotation.revision() != article.revision()
                    || annotation.end() <= annotation.start() || annotation.end() > article.text().length()) {
                continue;
            }
            String coder = made.createdBy();
            int start = annotation.start();
            int end = annotation.end();
            switch (annotation.body()) {
                case QuoteDetails quote -> {
                    units.get(AgreementKind.QUOTE_SPANS).add(new Unit(coder, start, end, "quote"));
                    units.get(AgreementKind.SPEAKERS).add(new Unit(coder, start, end,
                            quote.speakerActorId() == null ? "no speaker" : actorName(quote.speakerActorId(), actorNames)));
                }
                case ActorMention mention -> units.get(AgreementKind.ACTOR_MENTIONS)
                        .add(new Unit(coder, start, end, actorName(mention.actorId(), actorNames)));
                case ClaimDetails claim -> {
                    units.get(AgreementKind.CLAIMS).add(new Unit(coder, start, end, "claim"));
                    units.get(AgreementKind.CLAIM_VERDICTS).add(new Unit(coder, start, end, claim.status().name().toLowerCase()));
                }
                case Highlight highlight -> {
                    // a highlight is a reader's mark, not a coding
                }
            }
        }
        return new Coded(article, List.copyOf(coders), units);
    }

    private String actorName(long actorId, Map<Long, String> names) {
        return names.computeIfAbsent(actorId, id -> store.actors().find(id).map(Actor::name).orElse("actor " + id));
    }

    /** The kinds named, or every kind when none is. */
    public static Set<AgreementKind> kindsOrAll(Collection<AgreementKind> kinds) {
        return kinds == null || kinds.isEmpty() ? Set.of(AgreementKind.values()) : Set.copyOf(kinds);
    }
}
