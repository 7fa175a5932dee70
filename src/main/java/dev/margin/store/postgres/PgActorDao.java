package dev.margin.store.postgres;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorRole;
import dev.margin.domain.ActorType;
import dev.margin.store.ActorDao;
import dev.margin.store.StoreException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ActorDao} over {@code margin.actor}, {@code margin.actor_alias} and {@code margin.actor_role}. Names and
 * aliases are looked up through lower-cased key columns, as in a SQLite library. An update applies only to the
 * version this store last saw (see {@link RowVersions}).
 */
final class PgActorDao implements ActorDao {
    static final String TABLE = "actor";
    private static final String INSERT = """
            INSERT INTO margin.actor (name, name_key, type, description, external_id, parent_id)
            VALUES (?, ?, ?, ?, ?, ?) RETURNING id""";
    private static final String UPDATE = """
            UPDATE margin.actor SET name = ?, name_key = ?, type = ?, description = ?, external_id = ?, parent_id = ?
            WHERE id = ? AND version = coalesce(?, version) RETURNING version""";
    private static final String INSERT_ALIAS = "INSERT INTO margin.actor_alias (actor_id, position, alias, alias_key) VALUES (?, ?, ?, ?)";
    private static final String INSERT_ROLE = "INSERT INTO margin.actor_role (actor_id, position, role, as_of, article_id) VALUES (?, ?, ?, ?, ?)";
    private static final String BY_KEY = """
            a.id IN (SELECT id FROM margin.actor WHERE name_key = ?
                     UNION SELECT actor_id FROM margin.actor_alias WHERE alias_key = ?)""";
    /** "Starts with" that an index on the key (text_pattern_ops) serves; the key's wildcards are escaped. */
    private static final String BY_KEY_PREFIX = """
            a.id IN (SELECT id FROM margin.actor WHERE name_key LIKE ? ESCAPE '\\'
                     UNION SELECT actor_id FROM margin.actor_alias WHERE alias_key LIKE ? ESCAPE '\\')""";

    private final PgDatabase db;
    private final RowVersions versions;

