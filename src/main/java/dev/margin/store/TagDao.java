package dev.margin.store;

import java.util.Map;

/** The tags used on annotations. */
public interface TagDao {
    /** Every tag with the number of annotations carrying it, by name. */
    Map<String, Integer> counts();

    /** Renames a tag everywhere; when {@code to} exists already the two are merged. */
    void rename(String from, String to);
}
