-- Schema version 10: the time of day and offset an article was published at, when its source gives them.
--
-- published_date stays the calendar date where the story was published ("2026-03-04" for a story published at
-- 23:30 in New York); published_time holds that time with the source's own offset ("23:30-05:00"), NULL when the
-- source gave only a date. Nothing is converted to UTC, which would move late-evening stories to the next day.

ALTER TABLE article ADD COLUMN published_time TEXT;
