package dev.margin.store.sqlite;

import dev.margin.store.StoreException;
import dev.margin.store.TagDao;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link TagDao} over {@code tag}, {@code annotation_tag} and {@code article_tag} (articles share the tags of
 * annotations). Tags no annotation carries are not listed.
 */
final class SqliteTagDao implements TagDao {
    private static final String COUNTS = """
            SELECT g.name, count(*) AS uses
            FROM tag g JOIN annotation_tag t ON t.tag_id = g.id
            GROUP BY g.id
            ORDER BY g.name""";
    /** Moves the links of tag ?1 to tag ?2, except where the annotation carries ?2 already. */
    private static final String MOVE_LINKS = """
            UPDATE annotation_tag SET tag_id = ?2
            WHERE tag_id = ?1
              AND annotation_id NOT IN (SELECT annotation_id FROM annotation_tag WHERE tag_id = ?2)""";
    /** The same for the articles' tags. */
    private static final String MOVE_ARTICLE_LINKS = """
            UPDATE article_tag SET tag_id = ?2
            WHERE tag_id = ?1
              AND article_id NOT IN (SELECT article_id FROM article_tag WHERE tag_id = ?2)""";

    private final Database db;

    SqliteTagDao(Database db) {
        this.db = db;
    }

    @Override
    public Map<String, Integer> counts() {
        return db.call("counting the tags", () -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            try (ResultSet rows = db.prepare(COUNTS).executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString("name"), rows.getInt("uses"));
                }
            }
            return counts;
        });
    }

    @Override
    public void rename(String from, String to) {
        String target = to.strip();
        if (target.isEmpty()) {
            throw new StoreException("A tag needs a name; \"" + from + "\" was not renamed.");
        }
        if (from.equals(target)) {
            return;
        }
        db.transaction(() -> db.call("renaming the tag \"" + from + "\" to \"" + target + "\"", () -> {
            Long fromId = tagId(from);
            if (fromId == null) {
                throw new StoreException("There is no tag \"" + from + "\" in " + db.file() + " to rename.");
            }
            Long toId = tagId(target);
            if (toId == null) {
                PreparedStatement rename = db.prepare("UPDATE tag SET name = ? WHERE id = ?");
                rename.setString(1, target);
                rename.setLong(2, fromId);
                rename.executeUpdate();
                return null;
            }
            for (String links : new String[] {MOVE_LINKS, MOVE_ARTICLE_LINKS}) {
                PreparedStatement move = db.prepare(links);
                move.setLong(1, fromId);
                move.setLong(2, toId);
                move.executeUpdate();
            }
            // What is left of the old tag's links are annotations (articles) that carried both; the delete cascades to them.
            PreparedStatement delete = db.prepare("DELETE FROM tag WHERE id = ?");
            delete.setLong(1, fromId);
            delete.executeUpdate();
            return null;
        }));
    }

    private Long tagId(String name) throws SQLException {
        PreparedStatement select = db.prepare("SELECT id FROM tag WHERE name = ?");
        select.setString(1, name);
        try (ResultSet rows = select.executeQuery()) {
            return rows.next() ? rows.getLong(1) : null;
        }
    }
}
