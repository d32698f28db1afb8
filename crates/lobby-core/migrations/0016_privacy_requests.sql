-- Issue 23: people's requests about their data (access, erasure) and the legal holds that keep
-- records an erasure would otherwise remove (GDPR Art. 17(3)).
-- Migrations are forward-only: never edit a migration that has shipped, add a new one.

-- A request, answered within one calendar month of `received_on`. `named` is how the person
-- was named: the match key of their address or name (`privacy::match_key`), or a visit id.
-- Once that person is erased, every request naming them by address or name keeps only
-- `sha256:` and the hex SHA-256 of the key: a repeat request can still be linked to it, but
-- the row no longer says who it was.
CREATE TABLE privacy_requests (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('access', 'erasure')),
    named_by    TEXT NOT NULL CHECK (named_by IN ('email', 'name', 'visit')),
    named       TEXT NOT NULL,
    received_on TEXT NOT NULL,                -- YYYY-MM-DD, site time
    answered_at TEXT,                         -- RFC 3339; NULL while open
    answered_by TEXT,                         -- the audit actor: cli, staff:N
    reason      TEXT                          -- an erasure's grounds, in the operator's words
) STRICT;
CREATE INDEX privacy_requests_open ON privacy_requests(received_on) WHERE answered_at IS NULL;

-- Records of one person that an erasure keeps while the hold is on: the person is named like
-- in a request (`who_by`, `who`). On until `until` (inclusive) unless released.
CREATE TABLE legal_holds (
    id          INTEGER PRIMARY KEY,
    who_by      TEXT NOT NULL CHECK (who_by IN ('email', 'name', 'visit')),
    who         TEXT NOT NULL,
    reason      TEXT NOT NULL,
    until       TEXT NOT NULL,                -- YYYY-MM-DD, site time, inclusive
    set_at      TEXT NOT NULL,
    set_by      TEXT NOT NULL,
    released_at TEXT,
    released_by TEXT
) STRICT;
