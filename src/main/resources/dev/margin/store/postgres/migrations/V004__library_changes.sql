-- Schema version 4: every committed change to an article, an annotation (with its evidence and tags) or an actor
-- is announced on the channel "margin_changes", so that the other people's windows show it within a moment
-- without reloading (LISTEN / NOTIFY). The server delivers a notification only when its transaction commits, and
-- only to sessions listening at that moment; a window that lost its connection re-reads what it shows instead.
-- The payload is JSON: {"table": "annotation", "op": "INSERT|UPDATE|DELETE", "id": "…", "article": 12, "version": 3}
-- ("article" is the article the row belongs to; "version" the row's new version, absent for deletes).

CREATE FUNCTION margin.announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed record;
    payload jsonb;
BEGIN
    -- re-indexing annotations after an article was retitled changes no one's annotation
    IF pg_trigger_depth() > 1 AND current_setting('margin.reindexing', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
    IF TG_TABLE_NAME = 'annotation' THEN
        payload := jsonb_build_object('table', 'annotation', 'op', TG_OP, 'id', changed.id::text,
            'article', changed.article_id, 'version', CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE changed.version END);
    ELSIF TG_TABLE_NAME IN ('evidence', 'annotation_tag') THEN
        -- a claim's evidence or an annotation's tags: a change of the annotation they belong to, unless the
        -- annotation row itself was written in this transaction (then its own announcement says it), or is being
        -- deleted (likewise)
        IF NOT EXISTS (SELECT 1 FROM margin.annotation n
                       WHERE n.id = changed.annotation_id AND n.xmin <> pg_current_xact_id()::xid) THEN
            RETURN NULL;
        END IF;
        payload := jsonb_build_object('table', 'annotation', 'op', 'UPDATE', 'id', changed.annotation_id::text,
            'article', (SELECT n.article_id FROM margin.annotation n WHERE n.id = changed.annotation_id),
            'version', (SELECT n.version FROM margin.annotation n WHERE n.id = changed.annotation_id));
    ELSIF TG_TABLE_NAME = 'article' THEN
        payload := jsonb_build_object('table', 'article', 'op', TG_OP, 'id', changed.id::text, 'article', changed.id,
            'version', CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE changed.version END);
    ELSE
        payload := jsonb_build_object('table', TG_TABLE_NAME, 'op', TG_OP, 'id', changed.id::text,
            'version', CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE changed.version END);
    END IF;
    PERFORM pg_notify('margin_changes', jsonb_strip_nulls(payload)::text);
    RETURN NULL;
END $$;

CREATE TRIGGER annotation_announce AFTER INSERT OR UPDATE OR DELETE ON margin.annotation
    FOR EACH ROW EXECUTE FUNCTION margin.announce_change();
CREATE TRIGGER evidence_announce AFTER INSERT OR UPDATE OR DELETE ON margin.evidence
    FOR EACH ROW EXECUTE FUNCTION margin.announce_change();
CREATE TRIGGER annotation_tag_announce AFTER INSERT OR UPDATE OR DELETE ON margin.annotation_tag
    FOR EACH ROW EXECUTE FUNCTION margin.announce_change();
CREATE TRIGGER article_announce AFTER INSERT OR UPDATE OR DELETE ON margin.article
    FOR EACH ROW EXECUTE FUNCTION margin.announce_change();
CREATE TRIGGER actor_announce AFTER INSERT OR UPDATE OR DELETE ON margin.actor
    FOR EACH ROW EXECUTE FUNCTION margin.announce_change();

GRANT EXECUTE ON FUNCTION margin.announce_change() TO margin_reader;
