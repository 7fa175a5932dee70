-- Schema version 2: who may do what, enforced by the server (row-level security), so that a person connecting
-- with psql can do no more than in Margin.
--   margin_reader     reads everything
--   margin_annotator  + imports articles, creates actors and tags, creates annotations and edits or deletes
--                       only the annotations (with their evidence and tags) they created; claims they create or
--                       edit keep the verdict UNVERIFIED (or the one an editor set)
--   margin_editor     + edits and deletes everyone's annotations, edits, merges and deletes actors and articles,
--                       sets claim verdicts, renames tags
--   margin_admin      + adds people and changes their role (margin.add_user, margin.set_role)
-- The roles are shared by every database of the server; they are made here once and left alone afterwards.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'margin_reader') THEN CREATE ROLE margin_reader NOLOGIN; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'margin_annotator') THEN CREATE ROLE margin_annotator NOLOGIN; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'margin_editor') THEN CREATE ROLE margin_editor NOLOGIN; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'margin_admin') THEN CREATE ROLE margin_admin NOLOGIN; END IF;
END $$;
GRANT margin_reader TO margin_annotator;
GRANT margin_annotator TO margin_editor;
GRANT margin_editor TO margin_admin;

CREATE FUNCTION margin.is_editor() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(current_user, 'margin_editor', 'MEMBER')
$$;

