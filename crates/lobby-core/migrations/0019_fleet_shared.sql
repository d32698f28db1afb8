-- Issue 16: the fleet, down and across. A tablet of a fleet reads its site's streams (other
-- tablets' changes, and the hub's shared records) and applies each message here, exactly once.
-- Nothing here is used on a tablet without a `[fleet]` section.

-- The tablet's number in its site (from its credentials): the last digit of its check-out codes.
ALTER TABLE fleet_link ADD COLUMN number INTEGER CHECK (number BETWEEN 0 AND 9);

-- Every message applied from a stream: its stream and sequence (so it is applied once, in the
-- stream's order: the next one read is after the highest here), where it came from and what it
-- did. Written in the transaction that applies it.
CREATE TABLE fleet_inbox (
    stream     TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    origin     TEXT NOT NULL,          -- a tablet of the site, or `hub`
    kind       TEXT NOT NULL,          -- what it was: `visit`, `emergency`, `member`, ...
    outcome    TEXT NOT NULL,          -- `applied`, `own` (this tablet's), `ignored`, `superseded`, `rejected`
    applied_at TEXT NOT NULL,
    PRIMARY KEY (stream, seq)
) STRICT;

-- The visits the site's other tablets checked in, as they last reported them: the site-wide
-- on-site list, the roll call, and check-out with a code from another tablet.
CREATE TABLE fleet_visits (
    tablet          TEXT NOT NULL,
    visit_id        INTEGER NOT NULL,
    kind            TEXT NOT NULL,
    name            TEXT NOT NULL,
    company         TEXT,
    host_name       TEXT,
    checked_in_at   TEXT NOT NULL,
    checked_out_at  TEXT,
    -- Where it was checked out, when another tablet did it before the owner said so.
    checked_out_at_tablet TEXT,
    checkout_code   TEXT,
    PRIMARY KEY (tablet, visit_id)
) STRICT;
CREATE INDEX fleet_visits_open ON fleet_visits(checkout_code) WHERE checked_out_at IS NULL;

-- The site's other tablets, as last heard of through the site's stream.
CREATE TABLE fleet_tablets (
    tablet        TEXT PRIMARY KEY,
    last_entry_at TEXT NOT NULL,
    last_seq      INTEGER NOT NULL
) STRICT;

-- An emergency's id across the fleet: `<tablet>:<local id>`, or `hub:<n>`.
ALTER TABLE emergencies ADD COLUMN fleet_id TEXT;
CREATE UNIQUE INDEX emergencies_fleet_id ON emergencies(fleet_id) WHERE fleet_id IS NOT NULL;

-- Problems the hub flagged for staff (e.g. one card given to two members).
CREATE TABLE fleet_flags (
    id         INTEGER PRIMARY KEY,
    problem    TEXT NOT NULL,
    detail     TEXT NOT NULL,
    flagged_at TEXT NOT NULL,
    resolved_at TEXT
) STRICT;

-- The site's configuration as the hub last pushed it (validated there), and what became of it
-- here: written into this tablet's lobby.toml (kept [kiosk] id and [fleet]) for its next start,
-- or why not.
CREATE TABLE fleet_config (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    sha256      TEXT NOT NULL,
    toml        TEXT NOT NULL,
    pushed_at   TEXT NOT NULL,
    received_at TEXT NOT NULL,
    written_at  TEXT,
    write_error TEXT
) STRICT;

-- A roll call started at any tablet of the site is marked at every tablet: its id across the
-- fleet (`<tablet>:<local id>`), the tablet it was started at when not this one, each person's
-- key across the site (`visit:<tablet>/<id>` or `member:<id>`), and where a mark was made when
-- another tablet made it (the latest mark per person wins).
ALTER TABLE roll_calls ADD COLUMN fleet_id TEXT;
ALTER TABLE roll_calls ADD COLUMN tablet TEXT;
CREATE UNIQUE INDEX roll_calls_fleet_id ON roll_calls(fleet_id) WHERE fleet_id IS NOT NULL;
ALTER TABLE roll_call_entries ADD COLUMN person TEXT;
ALTER TABLE roll_call_entries ADD COLUMN marked_at_tablet TEXT;
