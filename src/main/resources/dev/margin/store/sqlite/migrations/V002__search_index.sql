-- Schema version 2: FTS5 full-text indexes, kept in step with their tables by triggers.
--
-- annotation_search: one row per annotation, rowid = annotation.seq; columns: the annotated words,
-- the note, and the article's title (so a search for a title word finds the article's annotations).
-- article_search: one row per article, rowid = article.id; the title and the current revision's text.
-- Both tables keep their own copy of the text, so snippet() works without joins.

CREATE VIRTUAL TABLE annotation_search USING fts5 (
    exact, note, title,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE article_search USING fts5 (
    title, text,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER annotation_search_insert AFTER INSERT ON annotation BEGIN
    INSERT INTO annotation_search (rowid, exact, note, title)
    VALUES (NEW.seq, NEW.exact, NEW.note, (SELECT title FROM article WHERE id = NEW.article_id));
END;

CREATE TRIGGER annotation_search_update AFTER UPDATE OF exact, note ON annotation
WHEN OLD.exact IS NOT NEW.exact OR OLD.note IS NOT NEW.note BEGIN
    UPDATE annotation_search SET exact = NEW.exact, note = NEW.note WHERE rowid = NEW.seq;
END;

CREATE TRIGGER annotation_search_delete AFTER DELETE ON annotation BEGIN
    DELETE FROM annotation_search WHERE rowid = OLD.seq;
END;

CREATE TRIGGER article_search_new_revision AFTER INSERT ON article_revision BEGIN
    DELETE FROM article_search WHERE rowid = NEW.article_id;
    INSERT INTO article_search (rowid, title, text)
    SELECT a.id, a.title, NEW.text FROM article a WHERE a.id = NEW.article_id AND a.revision = NEW.revision;
END;

CREATE TRIGGER article_search_update AFTER UPDATE OF title, revision ON article
WHEN OLD.title IS NOT NEW.title OR OLD.revision IS NOT NEW.revision BEGIN
    DELETE FROM article_search WHERE rowid = NEW.id;
    INSERT INTO article_search (rowid, title, text)
    SELECT NEW.id, NEW.title, r.text FROM article_revision r WHERE r.article_id = NEW.id AND r.revision = NEW.revision;
    UPDATE annotation_search SET title = NEW.title
    WHERE OLD.title IS NOT NEW.title AND rowid IN (SELECT seq FROM annotation WHERE article_id = NEW.id);
END;

CREATE TRIGGER article_search_delete AFTER DELETE ON article BEGIN
    DELETE FROM article_search WHERE rowid = OLD.id;
END;

-- Index what a version-1 library already holds.
INSERT INTO annotation_search (rowid, exact, note, title)
SELECT n.seq, n.exact, n.note, a.title FROM annotation n JOIN article a ON a.id = n.article_id;

INSERT INTO article_search (rowid, title, text)
SELECT a.id, a.title, r.text FROM article a JOIN article_revision r ON r.article_id = a.id AND r.revision = a.revision;
