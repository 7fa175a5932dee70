package dev.margin.store.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The library's own tables in an order a restore can fill them: every table after the tables it refers to,
 * otherwise in the order they were created. The search index is not among them (virtual tables and their
 * shadow tables are skipped): the triggers that keep it in step fill it as rows are inserted, which needs the
 * article before its revisions and annotations.
 */
final class RestoreOrder {
    private RestoreOrder() {
    }

    static List<String> tables(Connection connection) throws SQLException {
        Set<String> plain = new LinkedHashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA main.table_list")) {
            while (rows.next()) {
                if ("table".equals(rows.getString("type")) && !rows.getString("name").startsWith("sqlite_")) {
                    plain.add(rows.getString("name"));
                }
            }
        }
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM main.sqlite_schema WHERE type = 'table' ORDER BY rowid")) {
            while (rows.next()) {
                String name = rows.getString(1);
                if (plain.contains(name)) {
                    parents.put(name, referencedBy(connection, name));
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < parents.size()) {
            boolean progressed = false;
            for (Map.Entry<String, Set<String>> table : parents.entrySet()) {
                if (!ordered.contains(table.getKey()) && ordered.containsAll(table.getValue())) {
                    ordered.add(table.getKey());
                    progressed = true;
                }
            }
            if (!progressed) {
                // A cycle of references (none in Margin's schema): the rest in creation order; checks wait for the commit anyway.
                parents.keySet().stream().filter(name -> !ordered.contains(name)).forEach(ordered::add);
            }
        }
        return ordered;
    }

    /** The table's columns, quoted and comma-separated, in their declared order. */
    static String columns(Connection connection, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA main.table_info(" + SqliteLibraryFiles.quoted(table) + ")")) {
            while (rows.next()) {
                names.add(SqliteLibraryFiles.quoted(rows.getString("name")));
            }
        }
        return String.join(", ", names);
    }

    private static Set<String> referencedBy(Connection connection, String table) throws SQLException {
        Set<String> referenced = new LinkedHashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA main.foreign_key_list(" + SqliteLibraryFiles.quoted(table) + ")")) {
            while (rows.next()) {
                String parent = rows.getString("table");
                if (!parent.equals(table)) {
                    referenced.add(parent);
                }
            }
        }
        return referenced;
    }
}
