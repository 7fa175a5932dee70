-- Schema version 7: article ids are never handed out twice.
--
-- article.id is an INTEGER PRIMARY KEY without AUTOINCREMENT, so SQLite gives a new row max(id) + 1:
-- after the newest article was deleted, the next import took its number, and undoing the delete could
-- not put the article back under its own id. This table keeps the highest id ever used; new articles
-- are numbered above it (SqliteArticleDao.INSERT_ARTICLE). Restoring a deleted article reuses its own
-- old id, which is below the mark, and leaves the mark alone.

CREATE TABLE article_id_high_water (
    only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
    id       INTEGER NOT NULL
);

INSERT INTO article_id_high_water (only_row, id) SELECT 1, coalesce(max(id), 0) FROM article;

CREATE TRIGGER article_id_high_water_raise AFTER INSERT ON article
WHEN NEW.id > (SELECT id FROM article_id_high_water WHERE only_row = 1) BEGIN
    UPDATE article_id_high_water SET id = NEW.id WHERE only_row = 1;
END;
