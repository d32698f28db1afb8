-- Issue 16: the site's roll call, exported from the hub as from any tablet.

-- A roll call of a site, by its fleet id `<tablet>:<n>` (the tablet that started it and its
-- local id). A mark or an end that arrives before the start (each tablet's stream is ordered,
-- the site's tablets are not ordered between them) makes the row with what it knows; the start
-- completes it.
CREATE TABLE roll_calls (
    site              TEXT NOT NULL,
    id                TEXT NOT NULL,
    started_at        TIMESTAMPTZ NOT NULL,
    -- The tablet whose start the hub received; before that, the tablet the id names.
    started_by_tablet TEXT NOT NULL,
    finished_at       TIMESTAMPTZ,
    PRIMARY KEY (site, id)
);

-- Everyone in a roll call (`visit:<tablet>/<id>` or `member:<id>`) and the mark that wins, as on
-- every tablet: the latest by (marked_at, marked_at_tablet). Names are kept as the tablets keep
-- them in roll_call_entries: an evacuation record is not anonymised with the visits.
CREATE TABLE roll_call_people (
    site             TEXT NOT NULL,
    roll_call        TEXT NOT NULL,
    person           TEXT NOT NULL,
    -- Empty until the start arrives, for a person first known from a mark.
    name             TEXT NOT NULL,
    kind             TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'unaccounted',
    marked_at        TIMESTAMPTZ,
    marked_at_tablet TEXT,
    PRIMARY KEY (site, roll_call, person),
    FOREIGN KEY (site, roll_call) REFERENCES roll_calls (site, id)
);
