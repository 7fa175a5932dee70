-- Schema version 6: suggestions the user rejected, so they do not come back for that article.
--
-- A suggestion's id is a hash of its kind and span (dev.margin.suggest.Suggestion.idOf), so it only means
-- something on the revision it was made on. The kind and the exact words are kept as well: on a later
-- revision of the article (a re-import that changed the text) a suggestion of the same kind over the same
-- words stays rejected wherever those words now stand (see dev.margin.service.RejectedSuggestions).
CREATE TABLE rejected_suggestion (
    article_id    INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    revision      INTEGER NOT NULL,
    suggestion_id TEXT    NOT NULL CHECK (length(suggestion_id) > 0),
    kind          TEXT    NOT NULL CHECK (kind IN ('QUOTE', 'ACTOR', 'CLAIM')),
    start_offset  INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset    INTEGER NOT NULL CHECK (end_offset >= start_offset),
    exact         TEXT    NOT NULL,
    rejected_at   TEXT    NOT NULL,
    PRIMARY KEY (article_id, revision, suggestion_id)
) WITHOUT ROWID;
