-- Phrase searches of common words: the text index finds the rows holding both words, but whether they stand next to
-- each other is checked on every such row, which took up to a second on a library of a million annotations. Each
-- annotation now also keeps the pairs of words that stand next to each other in its search vector ("renka dorka"),
-- derived from that vector, so a two-word phrase is one look-up in an index of pairs and only the rows holding the
-- pair are checked. The pairs follow the search vector by themselves (a stored generated column).

CREATE FUNCTION margin.word_pairs(vector tsvector) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_to_tsvector(array_agg(DISTINCT first.lexeme || ' ' || second.lexeme)), ''::tsvector)
    FROM (SELECT u.lexeme, p.position FROM unnest(vector) u, unnest(u.positions) AS p(position)) first
    JOIN (SELECT u.lexeme, p.position FROM unnest(vector) u, unnest(u.positions) AS p(position)) second
      ON second.position = first.position + 1
$$;

ALTER TABLE margin.annotation ADD COLUMN pairs tsvector GENERATED ALWAYS AS (margin.word_pairs(search)) STORED;
CREATE INDEX annotation_pairs ON margin.annotation USING gin (pairs);

-- The pairs follow the search column, so a row whose search column alone changed (re-indexing, V007) still counts as
-- re-indexed only: neither stamped as an edit nor announced.
CREATE OR REPLACE FUNCTION margin.only_search_changed(old_row margin.annotation, new_row margin.annotation) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT old_row.search IS DISTINCT FROM new_row.search
       AND (to_jsonb(old_row) - 'search' - 'pairs') = (to_jsonb(new_row) - 'search' - 'pairs')
$$;
