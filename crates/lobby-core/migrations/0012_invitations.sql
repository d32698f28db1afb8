-- Issue 17: invitations. A host, staff or an operator registers a guest ahead; the guest
-- checks in at the kiosk with the code (or its QR code). Good from valid_from to valid_until
-- (the site's dates, inclusive), once.
CREATE TABLE invitations (
    id             INTEGER PRIMARY KEY,
    code           TEXT NOT NULL UNIQUE,     -- 8 symbols without look-alikes (invitations.rs)
    host_member_id TEXT NOT NULL,
    name           TEXT NOT NULL,
    email          TEXT,
    company        TEXT,
    kind           TEXT NOT NULL,
    language       TEXT NOT NULL,            -- the invitation e-mail's
    valid_from     TEXT NOT NULL,            -- YYYY-MM-DD
    valid_until    TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,            -- the audit actor: cli, staff:N
    cancelled_at   TEXT,
    used_at        TEXT,
    visit_id       INTEGER REFERENCES visits(id),
    anonymised_at  TEXT
) STRICT;
CREATE INDEX invitations_days ON invitations (valid_from, valid_until);
