package dev.margin.store.postgres;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorRole;
import dev.margin.domain.ActorType;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.read.ActorLink;
import dev.margin.domain.read.ActorPage;
import dev.margin.domain.read.ActorSummary;
import dev.margin.domain.read.AnnotationFilter;
import dev.margin.domain.read.ReviewColumn;
import dev.margin.domain.read.ReviewCount;
import dev.margin.domain.read.ReviewOrder;
import dev.margin.domain.read.ReviewRow;
import dev.margin.domain.read.ReviewStats;
import dev.margin.domain.read.SavedFilter;
import dev.margin.store.ReviewDao;
import dev.margin.store.SavedFilterJson;
import dev.margin.store.StoreException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * {@link ReviewDao} over the team library: a page of rows in two steps (the filtered, sorted row numbers,
 * {@link PgReviewPages}, then the page's details, {@link PgReviewQueries}), its count, actors with their counts and pages, claims by status, statistics, and
 * the saved filters (shared by the team; each person changes their own, editors any).
 */
final class PgReviewDao implements ReviewDao {
    private static final String ACTOR_SUMMARIES = """
            SELECT c.id, c.name, c.type,
                   ARRAY(SELECT alias FROM margin.actor_alias WHERE actor_id = c.id ORDER BY position) AS aliases,
                   (SELECT count(*) FROM margin.annotation WHERE speaker_actor_id = c.id) AS quotes,
                   (SELECT count(*) FROM margin.annotation WHERE actor_id = c.id) AS mentions,
                   (SELECT count(*) FROM margin.annotation WHERE claimant_actor_id = c.id) AS claims
            FROM margin.actor c
            ORDER BY c.name_key COLLATE "C", c.id""";
    private static final String UPSERT_FILTER = """
            INSERT INTO margin.saved_filter (name, name_key, filter_json, saved) VALUES (?, ?, ?::jsonb, ?)
            ON CONFLICT (name_key) DO UPDATE SET name = excluded.name, filter_json = excluded.filter_json, saved = excluded.saved
            RETURNING id""";

    private final PgDatabase db;
    private final PgActorDao actors;

    PgReviewDao(PgDatabase db, PgActorDao actors) {
        this.db = db;
        this.actors = actors;
    }

    @Override
    public List<ReviewRow> rows(AnnotationFilter filter, ReviewOrder order, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("a page needs offset >= 0 and limit >= 0, not " + offset + " and " + limit);
        }
        if (limit == 0) {
            return List.of();
        }
        return db.call("listing annotations", () -> {
            PgFilter clause = PgFilter.of(filter, db.connection());
            List<Long> seqs = PgReviewPages.page(db.connection(), clause, order, offset, limit);
            return PgReviewQueries.details(db.connection(), seqs, clause.tsQuery());
        });
    }

    @Override
    public int count(AnnotationFilter filter) {
        return db.call("counting annotations", () -> PgReviewQueries.count(db.connection(), PgFilter.of(filter, db.connection())));
    }

    @Override
    public ReviewCount tally(AnnotationFilter filter) {
        return db.call("counting annotations", () -> PgReviewPages.tally(db.connection(), PgFilter.of(filter, db.connection())));
    }

    @Override
    public List<ActorSummary> actorSummaries() {
        return db.call("listing actors", () -> {
            List<ActorSummary> summaries = new ArrayList<>();
            try (ResultSet result = db.prepare(ACTOR_SUMMARIES).executeQuery()) {
                while (result.next()) {
                    List<String> aliases = new ArrayList<>();
                    for (Object alias : (Object[]) result.getArray("aliases").getArray()) {
                        aliases.add((String) alias);
                    }
                    summaries.add(new ActorSummary(result.getLong("id"), result.getString("name"),
                            PgValues.getEnum(result, "type", ActorType.class), aliases,
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

    private List<ActorPage.RoleEntry> roles(Actor actor) {
        Map<Integer, String> titles = db.call("reading the actor's roles", () -> {
            Map<Integer, String> byPosition = new HashMap<>();
            PreparedStatement statement = db.prepare("""
                    SELECT r.position, a.title FROM margin.actor_role r JOIN margin.article a ON a.id = r.article_id
                    WHERE r.actor_id = ?""");
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
        return db.call("counting claims", () -> {
            PgFilter clause = PgFilter.of(filter, db.connection()).and("n.kind = ?", AnnotationKind.CLAIM.name());
            Map<ClaimStatus, Integer> counts = new EnumMap<>(ClaimStatus.class);
            for (ClaimStatus status : ClaimStatus.values()) {
                counts.put(status, 0);
            }
            counts.putAll(PgReviewQueries.perEnum(db.connection(), clause, "n.claim_status", ClaimStatus.class));
            return counts;
        });
    }

    @Override
    public ReviewStats stats(AnnotationFilter filter, int topSpeakers) {
        return db.call("counting for statistics",
                () -> PgReviewQueries.stats(db.connection(), PgFilter.of(filter, db.connection()), topSpeakers));
    }

    @Override
    public List<String> outlets() {
        return db.call("listing outlets", () -> {
            List<String> outlets = new ArrayList<>();
            try (ResultSet result = db.prepare("SELECT DISTINCT outlet, lower(outlet) COLLATE \"C\" FROM margin.article"
                    + " WHERE outlet <> '' ORDER BY lower(outlet) COLLATE \"C\", outlet").executeQuery()) {
                while (result.next()) {
                    outlets.add(result.getString(1));
                }
            }
            return outlets;
        });
    }

    @Override
    public SavedFilter saveFilter(String name, AnnotationFilter filter, Instant now) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A saved filter needs a name.");
        }
        String stripped = name.strip();
        String json = SavedFilterJson.write(filter);
        return db.transaction(() -> db.call("saving the filter \"" + stripped + "\"", () -> {
            PreparedStatement upsert = db.prepare(UPSERT_FILTER);
            upsert.setString(1, stripped);
            upsert.setString(2, PgValues.lookupKey(stripped));
            upsert.setString(3, json);
            upsert.setString(4, PgValues.instant(now));
            try (ResultSet keys = upsert.executeQuery()) {
                keys.next();
                return new SavedFilter(keys.getLong(1), stripped, filter, now);
            }
        }));
    }

    @Override
    public List<SavedFilter> savedFilters() {
        return db.call("listing saved filters", () -> {
            List<SavedFilter> filters = new ArrayList<>();
            try (ResultSet result = db.prepare("SELECT id, name, filter_json::text AS filter_json, saved FROM margin.saved_filter"
                    + " ORDER BY name_key COLLATE \"C\"").executeQuery()) {
                while (result.next()) {
                    filters.add(savedFilter(result));
                }
            }
            return filters;
        });
    }

    @Override
    public Optional<SavedFilter> savedFilter(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return db.call("reading the saved filter \"" + name.strip() + "\"", () -> {
            PreparedStatement find = db.prepare("SELECT id, name, filter_json::text AS filter_json, saved FROM margin.saved_filter"
                    + " WHERE name_key = ?");
            find.setString(1, PgValues.lookupKey(name));
            try (ResultSet result = find.executeQuery()) {
                return result.next() ? Optional.of(savedFilter(result)) : Optional.empty();
            }
        });
    }

    @Override
    public void deleteSavedFilter(long id) {
        db.transaction(() -> db.call("deleting a saved filter", () -> {
            PreparedStatement delete = db.prepare("DELETE FROM margin.saved_filter WHERE id = ?");
            delete.setLong(1, id);
            return delete.executeUpdate();
        }));
    }

    private SavedFilter savedFilter(ResultSet result) throws SQLException {
        String name = result.getString("name");
        AnnotationFilter filter;
        try {
            filter = SavedFilterJson.read(result.getString("filter_json"));
        } catch (IllegalArgumentException e) {
            throw new StoreException("The saved filter \"" + name + "\" in the team library " + db.library() + " cannot be read: "
                    + e.getMessage(), e);
        }
        return new SavedFilter(result.getLong("id"), name, filter, PgValues.instant(result.getString("saved")));
    }
}
