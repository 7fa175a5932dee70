-- Schema version 4: filters of the annotations browser saved by name.
-- filter_json holds the filter as JSON (see SavedFilterJson): {"version":1,"text":...,"kinds":[...],...}.

CREATE TABLE saved_filter (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_key    TEXT NOT NULL UNIQUE,  -- name, stripped and lower-cased: one filter per name, ignoring case
    filter_json TEXT NOT NULL CHECK (json_valid(filter_json)),
    saved       TEXT NOT NULL
);
