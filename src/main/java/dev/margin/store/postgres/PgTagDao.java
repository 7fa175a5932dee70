package dev.margin.store.postgres;

import dev.margin.store.StoreException;
import dev.margin.store.TagDao;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link TagDao} over {@code margin.tag}, {@code margin.annotation_tag} and {@code margin.article_tag} (articles share
 * the tags of annotations). Tags no annotation carries are not listed.
 */
final class PgTagDao implements TagDao {
    private static final String COUNTS = """
            SELECT g.name, count(*) AS uses
            FROM margin.tag g JOIN margin.annotation_tag t ON t.tag_id = g.id
            GROUP BY g.id, g.name
            ORDER BY g.name COLLATE "C\"""";
    /** Moves the links of tag ?1 to tag ?2, except where the annotation carries ?2 already. */
    private static final String MOVE_LINKS = """
            UPDATE margin.annotation_tag SET tag_id = ?
            WHERE tag_id = ?
              AND annotation_id NOT IN (SELECT annotation_id FROM margin.annotation_tag WHERE tag_id = ?)""";
    /** The same for the articles' tags. */
    private static final String MOVE_ARTICLE_LINKS = """
            UPDATE margin.article_tag SET tag_id = ?
            WHERE tag_id = ?
              AND article_id NOT IN (SELECT article_id FROM margin.article_tag WHERE tag_id = ?)""";

    private final PgDatabase db;

    PgTagDao(PgDatabase db) {
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
                throw new StoreException("There is no tag \"" + from + "\" in the team library " + db.library() + " to rename.");
            }
            Long toId = tagId(target);
            if (toId == null) {
                PreparedStatement rename = db.prepare("UPDATE margin.tag SET name = ? WHERE id = ?");
                rename.setString(1, target);
                rename.setLong(2, fromId);
                if (rename.executeUpdate() == 0) {
                    throw new StoreException("Renaming tags in the team library " + db.library() + " is an editor's right; \""
                            + from + "\" was not renamed.");
                }
                return null;
            }
            for (String links : new String[] {MOVE_LINKS, MOVE_ARTICLE_LINKS}) {
                PreparedStatement move = db.prepare(links);
                move.setLong(1, toId);
                move.setLong(2, fromId);
                move.setLong(3, toId);
                move.executeUpdate();
            }
            PreparedStatement delete = db.prepare("DELETE FROM margin.tag WHERE id = ?");
            delete.setLong(1, fromId);
            if (delete.executeUpdate() == 0) {
                throw new StoreException("Merging tags in the team library " + db.library() + " is an editor's right; \""
                        + from + "\" was not merged into \"" + target + "\".");
            }
            return null;
        }));
    }

    private Long tagId(String name) throws SQLException {
        PreparedStatement select = db.prepare("SELECT id FROM margin.tag WHERE name = ?");
        select.setString(1, name);
        try (ResultSet rows = select.executeQuery()) {
            return rows.next() ? rows.getLong(1) : null;
        }
    }
}
