package dev.margin.store.postgres;

import dev.margin.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Setting up a team library and its people: {@code margin team init} (the schema, the four roles and their
 * row-level security, by migrations V001 and V002) and {@code margin team add-user} (a database login in one of
 * the roles, through {@code margin.add_user}, which only a margin_admin may call).
 */
public final class TeamSetup {
    /** The team roles, least rights first. */
    public static final List<String> ROLES = List.of("reader", "annotator", "editor", "admin");

    private TeamSetup() {
    }

    /**
     * Creates or upgrades the schema and the roles in the database at {@code address}; returns the schema version.
     * The user must own the database (or may create in it) and may create roles.
     */
    public static int init(TeamLibraryAddress address, Supplier<char[]> askPassword) {
        try (PostgresStore store = PostgresStore.open(address, askPassword)) {
            return store.libraryFiles().schemaVersion();
        }
    }

    /**
     * Adds the login {@code name} in the team role {@code role} (reader, annotator, editor or admin), or moves an
     * existing login to that role. Its password is set by the server's admin (psql's \password) or by
     * the authentication the server uses; Margin never handles it.
     */
    public static void addUser(TeamLibraryAddress address, Supplier<char[]> askPassword, String name, String role) {
        String teamRole = "margin_" + role.strip().toLowerCase(Locale.ROOT);
        if (!ROLES.contains(role.strip().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("Unknown role \"" + role + "\": use one of " + String.join(", ", ROLES) + ".");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A user needs a name.");
        }
        try (Connection connection = PostgresStore.connect(address, askPassword);
             PreparedStatement add = connection.prepareStatement("SELECT margin.add_user(?, ?)")) {
            add.setString(1, name.strip());
            add.setString(2, teamRole);
            add.execute();
        } catch (SQLException e) {
            if (PgErrors.state(e).equals(PgErrors.INSUFFICIENT_PRIVILEGE)) {
                throw new StoreException("Only an admin of the team library " + address.shown() + " may add people; "
                        + address.user() + " is not one.", e);
            }
            throw PgErrors.translate(address.shown(), "adding the user " + name, e);
        }
    }
}
