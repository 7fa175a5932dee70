-- Schema version 8: what a user notes about a whole article, titles for every article, and speakers,
-- claimants and mentioned actors in the search index.
--
-- 1. article.note (Markdown) and article.verdict (null: none given), and article_tag, the article's tags in
--    the one tag table that annotations use.
-- 2. annotation_search gains two columns, kept in step by triggers:
--      actors        the names and aliases of the quote's speaker, the mentioned actor and the claimant, and the
--                    outlet's name when the outlet itself makes a claim: "Kuleba" finds every quote he speaks,
--                    not only the words that name him;
--      article_notes the note and tags of the annotation's article (as the title column: a search for a word of
--                    them finds the article's annotations).
--    The words of both come from the views annotation_actor_words and article_assessment_words, so the rule
--    is written once for the triggers and the first fill.
-- 3. Articles stored without a title get one, by the rule of dev.margin.domain.ArticleTitle: the first line of
--    the current text, cut after its last whole word within 80 characters ("…" added), or inside the word when
--    that would keep fewer than 40.

ALTER TABLE article ADD COLUMN note TEXT NOT NULL DEFAULT '';
ALTER TABLE article ADD COLUMN verdict TEXT
    CHECK (verdict IN ('RELIABLE', 'MOSTLY_RELIABLE', 'MIXED', 'MISLEADING', 'UNRELIABLE', 'UNVERIFIABLE'));