-- Whether the current user may change the annotation: an editor may change any, an annotator their own.
CREATE FUNCTION margin.may_edit_annotation(annotation uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT margin.is_editor() OR EXISTS (
        SELECT 1 FROM margin.annotation n WHERE n.id = annotation AND n.created_by = current_user)
$$;

-- A claim's verdict is an editor's call: others may only leave it as it was (or UNVERIFIED on a new claim).
CREATE FUNCTION margin.guard_claim_verdict() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF margin.is_editor() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' AND NEW.claim_status IS NOT NULL AND NEW.claim_status <> 'UNVERIFIED' THEN
        RAISE EXCEPTION 'only an editor may set a claim''s verdict (% asked for %)', current_user, NEW.claim_status
            USING ERRCODE = '42501';
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.claim_status IS DISTINCT FROM OLD.claim_status THEN
        RAISE EXCEPTION 'only an editor may change a claim''s verdict (% asked for % instead of %)',
            current_user, NEW.claim_status, OLD.claim_status USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER annotation_claim_verdict BEFORE INSERT OR UPDATE OF claim_status ON margin.annotation
    FOR EACH ROW EXECUTE FUNCTION margin.guard_claim_verdict();

GRANT USAGE ON SCHEMA margin TO margin_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA margin TO margin_reader;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA margin TO margin_reader;

GRANT INSERT ON margin.article, margin.article_revision, margin.actor, margin.actor_alias, margin.actor_role,
    margin.tag TO margin_annotator;
GRANT INSERT, UPDATE, DELETE ON margin.annotation, margin.evidence, margin.annotation_tag,
    margin.rejected_suggestion, margin.saved_filter TO margin_annotator;
-- search vectors of annotations are rewritten when an article is retitled, by whoever retitles it (an editor)
GRANT UPDATE, DELETE ON margin.article, margin.article_revision, margin.actor, margin.actor_alias,
    margin.actor_role, margin.tag TO margin_editor;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA margin TO margin_annotator;

ALTER TABLE margin.article ENABLE ROW LEVEL SECURITY;
ALTER TABLE margin.article_revision ENABLE ROW LEVEL SECURITY;
ALTER TABLE margin.actor ENABLE ROW LEVEL SECURITY;
ALTER TABLE margin.actor_alias ENABLE ROW LEVEL SECURITY;
ALTER TABLE margin.actor_role ENABLE ROW LEVEL SECURITY;
ALTER TABLE margin.annotation ENABLE ROW LEVEL SECURITY;
ALTER TABLE margin.evidence ENABLE ROW LEVEL SECURITY;
ALTER TABLE margin.tag ENABLE ROW LEVEL SECURITY;
ALTER TABLE margin.annotation_tag ENABLE ROW LEVEL SECURITY;
ALTER TABLE margin.saved_filter ENABLE ROW LEVEL SECURITY;
ALTER TABLE margin.rejected_suggestion ENABLE ROW LEVEL SECURITY;

-- Everyone in the team reads everything.
CREATE POLICY read_all ON margin.article FOR SELECT TO margin_reader USING (true);
CREATE POLICY read_all ON margin.article_revision FOR SELECT TO margin_reader USING (true);
CREATE POLICY read_all ON margin.actor FOR SELECT TO margin_reader USING (true);
CREATE POLICY read_all ON margin.actor_alias FOR SELECT TO margin_reader USING (true);
CREATE POLICY read_all ON margin.actor_role FOR SELECT TO margin_reader USING (true);
CREATE POLICY read_all ON margin.annotation FOR SELECT TO margin_reader USING (true);
CREATE POLICY read_all ON margin.evidence FOR SELECT TO margin_reader USING (true);
CREATE POLICY read_all ON margin.tag FOR SELECT TO margin_reader USING (true);
CREATE POLICY read_all ON margin.annotation_tag FOR SELECT TO margin_reader USING (true);
CREATE POLICY read_all ON margin.saved_filter FOR SELECT TO margin_reader USING (true);
CREATE POLICY read_all ON margin.rejected_suggestion FOR SELECT TO margin_reader USING (true);

-- Annotators add articles, actors and tags (the grants keep their updates and deletes to editors).
CREATE POLICY add ON margin.article FOR INSERT TO margin_annotator WITH CHECK (true);
CREATE POLICY add ON margin.article_revision FOR INSERT TO margin_annotator WITH CHECK (true);
CREATE POLICY add ON margin.actor FOR INSERT TO margin_annotator WITH CHECK (true);
CREATE POLICY add ON margin.actor_alias FOR INSERT TO margin_annotator
    WITH CHECK (margin.is_editor() OR EXISTS (SELECT 1 FROM margin.actor a WHERE a.id = actor_id AND a.created_by = current_user));
CREATE POLICY add ON margin.actor_role FOR INSERT TO margin_annotator
    WITH CHECK (margin.is_editor() OR EXISTS (SELECT 1 FROM margin.actor a WHERE a.id = actor_id AND a.created_by = current_user));
CREATE POLICY add ON margin.tag FOR INSERT TO margin_annotator WITH CHECK (true);

-- Annotations: one's own (created_by is set by the server, margin.touch_row), or anyone's for an editor.
CREATE POLICY own_or_editor ON margin.annotation FOR INSERT TO margin_annotator WITH CHECK (true);
CREATE POLICY own_or_editor_update ON margin.annotation FOR UPDATE TO margin_annotator
    USING (created_by = current_user OR margin.is_editor()) WITH CHECK (created_by = current_user OR margin.is_editor());
CREATE POLICY own_or_editor_delete ON margin.annotation FOR DELETE TO margin_annotator
    USING (created_by = current_user OR margin.is_editor());
CREATE POLICY own_or_editor ON margin.evidence FOR ALL TO margin_annotator
    USING (margin.may_edit_annotation(annotation_id)) WITH CHECK (margin.may_edit_annotation(annotation_id));
CREATE POLICY own_or_editor ON margin.annotation_tag FOR ALL TO margin_annotator
    USING (margin.may_edit_annotation(annotation_id)) WITH CHECK (margin.may_edit_annotation(annotation_id));
CREATE POLICY own_or_editor ON margin.saved_filter FOR ALL TO margin_annotator
    USING (created_by = current_user OR margin.is_editor()) WITH CHECK (created_by = current_user OR margin.is_editor());
CREATE POLICY own_or_editor ON margin.rejected_suggestion FOR ALL TO margin_annotator
    USING (created_by = current_user OR margin.is_editor()) WITH CHECK (created_by = current_user OR margin.is_editor());

-- Editors change and delete the shared records.
CREATE POLICY edit ON margin.article FOR ALL TO margin_editor USING (true) WITH CHECK (true);
CREATE POLICY edit ON margin.article_revision FOR ALL TO margin_editor USING (true) WITH CHECK (true);
CREATE POLICY edit ON margin.actor FOR ALL TO margin_editor USING (true) WITH CHECK (true);
CREATE POLICY edit ON margin.actor_alias FOR ALL TO margin_editor USING (true) WITH CHECK (true);
CREATE POLICY edit ON margin.actor_role FOR ALL TO margin_editor USING (true) WITH CHECK (true);
CREATE POLICY edit ON margin.tag FOR ALL TO margin_editor USING (true) WITH CHECK (true);

-- People. These run with the rights of whoever ran "margin team init" (who may create roles); only an admin
-- may call them. A name is an SQL identifier made safe by format('%I').
CREATE FUNCTION margin.add_user(name text, team_role text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN
    IF team_role NOT IN ('margin_reader', 'margin_annotator', 'margin_editor', 'margin_admin') THEN
        RAISE EXCEPTION 'unknown Margin role %: use margin_reader, margin_annotator, margin_editor or margin_admin', team_role;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = name) THEN
        EXECUTE format('CREATE ROLE %I LOGIN', name);
    END IF;
    EXECUTE format('REVOKE margin_reader, margin_annotator, margin_editor, margin_admin FROM %I', name);
    EXECUTE format('GRANT %I TO %I', team_role, name);
END $$;
REVOKE ALL ON FUNCTION margin.add_user(text, text) FROM PUBLIC, margin_reader;
GRANT EXECUTE ON FUNCTION margin.add_user(text, text) TO margin_admin;
