package dev.margin.store.sqlite;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorRole;
import dev.margin.domain.ActorType;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.read.ActorLink;
import dev.margin.domain.read.ActorPage;
import dev.margin.domain.read.ActorSummary;
import dev.margin.domain.read.AnnotationFilter;
import dev.margin.domain.read.ReviewColumn;
import dev.margin.store.ReviewDao;
import dev.margin.domain.read.ReviewOrder;
import dev.margin.domain.read.ReviewRow;
import dev.margin.domain.read.ReviewStats;
import dev.margin.domain.read.SavedFilter;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link ReviewDao} over the library's tables and its FTS5 index. A page of rows takes two steps: the
 * filtered, sorted row numbers of the page (only what the filter and the sort need), then the page's
 * details ({@link ReviewRowLoader}). Statistics are in {@link ReviewStatsQuery}, saved filters in
 * {@link SavedFilterTable}.
 */
final class SqliteReviewDao implements ReviewDao {
    private static final String ACTOR_SUMMARIES = """
            SELECT c.id, c.name, c.type,
                   (SELECT group_concat(alias, char(31)) FROM (
                        SELECT alias FROM actor_alias WHERE actor_id = c.id ORDER BY position)) AS aliases,
                   (SELECT count(*) FROM annotation WHERE speaker_actor_id = c.id) AS quotes,
                   (SELECT count(*) FROM annotation WHERE actor_id = c.id) AS mentions,
                   (SELECT count(*) FROM annotation WHERE claimant_actor_id = c.id) AS claims
            FROM actor c
            ORDER BY c.name_key, c.id""";
    private static final String ROLE_ARTICLES = """
            SELECT r.position, a.title
            FROM actor_role r JOIN article a ON a.id = r.article_id
            WHERE r.actor_id = ?""";
    private static final String OUTLETS = "SELECT DISTINCT outlet FROM article WHERE outlet <> '' ORDER BY outlet COLLATE NOCASE";

    private final Database db;
    private final SqliteActorDao actors;
    private final SavedFilterTable savedFilters;

    SqliteReviewDao(Database db, SqliteActorDao actors) {
        this.db = db;
        this.actors = actors;
        this.savedFilters = new SavedFilterTable(db);
    }

    @Override
    public List<ReviewRow> rows(AnnotationFilter filter, ReviewOrder order, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("a page needs offset >= 0 and limit >= 0, not " + offset + " and " + limit);
        }
        if (limit == 0) {
            return List.of();
        }
        FilterClause clause = FilterClause.of(filter);
        String sql = "SELECT " + clause.seq() + "\n" + clause.fromWhere(OrderSql.needs(order, clause.searches())) + "\n"
                + OrderSql.orderBy(order, clause.searches(), clause.seq()) + "\nLIMIT ? OFFSET ?";
        return db.call("listing annotations", () -> {
            List<Long> seqs = new ArrayList<>(Math.min(limit, 1024));
            try (PreparedStatement page = db.connection().prepareStatement(sql)) {
                int next = clause.bind(page, 1);
                page.setInt(next, limit);
                page.setInt(next + 1, offset);
                try (ResultSet result = page.executeQuery()) {
                    while (result.next()) {
                        seqs.add(result.getLong(1));
                    }
                }
            }
            return ReviewRowLoader.load(db.connection(), seqs, clause.ftsQuery());
        });
    }

    @Override
    public int count(AnnotationFilter filter) {
        FilterClause clause = FilterClause.of(filter);
        return db.call("counting annotations", () -> ReviewStatsQuery.count(db.connection(), clause));
    }

    @Override
    public List<ActorSummary> actorSummaries() {
        return db.call("listing actors", () -> {
            List<ActorSummary> summaries = new ArrayList<>();
            try (ResultSet result = db.prepare(ACTOR_SUMMARIES).executeQuery()) {
                while (result.next()) {
                    String aliases = result.getString("aliases");
                    summaries.add(new ActorSummary(result.getLong("id"), result.getString("name"),
                            SqlValues.getEnum(result, "type", ActorType.class),
                            aliases == null ? List.of() : List.of(aliases.split("\u001f")),
                            result.getInt("quotes"), result.getInt("mentions"), result.getInt("claims")));
                }
            }
            return summaries;
        });
    }

    @Override
    public Optional<ActorPage> actorPage(long actorId) {
        return db.transaction(() -> actors.find(actorId).map(actor -> {
            ReviewOrder byDate = ReviewOrder.ascending(ReviewColumn.ARTICLE_DATE);
            AnnotationFilter quotes = AnnotationFilter.none().withActor(actorId, Set.of(ActorLink.SPEAKER));
            AnnotationFilter claims = AnnotationFilter.none().withActor(actorId, Set.of(ActorLink.CLAIMANT));
            AnnotationFilter mentions = AnnotationFilter.none().withActor(actorId, Set.of(ActorLink.MENTION));
            return new ActorPage(actor, roles(actor), rows(quotes, byDate, 0, Integer.MAX_VALUE),
                    rows(claims, byDate, 0, Integer.MAX_VALUE), count(mentions));
        }));
    }

    /** The actor's roles, oldest first (undated last, then as entered), with their articles' titles. */
    private List<ActorPage.RoleEntry> roles(Actor actor) {
        Map<Integer, String> titles = db.call("reading the actor's roles", () -> {
            Map<Integer, String> byPosition = new HashMap<>();
            PreparedStatement statement = db.prepare(ROLE_ARTICLES);
            statement.setLong(1, actor.id());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    byPosition.put(result.getInt("position"), result.getString("title"));
                }
            }
            return byPosition;
        });
        List<ActorPage.RoleEntry> entries = new ArrayList<>();
        for (int position = 0; position < actor.roles().size(); position++) {
            ActorRole role = actor.roles().get(position);
            entries.add(new ActorPage.RoleEntry(role.role(), role.asOf(), role.articleId(), titles.get(position)));
        }
        entries.sort(Comparator.comparing(ActorPage.RoleEntry::asOf, Comparator.nullsLast(Comparator.naturalOrder())));
        return entries;
    }

    @Override
    public Map<ClaimStatus, Integer> claimCounts(AnnotationFilter filter) {
        FilterClause clause = FilterClause.of(filter);
        return db.call("counting claims", () -> {
            Map<ClaimStatus, Integer> counts = new EnumMap<>(ClaimStatus.class);
            for (ClaimStatus status : ClaimStatus.values()) {
                counts.put(status, 0);
            }
            counts.putAll(ReviewStatsQuery.claimsByStatus(db.connection(), clause));
            return counts;
        });
    }

    @Override
    public ReviewStats stats(AnnotationFilter filter, int topSpeakers) {
        FilterClause clause = FilterClause.of(filter);
        return db.call("counting for statistics", () -> ReviewStatsQuery.stats(db.connection(), clause, topSpeakers));
    }

    @Override
    public List<String> outlets() {
        return db.call("listing outlets", () -> {
            List<String> outlets = new ArrayList<>();
            try (ResultSet result = db.prepare(OUTLETS).executeQuery()) {
                while (result.next()) {
                    outlets.add(result.getString(1));
                }
            }
            return outlets;
        });
    }

    @Override
    public SavedFilter saveFilter(String name, AnnotationFilter filter, Instant now) {
        return savedFilters.save(name, filter, now);
    }

    @Override
    public List<SavedFilter> savedFilters() {
        return savedFilters.list();
    }

    @Override
    public Optional<SavedFilter> savedFilter(String name) {
        return savedFilters.find(name);
    }

    @Override
    public void deleteSavedFilter(long id) {
        savedFilters.delete(id);
    }
}
