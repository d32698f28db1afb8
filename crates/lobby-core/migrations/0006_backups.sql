-- Backups of this database, restore tests and restores, for staff, `lobby doctor` and the
-- security-plan report.

CREATE TABLE backups (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    kind    TEXT NOT NULL CHECK (kind IN ('backup', 'restore-test', 'restore')),
    file    TEXT,                 -- the backup's file name (no folder)
    bytes   INTEGER,
    sha256  TEXT,
    copies  INTEGER NOT NULL DEFAULT 0,  -- copies in the second folder
    error   TEXT                  -- NULL when it worked
) STRICT;
CREATE INDEX backups_kind_at ON backups(kind, at);
