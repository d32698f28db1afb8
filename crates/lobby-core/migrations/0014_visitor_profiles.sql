-- Returning visitors by choice, and check-ins held for staff approval (issue 23).
-- Migrations are forward-only: never edit a migration that has shipped, add a new one.

-- A visitor's details, kept only when they ticked "Remember me next time", and found again only
-- by their exact e-mail address (`privacy::match_key`). Deleted `[privacy] profile_days` after
-- the last visit, at once on "Forget me", or by `lobby privacy erase`.
CREATE TABLE visitor_profiles (
    id            INTEGER PRIMARY KEY,
    email_key     TEXT NOT NULL UNIQUE,
    email         TEXT NOT NULL,
    name          TEXT NOT NULL,
    company       TEXT,
    phone         TEXT,
    language      TEXT NOT NULL,
    kind          TEXT NOT NULL,
    -- JSON: policy id -> { "version": N, "acceptance": id } of the newest version they signed.
    signed        TEXT NOT NULL DEFAULT '{}',
    created_at    TEXT NOT NULL,
    last_visit_at TEXT NOT NULL
) STRICT;
CREATE INDEX visitor_profiles_last_visit ON visitor_profiles(last_visit_at);

-- A check-in whose visitor matched the deny list: nothing is a visit, no host is told and no
-- Wi-Fi pass exists until a staff member approves it. The form waits here; it is removed when
-- staff decide, or when nobody did within a day.
CREATE TABLE approvals (
    id          INTEGER PRIMARY KEY,
    entry_id    INTEGER NOT NULL,           -- the deny-list entry it matched
    request     TEXT,                       -- the check-in form (JSON); NULL once decided
    name        TEXT NOT NULL,              -- for the staff screen; '' once decided
    language    TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    decided_at  TEXT,
    decided_by  INTEGER REFERENCES staff(id),
    outcome     TEXT CHECK (outcome IN ('approved', 'denied', 'abandoned')),
    visit_id    INTEGER REFERENCES visits(id)
) STRICT;
CREATE INDEX approvals_open ON approvals(created_at) WHERE decided_at IS NULL;
