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

    /** An article two or more people coded, with who they are (by name), as the agreement view lists it. */
    public record CodedArticle(long articleId, String title, List<String> coders) {
    }

    /**
     * Agreement among {@code annotators} over {@code articles} (the ones of those asked for that every one of them
     * coded; {@code leftOut} the others): α per kind over those articles laid end to end (one article: its own α),
     * and each article's α and differences among these annotators only. No α at all (an empty map) when fewer than
     * two annotators or no article is left.
     */
    public record Comparison(List<String> annotators, List<ArticleAgreement> articles, Map<AgreementKind, Alpha> alphas,
                             List<Long> leftOut) {
    }

    /** How far a long reading is: {@code done} of {@code total} articles. Called on the working thread. */
    @FunctionalInterface
    public interface Progress {
        void articles(int done, int total);
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
                found.add(agreement(coded, coded.coders(), kinds));
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
        Map<Long, String> actorNames = new HashMap<>();
        List<Coded> coded = new ArrayList<>();
        store.inTransaction(() -> articles.forEach(article -> coded.add(coded(article.articleId(), actorNames))));
        return new OverallAgreement(List.copyOf(common), articles.size(), alphasOver(coded, List.copyOf(common), kinds));
    }

    /**
     * The articles two or more people coded, oldest first, read one article at a time (each in its own transaction,
     * so that others' work goes on between them); {@code cancellation} is checked between articles.
     */
    public List<CodedArticle> codedArticles(Cancellation cancellation, Progress progress) {
        List<ArticleSummary> all = store.articles().listSummaries().stream()
                .sorted(java.util.Comparator.comparingLong(ArticleSummary::id)).toList();
        List<CodedArticle> coded = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            cancellation.check();
            progress.articles(i, all.size());
            ArticleSummary article = all.get(i);
            TreeSet<String> coders = new TreeSet<>();
            store.provenance().annotations(article.id()).values().forEach(made -> coders.add(made.createdBy()));
            if (coders.size() >= 2) {
                coded.add(new CodedArticle(article.id(), article.title().isBlank() ? "Article " + article.id() : article.title(),
                        List.copyOf(coders)));
            }
        }
        progress.articles(all.size(), all.size());
        return coded;
    }

    /**
     * Whom to compare on {@code articles} before anyone is chosen: everyone who coded all of them when that is two or
     * more people, else the pair who coded the most of them together (ties: by name); empty when no two did.
     */
    public static List<String> defaultAnnotators(List<CodedArticle> articles) {
        if (articles.isEmpty()) {
            return List.of();
        }
        Set<String> common = new TreeSet<>(articles.getFirst().coders());
        articles.forEach(article -> common.retainAll(article.coders()));
        if (common.size() >= 2) {
            return List.copyOf(common);
        }
        Map<List<String>, Integer> pairs = new java.util.TreeMap<>(java.util.Comparator.comparing((List<String> pair) -> pair.get(0))
                .thenComparing(pair -> pair.get(1)));
        for (CodedArticle article : articles) {
            for (int i = 0; i < article.coders().size(); i++) {
                for (int j = i + 1; j < article.coders().size(); j++) {
                    pairs.merge(List.of(article.coders().get(i), article.coders().get(j)), 1, Integer::sum);
                }
            }
        }
        List<String> best = List.of();
        int most = 0;
        for (Map.Entry<List<String>, Integer> pair : pairs.entrySet()) {
            if (pair.getValue() > most) {
                best = pair.getKey();
                most = pair.getValue();
            }
        }
        return best;
    }

    /**
     * Agreement among {@code annotators} (none named: those who coded every one of the articles) on {@code articleIds},
     * read one article at a time with {@code cancellation} checked between them. See {@link Comparison}.
     */
    public Comparison compare(List<Long> articleIds, Collection<String> annotators, Set<AgreementKind> kinds,
                              Cancellation cancellation, Progress progress) {
        Map<Long, String> actorNames = new HashMap<>();
        List<Coded> all = new ArrayList<>();
        for (int i = 0; i < articleIds.size(); i++) {
            cancellation.check();
            progress.articles(i, articleIds.size());
            long id = articleIds.get(i);
            Coded coded = store.inTransaction(() -> coded(id, actorNames));
            if (coded != null) {
                all.add(coded);
            }
        }
        progress.articles(articleIds.size(), articleIds.size());
        TreeSet<String> chosen = new TreeSet<>(annotators);
        if (chosen.isEmpty() && !all.isEmpty()) {
            chosen.addAll(all.getFirst().coders());
            all.forEach(coded -> chosen.retainAll(coded.coders()));
        }
        List<String> who = List.copyOf(chosen);
        List<Coded> included = all.stream().filter(coded -> who.size() >= 2 && coded.coders().containsAll(who)).toList();
        List<Long> leftOutIds = articleIds.stream()
                .filter(id -> included.stream().noneMatch(coded -> coded.article().id() == id)).toList();
        if (included.isEmpty()) {
            return new Comparison(who, List.of(), Map.of(), leftOutIds);
        }
        List<ArticleAgreement> agreements = included.stream().map(coded -> agreement(coded, who, kinds)).toList();
        return new Comparison(who, agreements, alphasOver(included, who, kinds), leftOutIds);
    }

    /** One article's α and differences among {@code coders} (who all coded it), per kind. */
    private static ArticleAgreement agreement(Coded coded, List<String> coders, Set<AgreementKind> kinds) {
        Map<AgreementKind, Alpha> alphas = new EnumMap<>(AgreementKind.class);
        Map<AgreementKind, List<Difference>> differences = new EnumMap<>(AgreementKind.class);
        for (AgreementKind kind : AgreementKind.values()) {
            if (!kinds.contains(kind)) {
                continue;
            }
            List<Unit> units = coded.units().get(kind).stream().filter(unit -> coders.contains(unit.coder())).toList();
            alphas.put(kind, UnitizedAlpha.of(coded.article().text().length(), coders, units));
            differences.put(kind, Differences.of(coders, units));
        }
        return new ArticleAgreement(coded.article().id(), coded.article().displayTitle(), coded.article().text(), coders, alphas,
                differences);
    }

    /** α per kind over the articles laid end to end, each article's units shifted by the length of those before it. */
    private static Map<AgreementKind, Alpha> alphasOver(List<Coded> coded, List<String> coders, Set<AgreementKind> kinds) {
        Map<AgreementKind, Alpha> alphas = new EnumMap<>(AgreementKind.class);
        for (AgreementKind kind : AgreementKind.values()) {
            if (!kinds.contains(kind)) {
                continue;
            }
            List<Unit> units = new ArrayList<>();
            int offset = 0;
            for (Coded one : coded) {
                for (Unit unit : one.units().get(kind)) {
                    if (coders.contains(unit.coder())) {
                        units.add(new Unit(unit.coder(), unit.start() + offset, unit.end() + offset, unit.category(), unit.source()));
                    }
                }
                offset += one.article().text().length();
            }
            alphas.put(kind, UnitizedAlpha.of(offset, coders, units));
        }
        return alphas;
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
            String source = annotation.id().toString();
            int start = annotation.start();
            int end = annotation.end();
            switch (annotation.body()) {
                case QuoteDetails quote -> {
                    units.get(AgreementKind.QUOTE_SPANS).add(new Unit(coder, start, end, "quote", source));
                    units.get(AgreementKind.SPEAKERS).add(new Unit(coder, start, end,
                            quote.speakerActorId() == null ? "no speaker" : actorName(quote.speakerActorId(), actorNames), source));
                }
                case ActorMention mention -> units.get(AgreementKind.ACTOR_MENTIONS)
                        .add(new Unit(coder, start, end, actorName(mention.actorId(), actorNames), source));
                case ClaimDetails claim -> {
                    units.get(AgreementKind.CLAIMS).add(new Unit(coder, start, end, "claim", source));
                    units.get(AgreementKind.CLAIM_VERDICTS).add(new Unit(coder, start, end, claim.status().name().toLowerCase(), source));
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
