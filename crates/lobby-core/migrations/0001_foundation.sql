-- Foundation: the site, staff, members, sign-in throttling and the hash-chained audit log.
-- Migrations are forward-only: never edit a migration that has shipped, add a new one.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE staff (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE,
    pin_hash       TEXT NOT NULL,             -- argon2id, PHC string
    totp_secret    BLOB NOT NULL,             -- RFC 6238 shared secret (20 random bytes)
    totp_last_step INTEGER NOT NULL DEFAULT 0, -- refuses a code that was already used
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at     TEXT NOT NULL
) STRICT;

CREATE TABLE members (
    id         TEXT PRIMARY KEY NOT NULL,     -- the operator's own member id
    name       TEXT NOT NULL,
    email      TEXT,
    team       TEXT,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    updated_at TEXT NOT NULL
) STRICT;

-- One row: consecutive failed staff sign-ins on this kiosk and the lock they caused.
CREATE TABLE signin_throttle (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    failures     INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT
) STRICT;
INSERT INTO signin_throttle (id, failures, locked_until) VALUES (1, 0, NULL);

-- Append-only, hash-chained: hash = SHA-256(prev_hash || canonical row). See audit/mod.rs.
-- AUTOINCREMENT makes SQLite remember the highest seq ever used (sqlite_sequence), so rows cut
-- off the end are detected.
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    subject   TEXT,
    details   TEXT NOT NULL,
    prev_hash BLOB NOT NULL,
    hash      BLOB NOT NULL
) STRICT;
