-- Schema version 5: a library copied into this one keeps who made each record (margin copy, service.LibraryCopy).
--
-- margin.touch_row (V001) writes the database user as maker and last editor of every row, whatever a client sends.
-- A copy first saves each record as usual, then, in the same transaction and with the setting margin.copying on
-- (for that transaction only), updates created_by, modified_by and version to what the source library recorded.
-- The trigger keeps those values only for an editor or admin: they may change everyone's work anyway, while an
-- annotator's copy could otherwise give their rows to someone else, or take someone else's. For anyone else, and
-- without the setting, every row is stamped exactly as before.

CREATE OR REPLACE FUNCTION margin.touch_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- re-indexing for search after an article was retitled (inside that trigger only) is no one's edit
    IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 AND current_setting('margin.reindexing', true) = 'on' THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND current_setting('margin.copying', true) = 'on' AND margin.is_editor() THEN
        IF NEW.version IS NULL OR NEW.version < 1 THEN
            RAISE EXCEPTION 'a copied record needs a version of 1 or more, not %', NEW.version USING ERRCODE = '22023';
        END IF;
        NEW.created_at := OLD.created_at;
        NEW.modified_at := now();
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        NEW.version := 1;
        NEW.created_by := current_user;
        NEW.created_at := now();
    ELSE
        NEW.version := OLD.version + 1;
        NEW.created_by := OLD.created_by;
        NEW.created_at := OLD.created_at;
    END IF;
    NEW.modified_by := current_user;
    NEW.modified_at := now();
    RETURN NEW;
END $$;