CREATE TABLE article_tag (
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX article_tag_tag ON article_tag (tag_id);

CREATE VIEW annotation_actor_words (seq, words) AS
SELECT n.seq,
       trim(coalesce((SELECT group_concat(p.name || coalesce(' ' || (SELECT group_concat(l.alias, ' ') FROM actor_alias l
                                                                      WHERE l.actor_id = p.id), ''), ' ')
                      FROM actor p WHERE p.id IN (n.speaker_actor_id, n.actor_id, n.claimant_actor_id)), '')
            || CASE WHEN n.claimant_is_outlet = 1 THEN ' ' || (SELECT a.outlet FROM article a WHERE a.id = n.article_id)
                    ELSE '' END)
FROM annotation n;

CREATE VIEW article_assessment_words (article_id, words) AS
SELECT a.id,
       trim(a.note || ' ' || coalesce((SELECT group_concat(g.name, ' ') FROM article_tag t JOIN tag g ON g.id = t.tag_id
                                       WHERE t.article_id = a.id), ''))
FROM article a;

-- The index again, with the two new columns; same tokenizer, prefixes and rowids as in V005.
DROP TRIGGER annotation_search_insert;
DROP TRIGGER annotation_search_update;
DROP TABLE annotation_search;
CREATE VIRTUAL TABLE annotation_search USING fts5 (
    exact, note, title, actors, article_notes,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

CREATE TRIGGER annotation_search_insert AFTER INSERT ON annotation BEGIN
    INSERT INTO annotation_search (rowid, exact, note, title, actors, article_notes)
    VALUES (NEW.seq, NEW.exact, NEW.note, (SELECT title FROM article WHERE id = NEW.article_id),
            (SELECT words FROM annotation_actor_words WHERE seq = NEW.seq),
            (SELECT words FROM article_assessment_words WHERE article_id = NEW.article_id));
END;

CREATE TRIGGER annotation_search_update
AFTER UPDATE OF exact, note, speaker_actor_id, actor_id, claimant_actor_id, claimant_is_outlet ON annotation
WHEN OLD.exact IS NOT NEW.exact OR OLD.note IS NOT NEW.note OR OLD.speaker_actor_id IS NOT NEW.speaker_actor_id
  OR OLD.actor_id IS NOT NEW.actor_id OR OLD.claimant_actor_id IS NOT NEW.claimant_actor_id
  OR OLD.claimant_is_outlet IS NOT NEW.claimant_is_outlet BEGIN
    UPDATE annotation_search
    SET exact = NEW.exact, note = NEW.note, actors = (SELECT words FROM annotation_actor_words WHERE seq = NEW.seq)
    WHERE rowid = NEW.seq;
END;

-- An actor renamed or its aliases changed: the annotations naming it (through the partial indexes of V001).
CREATE TRIGGER annotation_search_actor_renamed AFTER UPDATE OF name ON actor WHEN OLD.name IS NOT NEW.name BEGIN
    UPDATE annotation_search SET actors = (SELECT words FROM annotation_actor_words WHERE seq = annotation_search.rowid)
    WHERE rowid IN (SELECT seq FROM annotation WHERE speaker_actor_id = NEW.id
                    UNION SELECT seq FROM annotation WHERE actor_id = NEW.id
                    UNION SELECT seq FROM annotation WHERE claimant_actor_id = NEW.id);
END;

CREATE TRIGGER annotation_search_alias_added AFTER INSERT ON actor_alias BEGIN
    UPDATE annotation_search SET actors = (SELECT words FROM annotation_actor_words WHERE seq = annotation_search.rowid)
    WHERE rowid IN (SELECT seq FROM annotation WHERE speaker_actor_id = NEW.actor_id
                    UNION SELECT seq FROM annotation WHERE actor_id = NEW.actor_id
                    UNION SELECT seq FROM annotation WHERE claimant_actor_id = NEW.actor_id);
END;

CREATE TRIGGER annotation_search_alias_removed AFTER DELETE ON actor_alias BEGIN
    UPDATE annotation_search SET actors = (SELECT words FROM annotation_actor_words WHERE seq = annotation_search.rowid)
    WHERE rowid IN (SELECT seq FROM annotation WHERE speaker_actor_id = OLD.actor_id
                    UNION SELECT seq FROM annotation WHERE actor_id = OLD.actor_id
                    UNION SELECT seq FROM annotation WHERE claimant_actor_id = OLD.actor_id);
END;

-- The article's note or outlet changed: its annotations' article_notes (and actors, for claims the outlet makes).
CREATE TRIGGER annotation_search_article_noted AFTER UPDATE OF note, outlet ON article
WHEN OLD.note IS NOT NEW.note OR OLD.outlet IS NOT NEW.outlet BEGIN
    UPDATE annotation_search
    SET article_notes = (SELECT words FROM article_assessment_words WHERE article_id = NEW.id),
        actors = (SELECT words FROM annotation_actor_words WHERE seq = annotation_search.rowid)
    WHERE rowid IN (SELECT seq FROM annotation WHERE article_id = NEW.id);
END;

CREATE TRIGGER annotation_search_article_tagged AFTER INSERT ON article_tag BEGIN
    UPDATE annotation_search SET article_notes = (SELECT words FROM article_assessment_words WHERE article_id = NEW.article_id)
    WHERE rowid IN (SELECT seq FROM annotation WHERE article_id = NEW.article_id);
END;

CREATE TRIGGER annotation_search_article_untagged AFTER DELETE ON article_tag BEGIN
    UPDATE annotation_search SET article_notes = (SELECT words FROM article_assessment_words WHERE article_id = OLD.article_id)
    WHERE rowid IN (SELECT seq FROM annotation WHERE article_id = OLD.article_id);
END;

CREATE TRIGGER annotation_search_tag_renamed AFTER UPDATE OF name ON tag WHEN OLD.name IS NOT NEW.name BEGIN
    UPDATE annotation_search
    SET article_notes = (SELECT w.words FROM annotation n JOIN article_assessment_words w ON w.article_id = n.article_id
                         WHERE n.seq = annotation_search.rowid)
    WHERE rowid IN (SELECT n.seq FROM article_tag t JOIN annotation n ON n.article_id = t.article_id WHERE t.tag_id = NEW.id);
END;

-- Titles for the articles stored without one (the first line of the current text; see the header).
UPDATE article SET title = coalesce((
    SELECT CASE WHEN length(line) <= 80 THEN line
                WHEN length(head) >= 40 THEN head || '…'
                ELSE substr(line, 1, 79) || '…' END
    FROM (SELECT line, rtrim(rtrim(substr(line, 1, 80), replace(substr(line, 1, 80), ' ', '')), ' ,;:–-') AS head
          FROM (SELECT trim(substr(r.text, 1, instr(r.text || char(10), char(10)) - 1), ' ') AS line
                FROM article_revision r WHERE r.article_id = article.id AND r.revision = article.revision))), '')
WHERE trim(title) = '';

-- Index what a version-7 library holds (after the titles, which the index copies).
INSERT INTO annotation_search (rowid, exact, note, title, actors, article_notes)
SELECT n.seq, n.exact, n.note, a.title, v.words, ''
FROM annotation n JOIN article a ON a.id = n.article_id JOIN annotation_actor_words v ON v.seq = n.seq;
