package dev.margin.store.sqlite;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorRole;
import dev.margin.domain.ActorType;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Writes and reads rows of {@code actor}, {@code actor_alias} and {@code actor_role}. */
final class ActorRowMapper {
    static final String COLUMNS = "id, name, type, description, external_id, parent_id";

    private ActorRowMapper() {
    }

    /** Binds name, name_key, type, description, external_id, parent_id (parameters 1 to 6). */
    static void bind(PreparedStatement statement, Actor actor) throws SQLException {
        statement.setString(1, actor.name());
        statement.setString(2, SqlValues.lookupKey(actor.name()));
        SqlValues.setEnum(statement, 3, actor.type());
        statement.setString(4, actor.description());
        statement.setString(5, actor.externalId());
        SqlValues.setLong(statement, 6, actor.parentId());
    }

    static Actor actor(ResultSet row, List<String> aliases, List<ActorRole> roles) throws SQLException {
        return new Actor(
                row.getLong("id"),
                row.getString("name"),
                aliases,
                SqlValues.getEnum(row, "type", ActorType.class),
                row.getString("description"),
                row.getString("external_id"),
                SqlValues.getLong(row, "parent_id"),
                roles);
    }

    static void bindRole(PreparedStatement statement, long actorId, int position, ActorRole role) throws SQLException {
        statement.setLong(1, actorId);
        statement.setInt(2, position);
        statement.setString(3, role.role());
        statement.setString(4, SqlValues.date(role.asOf()));
        SqlValues.setLong(statement, 5, role.articleId());
    }

    static ActorRole role(ResultSet row) throws SQLException {
        return new ActorRole(row.getString("role"), SqlValues.date(row.getString("as_of")), SqlValues.getLong(row, "article_id"));
    }
}
