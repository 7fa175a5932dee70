-- Team schema version 6: the time of day and offset an article was published at, when its source gives them.
--
-- published_date stays the calendar date where the story was published; published_time holds the time with the
-- source's own offset as ISO text ("23:30-05:00"), NULL when the source gave only a date. It is text rather than
-- timetz so that the offset the source wrote is kept exactly as written and both stores read it alike.

ALTER TABLE margin.article ADD COLUMN published_time text;
