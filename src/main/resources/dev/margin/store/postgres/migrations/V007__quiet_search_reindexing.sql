-- Schema version 7: re-indexing an annotation for search is no one's edit, however it is done.
--
-- An actor renamed, an article's tags or note changed (V003), or an admin re-indexing by hand after changing a text
-- search configuration, rewrite the search column of many annotations. Nothing anyone sees changes, so such an
-- update must neither raise the row's version and stamp a new editor (every open copy would turn stale and its next
-- edit be refused as a conflict) nor be announced on margin_changes (every open window would re-read each row).
-- V003-V005 knew re-indexing only by the session setting margin.reindexing inside a trigger; an update from
-- anywhere else (a direct UPDATE, a migration, margin.reindex_annotations called outside a trigger) was stamped and
-- announced as an edit. Now the rule is the row itself: an update of an annotation that changes its search column
-- and no other column is not stamped and not announced. An update that changes nothing at all is still an edit
-- (someone saved), as before.

-- True when NEW differs from OLD in the search column only. Compared as JSON so that columns added later count.
CREATE FUNCTION margin.only_search_changed(old_row margin.annotation, new_row margin.annotation) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT old_row.search IS DISTINCT FROM new_row.search
       AND (to_jsonb(old_row) - 'search') = (to_jsonb(new_row) - 'search')
$$;
GRANT EXECUTE ON FUNCTION margin.only_search_changed(margin.annotation, margin.annotation) TO margin_reader;

-- Stamping (margin.touch_row): an INSERT always; an UPDATE unless it only re-indexes. A BEFORE trigger's WHEN sees
-- the row as the earlier BEFORE trigger annotation_search_row left it, so an edit of the words (which changes the
-- search column too) is still stamped.
DROP TRIGGER annotation_touch ON margin.annotation;
CREATE TRIGGER annotation_touch BEFORE INSERT ON margin.annotation
    FOR EACH ROW EXECUTE FUNCTION margin.touch_row();
CREATE TRIGGER annotation_touch_update BEFORE UPDATE ON margin.annotation
    FOR EACH ROW WHEN (NOT margin.only_search_changed(OLD, NEW)) EXECUTE FUNCTION margin.touch_row();

-- Announcing (margin.announce_change): inserts and deletes always; updates unless they only re-index. The test is
-- in the trigger's WHEN, so re-indexing thousands of rows does not even call the function.
DROP TRIGGER annotation_announce ON margin.annotation;
CREATE TRIGGER annotation_announce AFTER INSERT OR DELETE ON margin.annotation
    FOR EACH ROW EXECUTE FUNCTION margin.announce_change();
CREATE TRIGGER annotation_announce_update AFTER UPDATE ON margin.annotation
    FOR EACH ROW WHEN (NOT margin.only_search_changed(OLD, NEW)) EXECUTE FUNCTION margin.announce_change();
