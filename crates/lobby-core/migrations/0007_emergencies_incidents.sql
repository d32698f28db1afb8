-- Emergency mode and security-concern reports.

-- Emergency mode: at most one row without `ended_at`, and the kiosk shows it until staff (or
-- the command line) end it. A row per emergency, so the history and durations stay.
CREATE TABLE emergencies (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('fire', 'shelter', 'medical', 'custom')),
    message     TEXT,                  -- the custom message, as typed
    started_at  TEXT NOT NULL,
    started_by  TEXT NOT NULL,         -- audit actor: `staff:<id>` or `cli`
    ended_at    TEXT,
    ended_by    TEXT
) STRICT;
CREATE UNIQUE INDEX emergencies_one_active ON emergencies((1)) WHERE ended_at IS NULL;

-- Security concerns reported at the kiosk by anyone.
CREATE TABLE incidents (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('lost-badge', 'suspicious-person', 'phishing',
                                                   'network-breach', 'data-exposure', 'other')),
    description      TEXT NOT NULL,
    contact          TEXT,
    personal_data    INTEGER NOT NULL,      -- personal data may be involved: the 72-hour clock runs
    member_id        TEXT REFERENCES members(id),  -- a member identified by name and e-mail
    badges_suspended INTEGER NOT NULL DEFAULT 0,
    reported_at      TEXT NOT NULL,
    acknowledged_at  TEXT,
    acknowledged_by  INTEGER REFERENCES staff(id),
    closed_at        TEXT,
    closed_by        INTEGER REFERENCES staff(id),
    note             TEXT,
    anonymised_at    TEXT
) STRICT;
CREATE INDEX incidents_open ON incidents(closed_at, reported_at);
