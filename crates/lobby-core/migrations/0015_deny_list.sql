-- Issue 23: the deny list, people the kiosk holds for staff approval, and its safe list.
-- Migrations are forward-only: never edit a migration that has shipped, add a new one.

-- An entry as an operator or staff wrote it. Removing an entry deletes its row and its keys:
-- nothing personal is left behind (the audit log names it by id only).
CREATE TABLE deny_entries (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    aliases   TEXT NOT NULL DEFAULT '[]',  -- JSON array of other names, as typed
    email     TEXT,
    phone     TEXT,
    reason    TEXT NOT NULL DEFAULT '',
    added_at  TEXT NOT NULL,
    added_by  TEXT NOT NULL                -- the audit actor: cli, staff:N
) STRICT;

-- What a check-in is compared with: one row per key of an entry, `name:<match_key>` for its
-- name and each alias, `email:<match_key>`, `phone:<phone_key>` (privacy/mod.rs). A check-in
-- looks its keys up here by the primary key, never scanning the entries.
CREATE TABLE deny_keys (
    key       TEXT NOT NULL,
    entry_id  INTEGER NOT NULL REFERENCES deny_entries(id) ON DELETE CASCADE,
    PRIMARY KEY (key, entry_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX deny_keys_entry ON deny_keys(entry_id);

-- Addresses of people who share a name with an entry: with one of these, a match by name
-- alone does not hold the check-in (a match by e-mail or phone still does).
CREATE TABLE deny_safe (
    email_key TEXT PRIMARY KEY,            -- privacy::match_key of the address
    email     TEXT NOT NULL,               -- as typed
    added_at  TEXT NOT NULL,
    added_by  TEXT NOT NULL
) STRICT;
