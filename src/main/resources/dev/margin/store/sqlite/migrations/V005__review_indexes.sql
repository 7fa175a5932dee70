-- Schema version 5: what the annotations browser needs to answer within 100 ms on 100,000 annotations.
--
-- Newest first (the browser's default order) and sorting by article date read these indexes with LIMIT
-- instead of sorting every row.
CREATE INDEX annotation_created ON annotation (created);
CREATE INDEX article_published_date ON article (published_date);
CREATE INDEX article_outlet ON article (outlet);

-- The search index again, now with prefix indexes for 1 to 3 characters: "k*" or "inf*" reads one
-- prepared list instead of merging the lists of every word that starts so. Same columns, tokenizer and
-- rowids as in V002; the triggers of V002 keep writing to it by name.
DROP TABLE annotation_search;
CREATE VIRTUAL TABLE annotation_search USING fts5 (
    exact, note, title,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
INSERT INTO annotation_search (rowid, exact, note, title)
SELECT n.seq, n.exact, n.note, a.title FROM annotation n JOIN article a ON a.id = n.article_id;
