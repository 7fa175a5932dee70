-- Margin library, schema version 1: articles with their revisions, actors, annotations, tags.
-- Times are UTC instants as fixed-width ISO-8601 text (sortable); dates are ISO yyyy-mm-dd.
-- Offsets count UTF-16 units of the revision's text, half-open [start, end).

-- "MRGN": tells a Margin library apart from any other SQLite file.
PRAGMA application_id = 1297237838;

CREATE TABLE article (
    id             INTEGER PRIMARY KEY,
    title          TEXT    NOT NULL DEFAULT '',
    byline         TEXT    NOT NULL DEFAULT '',
    outlet         TEXT    NOT NULL DEFAULT '',
    url            TEXT,
    published_date TEXT,
    language       TEXT    NOT NULL DEFAULT '',
    imported_at    TEXT    NOT NULL,
    revision       INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1)
);
CREATE UNIQUE INDEX article_url ON article (url) WHERE url IS NOT NULL;
CREATE INDEX article_imported_at ON article (imported_at);

-- Every revision's text, the current one included (article.revision points at it).
CREATE TABLE article_revision (
    article_id   INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    revision     INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    headings     TEXT    NOT NULL DEFAULT '',  -- paragraph indexes, comma-separated
    content_hash TEXT    NOT NULL,
    imported_at  TEXT    NOT NULL,
    PRIMARY KEY (article_id, revision)
);
CREATE INDEX article_revision_hash ON article_revision (content_hash);

CREATE TABLE actor (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    name_key    TEXT    NOT NULL,               -- name, stripped and lower-cased, for look-ups
    type        TEXT    NOT NULL CHECK (type IN ('PERSON', 'ORGANISATION', 'STATE', 'GROUP', 'OTHER')),
    description TEXT    NOT NULL DEFAULT '',
    external_id TEXT,
    parent_id   INTEGER REFERENCES actor (id)
);
CREATE INDEX actor_name_key ON actor (name_key);
CREATE INDEX actor_parent ON actor (parent_id) WHERE parent_id IS NOT NULL;

CREATE TABLE actor_alias (
    actor_id  INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    alias     TEXT    NOT NULL,
    alias_key TEXT    NOT NULL,
    PRIMARY KEY (actor_id, position)
);
CREATE INDEX actor_alias_key ON actor_alias (alias_key);

CREATE TABLE actor_role (
    actor_id   INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    role       TEXT    NOT NULL,
    as_of      TEXT,
    article_id INTEGER REFERENCES article (id) ON DELETE SET NULL,
    PRIMARY KEY (actor_id, position)
);
CREATE INDEX actor_role_article ON actor_role (article_id) WHERE article_id IS NOT NULL;

-- One row per annotation. The columns of a kind's details are NULL for the other kinds.
CREATE TABLE annotation (
    seq                INTEGER PRIMARY KEY,     -- stable row number (VACUUM keeps it); the search index keys on it
    id                 TEXT    NOT NULL UNIQUE, -- the annotation's UUID
    article_id         INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    revision           INTEGER NOT NULL,
    kind               TEXT    NOT NULL CHECK (kind IN ('HIGHLIGHT', 'QUOTE', 'ACTOR', 'CLAIM')),
    -- anchor
    start_offset       INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset         INTEGER NOT NULL CHECK (end_offset >= start_offset),
    exact              TEXT    NOT NULL,
    prefix             TEXT    NOT NULL DEFAULT '',
    suffix             TEXT    NOT NULL DEFAULT '',
    anchor_state       TEXT    NOT NULL CHECK (anchor_state IN ('OK', 'MOVED', 'ORPHANED')),
    -- QUOTE
    speaker_actor_id   INTEGER REFERENCES actor (id),
    speaker_start      INTEGER,
    speaker_end        INTEGER,
    cue                TEXT,
    cue_start          INTEGER,
    cue_end            INTEGER,
    quote_type         TEXT CHECK (quote_type IN ('DIRECT', 'INDIRECT', 'PARTIAL')),
    speaker_resolution TEXT CHECK (speaker_resolution IN ('EXPLICIT', 'PRONOUN', 'ANONYMOUS', 'UNATTRIBUTED')),
    -- ACTOR mention
    actor_id           INTEGER REFERENCES actor (id),
    -- CLAIM
    claim_statement    TEXT,
    claimant_actor_id  INTEGER REFERENCES actor (id),
    claimant_is_outlet INTEGER CHECK (claimant_is_outlet IN (0, 1)),
    claim_kind         TEXT CHECK (claim_kind IN ('STATISTIC', 'CAUSAL', 'PREDICTION', 'CHARACTERISATION', 'OTHER')),
    claim_status       TEXT CHECK (claim_status IN ('UNVERIFIED', 'SUPPORTED', 'REFUTED', 'MISLEADING', 'DISPUTED', 'UNVERIFIABLE')),
    claim_quote_id     TEXT REFERENCES annotation (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    -- every kind
    note               TEXT    NOT NULL DEFAULT '',
    colour             TEXT,
    created            TEXT    NOT NULL,
    modified           TEXT    NOT NULL,
    CHECK ((kind = 'QUOTE') = (quote_type IS NOT NULL)),
    CHECK ((kind = 'CLAIM') = (claim_status IS NOT NULL)),
    CHECK ((kind = 'ACTOR') = (actor_id IS NOT NULL))
);
CREATE INDEX annotation_article ON annotation (article_id, start_offset);
CREATE INDEX annotation_speaker ON annotation (speaker_actor_id) WHERE speaker_actor_id IS NOT NULL;
CREATE INDEX annotation_actor ON annotation (actor_id) WHERE actor_id IS NOT NULL;
CREATE INDEX annotation_claimant ON annotation (claimant_actor_id) WHERE claimant_actor_id IS NOT NULL;
CREATE INDEX annotation_claim_quote ON annotation (claim_quote_id) WHERE claim_quote_id IS NOT NULL;

CREATE TABLE evidence (
    annotation_id TEXT    NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    url           TEXT    NOT NULL,
    archived_url  TEXT,
    stance        TEXT    NOT NULL CHECK (stance IN ('SUPPORTS', 'REFUTES', 'CONTEXT')),
    note          TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (annotation_id, position)
);

CREATE TABLE tag (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0)
);

CREATE TABLE annotation_tag (
    annotation_id TEXT    NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
    tag_id        INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    PRIMARY KEY (annotation_id, tag_id)
);
CREATE INDEX annotation_tag_tag ON annotation_tag (tag_id);
