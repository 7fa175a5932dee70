-- Team schema version 3, the same change as the SQLite library's V008: what a user notes about a whole article,
-- titles for every article, and speakers, claimants and mentioned actors in the search vector.
--
-- 1. article.note (Markdown) and article.verdict (null: none given), and article_tag, the article's tags in the
--    one tag table that annotations use. Changing an article is an editor's right (V002), so are its tags.
-- 2. An annotation's search vector gains two parts: the names and aliases of its speaker, mentioned actor and
--    claimant (and the outlet's name when the outlet makes the claim), weighed 'B' like its note; and its article's
--    note and tags, weighed 'D'. Triggers keep them in step when an actor is renamed or gains or loses an alias,
--    and when an article's note, outlet or tags change. Re-indexing is not anyone's edit: it runs as the schema's
--    owner (so row security cannot leave another annotator's rows stale) and leaves versions alone.
-- 3. Articles stored without a title get one, by the rule of dev.margin.domain.ArticleTitle.

ALTER TABLE margin.article ADD COLUMN note text NOT NULL DEFAULT '';
ALTER TABLE margin.article ADD COLUMN verdict text
    CHECK (verdict IN ('RELIABLE', 'MOSTLY_RELIABLE', 'MIXED', 'MISLEADING', 'UNRELIABLE', 'UNVERIFIABLE'));

CREATE TABLE margin.article_tag (
    article_id bigint NOT NULL REFERENCES margin.article (id) ON DELETE CASCADE,
    tag_id     bigint NOT NULL REFERENCES margin.tag (id) ON DELETE CASCADE,
    position   int    NOT NULL,
    PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX article_tag_tag ON margin.article_tag (tag_id);

GRANT SELECT ON margin.article_tag TO margin_reader;
GRANT INSERT, UPDATE, DELETE ON margin.article_tag TO margin_editor;
ALTER TABLE margin.article_tag ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON margin.article_tag FOR SELECT TO margin_reader USING (true);
CREATE POLICY edit ON margin.article_tag FOR ALL TO margin_editor USING (true) WITH CHECK (true);

-- The names an annotation is found by besides its words.
CREATE FUNCTION margin.annotation_actor_words(in_speaker bigint, in_mentioned bigint, in_claimant bigint,
                                              in_claimant_is_outlet boolean, in_article bigint) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT btrim(coalesce((SELECT string_agg(p.name || coalesce(' ' || (SELECT string_agg(l.alias, ' ' ORDER BY l.position)
                                                                        FROM margin.actor_alias l WHERE l.actor_id = p.id), ''),
                                             ' ' ORDER BY p.id)
                           FROM margin.actor p WHERE p.id IN (in_speaker, in_mentioned, in_claimant)), '')
                 || CASE WHEN in_claimant_is_outlet THEN ' ' || coalesce((SELECT a.outlet FROM margin.article a WHERE a.id = in_article), '')
                         ELSE '' END)
$$;

-- The note and tags of an article, as words.
CREATE FUNCTION margin.article_assessment_words(in_article bigint) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT btrim(coalesce((SELECT a.note FROM margin.article a WHERE a.id = in_article), '') || ' '
                 || coalesce((SELECT string_agg(g.name, ' ' ORDER BY t.position)
                              FROM margin.article_tag t JOIN margin.tag g ON g.id = t.tag_id WHERE t.article_id = in_article), ''))
$$;

-- The whole search vector of one annotation.
-- (Parameters are prefixed: in a SQL function a column of the same name would win over them.)
CREATE FUNCTION margin.annotation_vector(in_exact text, in_note text, in_speaker bigint, in_mentioned bigint,
                                         in_claimant bigint, in_claimant_is_outlet boolean, in_article bigint) RETURNS tsvector
LANGUAGE sql STABLE AS $$
    SELECT coalesce((
        SELECT margin.search_vector(in_exact, in_note, a.title, a.language)
            || setweight(to_tsvector('simple', unaccent(w.actors)), 'B')
            || setweight(to_tsvector(margin.search_config(a.language), unaccent(w.actors)), 'B')
            || setweight(to_tsvector('simple', unaccent(w.notes)), 'D')
            || setweight(to_tsvector(margin.search_config(a.language), unaccent(w.notes)), 'D')
        FROM margin.article a,
             LATERAL (SELECT margin.annotation_actor_words(in_speaker, in_mentioned, in_claimant, in_claimant_is_outlet,
                                                           in_article) AS actors,
                             margin.article_assessment_words(in_article) AS notes) w
        WHERE a.id = in_article), ''::tsvector)
$$;

CREATE OR REPLACE FUNCTION margin.annotation_search_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search := margin.annotation_vector(NEW.exact, NEW.note, NEW.speaker_actor_id, NEW.actor_id, NEW.claimant_actor_id,
                                           NEW.claimant_is_outlet, NEW.article_id);
    RETURN NEW;
END $$;
DROP TRIGGER annotation_search_row ON margin.annotation;
CREATE TRIGGER annotation_search_row
    BEFORE INSERT OR UPDATE OF exact, note, article_id, speaker_actor_id, actor_id, claimant_actor_id, claimant_is_outlet
    ON margin.annotation FOR EACH ROW EXECUTE FUNCTION margin.annotation_search_row();

-- Re-indexes the annotations of one article, or those naming one actor.
CREATE FUNCTION margin.reindex_annotations(in_article bigint, in_actor bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    PERFORM set_config('margin.reindexing', 'on', true);
    UPDATE margin.annotation n
    SET search = margin.annotation_vector(n.exact, n.note, n.speaker_actor_id, n.actor_id, n.claimant_actor_id,
                                          n.claimant_is_outlet, n.article_id)
    WHERE (in_article IS NOT NULL AND n.article_id = in_article)
       OR (in_actor IS NOT NULL AND (n.speaker_actor_id = in_actor OR n.actor_id = in_actor OR n.claimant_actor_id = in_actor));
    PERFORM set_config('margin.reindexing', 'off', true);
END $$;
GRANT EXECUTE ON FUNCTION margin.reindex_annotations(bigint, bigint) TO margin_reader;

CREATE OR REPLACE FUNCTION margin.article_search_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM margin.reindex_annotations(NEW.id, NULL);
    RETURN NULL;
END $$;
DROP TRIGGER article_search_rows ON margin.article;
CREATE TRIGGER article_search_rows AFTER UPDATE OF title, language, note, outlet ON margin.article
    FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.language IS DISTINCT FROM NEW.language
                       OR OLD.note IS DISTINCT FROM NEW.note OR OLD.outlet IS DISTINCT FROM NEW.outlet)
    EXECUTE FUNCTION margin.article_search_rows();

CREATE FUNCTION margin.actor_search_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'actor' THEN
        PERFORM margin.reindex_annotations(NULL, NEW.id);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM margin.reindex_annotations(NULL, OLD.actor_id);
    ELSE
        PERFORM margin.reindex_annotations(NULL, NEW.actor_id);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER actor_search_rows AFTER UPDATE OF name ON margin.actor
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION margin.actor_search_rows();
CREATE TRIGGER actor_alias_search_rows AFTER INSERT OR UPDATE OR DELETE ON margin.actor_alias
    FOR EACH ROW EXECUTE FUNCTION margin.actor_search_rows();

CREATE FUNCTION margin.article_tag_search_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM margin.reindex_annotations(CASE WHEN TG_OP = 'DELETE' THEN OLD.article_id ELSE NEW.article_id END, NULL);
    RETURN NULL;
END $$;
CREATE TRIGGER article_tag_search_rows AFTER INSERT OR UPDATE OR DELETE ON margin.article_tag
    FOR EACH ROW EXECUTE FUNCTION margin.article_tag_search_rows();

CREATE FUNCTION margin.tag_search_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    tagged bigint;
BEGIN
    FOR tagged IN SELECT article_id FROM margin.article_tag WHERE tag_id = NEW.id LOOP
        PERFORM margin.reindex_annotations(tagged, NULL);
    END LOOP;
    RETURN NULL;
END $$;
CREATE TRIGGER tag_search_rows AFTER UPDATE OF name ON margin.tag
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION margin.tag_search_rows();

-- Titles for the articles stored without one: the first line of the current text, cut after its last whole word
-- within 80 characters ("…" added), or inside the word when that would keep fewer than 40.
UPDATE margin.article a SET title = t.title
FROM (SELECT id, CASE WHEN length(line) <= 80 THEN line
                      WHEN length(head) >= 40 THEN head || '…'
                      ELSE substr(line, 1, 79) || '…' END AS title
      FROM (SELECT id, line, rtrim(substring(substr(line, 1, 80) from '^(.*) '), ' ,;:–-') AS head
            FROM (SELECT a2.id, btrim(split_part(r.text, E'\n', 1), ' ') AS line
                  FROM margin.article a2 JOIN margin.article_revision r ON r.article_id = a2.id AND r.revision = a2.revision
                  WHERE btrim(a2.title) = '') l) h) t
WHERE a.id = t.id;

-- What a version-2 library holds, indexed again with the new parts (not an edit: versions and authors stay).
ALTER TABLE margin.annotation DISABLE TRIGGER annotation_touch;
UPDATE margin.annotation n
SET search = margin.annotation_vector(n.exact, n.note, n.speaker_actor_id, n.actor_id, n.claimant_actor_id,
                                      n.claimant_is_outlet, n.article_id);
ALTER TABLE margin.annotation ENABLE TRIGGER annotation_touch;