    PgActorDao(PgDatabase db, RowVersions versions) {
        this.db = db;
        this.versions = versions;
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @Override
    public Actor insert(Actor actor) {
        return db.transaction(() -> db.call("saving the actor \"" + actor.name() + "\"", () -> {
            PreparedStatement insert = db.prepare(INSERT);
            bind(insert, actor);
            long id;
            try (ResultSet keys = insert.executeQuery()) {
                keys.next();
                id = keys.getLong(1);
            }
            insertAliasesAndRoles(id, actor);
            versions.saw(TABLE, id, 1);
            return actor.withId(id);
        }));
    }

    @Override
    public void update(Actor actor) {
        db.transaction(() -> db.call("saving the actor \"" + actor.name() + "\"", () -> {
            PreparedStatement update = db.prepare(UPDATE);
            bind(update, actor);
            update.setLong(7, actor.id());
            Integer expected = versions.expected(TABLE, actor.id());
            PgValues.setInt(update, 8, expected);
            try (ResultSet updated = update.executeQuery()) {
                if (!updated.next()) {
                    RowVersions.refuseStale(db, TABLE, "id", actor.id(), "actor " + actor.id() + " \"" + actor.name() + "\"",
                            expected, expected != null);
                    throw new StoreException("There is no actor " + actor.id() + " in the team library " + db.library() + " to change.");
                }
                versions.saw(TABLE, actor.id(), updated.getInt(1));
            }
            deleteWhereActor("DELETE FROM margin.actor_alias WHERE actor_id = ?", actor.id());
            deleteWhereActor("DELETE FROM margin.actor_role WHERE actor_id = ?", actor.id());
            insertAliasesAndRoles(actor.id(), actor);
            return null;
        }));
    }

    @Override
    public Optional<Actor> find(long id) {
        return query("reading actor " + id, "a.id = ?", s -> s.setLong(1, id)).stream().findFirst();
    }

    @Override
    public List<Actor> findByNameOrAlias(String nameOrAlias) {
        String key = PgValues.lookupKey(nameOrAlias);
        return query("looking up the actor \"" + nameOrAlias + "\"", BY_KEY, s -> {
            s.setString(1, key);
            s.setString(2, key);
        });
    }

    @Override
    public List<Actor> findByPrefix(String prefix, int limit) {
        String pattern = PgValues.lookupKey(prefix).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<Actor> found = query("looking up actors starting with \"" + prefix + "\"", BY_KEY_PREFIX, s -> {
            s.setString(1, pattern);
            s.setString(2, pattern);
        });
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    @Override
    public List<Actor> list() {
        return query("listing the actors", "true", s -> { });
    }

    @Override
    public void delete(long id) {
        int deleted = db.call("deleting actor " + id, () -> {
            PreparedStatement delete = db.prepare("DELETE FROM margin.actor WHERE id = ?");
            delete.setLong(1, id);
            try {
                return delete.executeUpdate();
            } catch (SQLException e) {
                if (PgErrors.state(e).equals(PgErrors.FOREIGN_KEY_VIOLATION)) {
                    throw new StoreException("Actor " + id + " cannot be deleted from the team library " + db.library()
                            + ": annotations or other actors still refer to it. Merge it into another actor instead.", e);
                }
                throw e;
            }
        });
        if (deleted == 0) {
            throw new StoreException("There is no actor " + id + " in the team library " + db.library()
                    + " that you may delete (deleting actors is an editor's right).");
        }
        versions.forget(TABLE, id);
    }

    private static void bind(PreparedStatement statement, Actor actor) throws SQLException {
        statement.setString(1, actor.name());
        statement.setString(2, PgValues.lookupKey(actor.name()));
        PgValues.setEnum(statement, 3, actor.type());
        statement.setString(4, actor.description());
        statement.setString(5, actor.externalId());
        PgValues.setLong(statement, 6, actor.parentId());
    }

    private void insertAliasesAndRoles(long actorId, Actor actor) throws SQLException {
        List<String> aliases = new ArrayList<>(new LinkedHashSet<>(actor.aliases()));
        if (!aliases.isEmpty()) {
            PreparedStatement insert = db.prepare(INSERT_ALIAS);
            for (int i = 0; i < aliases.size(); i++) {
                insert.setLong(1, actorId);
                insert.setInt(2, i);
                insert.setString(3, aliases.get(i));
                insert.setString(4, PgValues.lookupKey(aliases.get(i)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        if (!actor.roles().isEmpty()) {
            PreparedStatement insert = db.prepare(INSERT_ROLE);
            for (int i = 0; i < actor.roles().size(); i++) {
                ActorRole role = actor.roles().get(i);
                insert.setLong(1, actorId);
                insert.setInt(2, i);
                insert.setString(3, role.role());
                PgValues.setDate(insert, 4, role.asOf());
                PgValues.setLong(insert, 5, role.articleId());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void deleteWhereActor(String sql, long actorId) throws SQLException {
        PreparedStatement delete = db.prepare(sql);
        delete.setLong(1, actorId);
        delete.executeUpdate();
    }

    private List<Actor> query(String what, String condition, Binder binder) {
        return db.call(what, () -> {
            Map<Long, List<String>> aliases = new HashMap<>();
            PreparedStatement aliasSelect = db.prepare("SELECT l.actor_id, l.alias FROM margin.actor_alias l"
                    + " JOIN margin.actor a ON a.id = l.actor_id WHERE " + condition + " ORDER BY l.actor_id, l.position");
            binder.bind(aliasSelect);
            try (ResultSet rows = aliasSelect.executeQuery()) {
                while (rows.next()) {
                    aliases.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(rows.getString(2));
                }
            }
            Map<Long, List<ActorRole>> roles = new HashMap<>();
            PreparedStatement roleSelect = db.prepare("SELECT r.actor_id, r.role, r.as_of, r.article_id FROM margin.actor_role r"
                    + " JOIN margin.actor a ON a.id = r.actor_id WHERE " + condition + " ORDER BY r.actor_id, r.position");
            binder.bind(roleSelect);
            try (ResultSet rows = roleSelect.executeQuery()) {
                while (rows.next()) {
                    roles.computeIfAbsent(rows.getLong("actor_id"), k -> new ArrayList<>()).add(new ActorRole(rows.getString("role"),
                            PgValues.date(rows, "as_of"), PgValues.getLong(rows, "article_id")));
                }
            }
            PreparedStatement select = db.prepare("SELECT a.id, a.name, a.type, a.description, a.external_id, a.parent_id, a.version"
                    + " FROM margin.actor a WHERE " + condition + " ORDER BY a.name_key COLLATE \"C\", a.id");
            binder.bind(select);
            List<Actor> found = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong("id");
                    found.add(new Actor(id, row.getString("name"), aliases.getOrDefault(id, List.of()),
                            PgValues.getEnum(row, "type", ActorType.class), row.getString("description"),
                            row.getString("external_id"), PgValues.getLong(row, "parent_id"), roles.getOrDefault(id, List.of())));
                    versions.saw(TABLE, id, row.getInt("version"));
                }
            }
            return found;
        });
    }
}
