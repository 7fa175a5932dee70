-- Schema version 7: re-indexing an annotation for search is no one's edit, however it is done; and computing an
-- annotation's search vector costs a quarter to a third of what it did.
--
-- 1. Quiet re-indexing.
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

-- 2. The search vector of an annotation (V003) is computed on every save and every re-indexed row. As SQL functions
--    with FROM clauses, annotation_vector and the two it calls could not be inlined, and PostgreSQL (before 18)
--    plans such a function's query again at every call from a trigger: 0.5-0.7 ms per saved annotation, most of a
--    save's cost on the server. As PL/pgSQL they keep their plans for the session (0.16-0.19 ms); the results are
--    the same (compared on a library with actors, aliases, tags, notes and an outlet as claimant).
CREATE OR REPLACE FUNCTION margin.annotation_actor_words(in_speaker bigint, in_mentioned bigint, in_claimant bigint,
                                                         in_claimant_is_outlet boolean, in_article bigint) RETURNS text
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN btrim(coalesce((SELECT string_agg(p.name || coalesce(' ' || (SELECT string_agg(l.alias, ' ' ORDER BY l.position)
                                                                        FROM margin.actor_alias l WHERE l.actor_id = p.id), ''),
                                             ' ' ORDER BY p.id)
                           FROM margin.actor p WHERE p.id IN (in_speaker, in_mentioned, in_claimant)), '')
                 || CASE WHEN in_claimant_is_outlet THEN ' ' || coalesce((SELECT a.outlet FROM margin.article a WHERE a.id = in_article), '')
                         ELSE '' END);
END $$;

CREATE OR REPLACE FUNCTION margin.article_assessment_words(in_article bigint) RETURNS text
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN btrim(coalesce((SELECT a.note FROM margin.article a WHERE a.id = in_article), '') || ' '
                 || coalesce((SELECT string_agg(g.name, ' ' ORDER BY t.position)
                              FROM margin.article_tag t JOIN margin.tag g ON g.id = t.tag_id WHERE t.article_id = in_article), ''));
END $$;

CREATE OR REPLACE FUNCTION margin.annotation_vector(in_exact text, in_note text, in_speaker bigint, in_mentioned bigint,
                                                    in_claimant bigint, in_claimant_is_outlet boolean, in_article bigint) RETURNS tsvector
LANGUAGE plpgsql STABLE AS $$
DECLARE
    article_title text;
    article_language text;
    actors text;
    notes text;
BEGIN
    SELECT a.title, a.language INTO article_title, article_language FROM margin.article a WHERE a.id = in_article;
    IF NOT FOUND THEN
        RETURN ''::tsvector;
    END IF;
    actors := margin.annotation_actor_words(in_speaker, in_mentioned, in_claimant, in_claimant_is_outlet, in_article);
    notes := margin.article_assessment_words(in_article);
    RETURN coalesce(margin.search_vector(in_exact, in_note, article_title, article_language)
        || setweight(to_tsvector('simple', unaccent(actors)), 'B')
        || setweight(to_tsvector(margin.search_config(article_language), unaccent(actors)), 'B')
        || setweight(to_tsvector('simple', unaccent(notes)), 'D')
        || setweight(to_tsvector(margin.search_config(article_language), unaccent(notes)), 'D'), ''::tsvector);
END $$;
