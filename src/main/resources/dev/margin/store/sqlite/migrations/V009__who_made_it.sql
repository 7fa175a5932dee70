-- Schema version 9: who made each article, actor and annotation, who changed it last, and how many times it was
-- saved, as a team library (PostgreSQL) records them, so that a copy between the two loses nothing.
--
-- created_by / modified_by hold the computer's user name for what is made here (SqliteStore writes them), and the
-- team member's database user for what was copied from a team library. Rows made before this version hold '' until
-- the library is next opened, which records its user as their maker (one person's library: they made them).
-- version is 1 when a row is made and raised by each change, as in the team library.

ALTER TABLE article ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
ALTER TABLE article ADD COLUMN modified_by TEXT NOT NULL DEFAULT '';
ALTER TABLE article ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);

ALTER TABLE actor ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
ALTER TABLE actor ADD COLUMN modified_by TEXT NOT NULL DEFAULT '';
ALTER TABLE actor ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);

ALTER TABLE annotation ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
ALTER TABLE annotation ADD COLUMN modified_by TEXT NOT NULL DEFAULT '';
ALTER TABLE annotation ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);

-- The review window's "annotator" filter and list, and finding the rows still without a maker.
CREATE INDEX annotation_created_by ON annotation (created_by);
CREATE INDEX article_created_by ON article (created_by) WHERE created_by = '';
CREATE INDEX actor_created_by ON actor (created_by) WHERE created_by = '';
