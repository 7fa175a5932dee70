package dev.margin.store.sqlite;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorRole;
import dev.margin.store.ActorDao;
import dev.margin.store.StoreException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ActorDao} over {@code actor}, {@code actor_alias} and {@code actor_role}. Names and aliases are
 * looked up through lower-cased key columns (SQLite's own NOCASE folds ASCII only; "Çelik" must match "çelik").
 */
final class SqliteActorDao implements ActorDao {
    private static final String INSERT = """
            INSERT INTO actor (name, name_key, type, description, external_id, parent_id)
            VALUES (?, ?, ?, ?, ?, ?)
            RETURNING id""";
    private static final String UPDATE = """
            UPDATE actor SET name = ?, name_key = ?, type = ?, description = ?, external_id = ?, parent_id = ?
            WHERE id = ?""";
    private static final String INSERT_ALIAS = "INSERT INTO actor_alias (actor_id, position, alias, alias_key) VALUES (?, ?, ?, ?)";
    private static final String INSERT_ROLE = "INSERT INTO actor_role (actor_id, position, role, as_of, article_id) VALUES (?, ?, ?, ?, ?)";

    private static final String BY_ID = "a.id = ?";
    private static final String BY_KEY = """
            a.id IN (SELECT id FROM actor WHERE name_key = ?1
                     UNION SELECT actor_id FROM actor_alias WHERE alias_key = ?1)""";
    /** Keys from ?1 up to (not including) ?1 followed by the highest code point: an index-friendly "starts with". */
    private static final String BY_KEY_PREFIX = """
            a.id IN (SELECT id FROM actor WHERE name_key >= ?1 AND name_key < ?1 || char(1114111)
                     UNION SELECT actor_id FROM actor_alias WHERE alias_key >= ?1 AND alias_key < ?1 || char(1114111))""";
    private static final String EVERY = "1 = 1";

    private final Database db;

    SqliteActorDao(Database db) {
        this.db = db;
    }

    @Override
    public Actor insert(Actor actor) {
        return db.transaction(() -> db.call("saving the actor \"" + actor.name() + "\"", () -> {
            PreparedStatement insert = db.prepare(INSERT);
            ActorRowMapper.bind(insert, actor);
            long id;
            try (ResultSet keys = insert.executeQuery()) {
                keys.next();
                id = keys.getLong(1);
            }
            insertAliasesAndRoles(id, actor);
            SqliteProvenanceDao.made(db, "actor", id);
            return actor.withId(id);
        }));
    }

    @Override
    public void update(Actor actor) {
        db.transaction(() -> db.call("saving the actor \"" + actor.name() + "\"", () -> {
            PreparedStatement update = db.prepare(UPDATE);
            ActorRowMapper.bind(update, actor);
            update.setLong(7, actor.id());
            if (update.executeUpdate() == 0) {
                throw new StoreException("There is no actor " + actor.id() + " in " + db.file() + " to change.");
            }
            SqliteProvenanceDao.changed(db, "actor", actor.id());
            deleteWhereActor("DELETE FROM actor_alias WHERE actor_id = ?", actor.id());
            deleteWhereActor("DELETE FROM actor_role WHERE actor_id = ?", actor.id());
            insertAliasesAndRoles(actor.id(), actor);
            return null;
        }));
    }

    @Override
    public Optional<Actor> find(long id) {
        return query("reading actor " + id, BY_ID, s -> s.setLong(1, id)).stream().findFirst();
    }

    @Override
    public List<Actor> findByNameOrAlias(String nameOrAlias) {
        String key = SqlValues.lookupKey(nameOrAlias);
        return query("looking up the actor \"" + nameOrAlias + "\"", BY_KEY, s -> s.setString(1, key));
    }

    @Override
    public List<Actor> findByPrefix(String prefix, int limit) {
        String key = SqlValues.lookupKey(prefix);
        List<Actor> found = query("looking up actors starting with \"" + prefix + "\"", BY_KEY_PREFIX, s -> s.setString(1, key));
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    @Override
    public List<Actor> list() {
        return query("listing the actors", EVERY, s -> { });
    }

    @Override
    public void delete(long id) {
        int deleted = db.call("deleting actor " + id, () -> {
            PreparedStatement delete = db.prepare("DELETE FROM actor WHERE id = ?");
            delete.setLong(1, id);
            try {
                return delete.executeUpdate();
            } catch (SQLException e) {
                if (StoreErrors.primaryCode(e) == StoreErrors.SQLITE_CONSTRAINT) {
                    throw new StoreException("Actor " + id + " cannot be deleted from " + db.file()
                            + ": annotations or other actors still refer to it. Merge it into another actor instead.", e);
                }
                throw e;
            }
        });
        if (deleted == 0) {
            throw new StoreException("There is no actor " + id + " in " + db.file() + " to delete.");
        }
    }

    private void insertAliasesAndRoles(long actorId, Actor actor) throws SQLException {
        List<String> aliases = new ArrayList<>(new LinkedHashSet<>(actor.aliases()));
        if (!aliases.isEmpty()) {
            PreparedStatement insert = db.prepare(INSERT_ALIAS);
            for (int i = 0; i < aliases.size(); i++) {
                insert.setLong(1, actorId);
                insert.setInt(2, i);
                insert.setString(3, aliases.get(i));
                insert.setString(4, SqlValues.lookupKey(aliases.get(i)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        if (!actor.roles().isEmpty()) {
            PreparedStatement insert = db.prepare(INSERT_ROLE);
            for (int i = 0; i < actor.roles().size(); i++) {
                ActorRowMapper.bindRole(insert, actorId, i, actor.roles().get(i));
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

    private List<Actor> query(String what, String condition, BoundSelect.Binder binder) {
        return db.call(what, () -> {
            Map<Long, List<String>> aliases = BoundSelect.grouped(db.prepare(
                    "SELECT l.actor_id, l.alias FROM actor_alias l JOIN actor a ON a.id = l.actor_id WHERE " + condition
                            + " ORDER BY l.actor_id, l.position"), binder, rows -> rows.getLong(1), rows -> rows.getString(2));
            Map<Long, List<ActorRole>> roles = BoundSelect.grouped(db.prepare(
                    "SELECT r.actor_id, r.role, r.as_of, r.article_id FROM actor_role r JOIN actor a ON a.id = r.actor_id WHERE "
                            + condition + " ORDER BY r.actor_id, r.position"), binder, rows -> rows.getLong("actor_id"), ActorRowMapper::role);
            return BoundSelect.list(db.prepare(
                    "SELECT " + ActorRowMapper.COLUMNS + " FROM actor a WHERE " + condition + " ORDER BY a.name_key, a.id"), binder, rows -> {
                long id = rows.getLong("id");
                return ActorRowMapper.actor(rows, aliases.getOrDefault(id, List.of()), roles.getOrDefault(id, List.of()));
            });
        });
    }
}
