-- Visits (guests, tours, day passes, contractors, interviews) and evacuation roll calls.

CREATE TABLE visits (
    id                  INTEGER PRIMARY KEY,
    kind                TEXT NOT NULL,
    name                TEXT NOT NULL,           -- '' once anonymised
    company             TEXT,
    email               TEXT,
    phone               TEXT,
    purpose             TEXT,                    -- a tour's "interest"
    host_member_id      TEXT REFERENCES members(id),
    guide_staff_id      INTEGER REFERENCES staff(id),
    language            TEXT NOT NULL,
    checkout_code       TEXT NOT NULL,
    checked_in_at       TEXT NOT NULL,           -- RFC 3339, UTC
    checked_out_at      TEXT,
    checked_out_by      TEXT,                    -- 'self', 'staff:<id>', 'closing'
    privacy_accepted_at TEXT NOT NULL,
    off_limits_shown_at TEXT,
    lead_consent        INTEGER NOT NULL DEFAULT 0 CHECK (lead_consent IN (0, 1)),
    anonymised_at       TEXT,
    kiosk_id            TEXT NOT NULL
) STRICT;

-- A check-out code identifies one open visit; closed visits may reuse it.
CREATE UNIQUE INDEX visits_open_code ON visits(checkout_code) WHERE checked_out_at IS NULL;
CREATE INDEX visits_open ON visits(checked_out_at) WHERE checked_out_at IS NULL;
CREATE INDEX visits_checked_in_at ON visits(checked_in_at);

CREATE TABLE roll_calls (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    started_by  INTEGER NOT NULL REFERENCES staff(id),
    finished_at TEXT,
    finished_by INTEGER REFERENCES staff(id)
) STRICT;

-- Who was on site when the roll call started, and what became of each.
CREATE TABLE roll_call_entries (
    id           INTEGER PRIMARY KEY,
    roll_call_id INTEGER NOT NULL REFERENCES roll_calls(id),
    visit_id     INTEGER REFERENCES visits(id),
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'unaccounted' CHECK (status IN ('unaccounted', 'safe', 'missing')),
    marked_at    TEXT,
    marked_by    INTEGER REFERENCES staff(id)
) STRICT;
CREATE INDEX roll_call_entries_call ON roll_call_entries(roll_call_id);
