-- The hub's store: every tablet's audit entries as sent, the chain heads the hub verified,
-- what it flagged, what it could not read, and the visits' facts across sites.

CREATE TABLE sites (
    site       TEXT PRIMARY KEY,
    -- The JetStream domain of the site's nats-server (the hub's own for a single server).
    js_domain  TEXT NOT NULL,
    added_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE kiosks (
    site          TEXT NOT NULL REFERENCES sites (site),
    tablet        TEXT NOT NULL,
    nats_user     TEXT NOT NULL,
    -- bcrypt, as nats-server reads it; the password itself is only in the credentials file.
    password_hash TEXT NOT NULL,
    added_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at    TIMESTAMPTZ,
    PRIMARY KEY (site, tablet)
);

-- One audit entry of one tablet, as the tablet stored it.
CREATE TABLE events (
    site         TEXT NOT NULL,
    tablet       TEXT NOT NULL,
    epoch        BIGINT NOT NULL,
    seq          BIGINT NOT NULL,
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL,
    action       TEXT NOT NULL,
    subject      TEXT,
    details      TEXT NOT NULL,
    prev_hash    BYTEA NOT NULL,
    hash         BYTEA NOT NULL,
    keyed        BOOLEAN NOT NULL,
    row_check    TEXT NOT NULL,
    received_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- The order the hub stored entries in (a batch shares its received_at).
    ingested     BIGSERIAL NOT NULL,
    PRIMARY KEY (site, tablet, epoch, seq)
);
-- A restore links to seq E-1 of whichever epoch holds it.
CREATE INDEX events_by_seq ON events (site, tablet, seq);

-- The newest entry of each tablet's epoch the hub accepted.
CREATE TABLE chains (
    site       TEXT NOT NULL,
    tablet     TEXT NOT NULL,
    epoch      BIGINT NOT NULL,
    head_seq   BIGINT NOT NULL,
    head_hash  BYTEA NOT NULL,
    -- Once a chain is keyed, an unkeyed row after it was written without the key.
    head_keyed BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (site, tablet, epoch)
);

-- What the hub found wrong: gap, unlinked, altered, fork, or a problem the tablet reported.
CREATE TABLE flags (
    id         BIGSERIAL PRIMARY KEY,
    site       TEXT NOT NULL,
    tablet     TEXT NOT NULL,
    epoch      BIGINT NOT NULL,
    seq        BIGINT NOT NULL,
    problem    TEXT NOT NULL,
    detail     TEXT NOT NULL DEFAULT '',
    flagged_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (site, tablet, epoch, seq, problem)
);

-- Messages the hub could not read; kept as received, so nothing is lost.
CREATE TABLE rejected (
    id          BIGSERIAL PRIMARY KEY,
    subject     TEXT NOT NULL,
    reason      TEXT NOT NULL,
    body        BYTEA NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- A visit's facts as the tablet last sent them. A visit is its tablet's id plus its check-in
-- time: ids a restored tablet hands out again belong to other visits.
CREATE TABLE visits (
    site           TEXT NOT NULL,
    tablet         TEXT NOT NULL,
    visit_id       BIGINT NOT NULL,
    checked_in_at  TIMESTAMPTZ NOT NULL,
    epoch          BIGINT NOT NULL,
    kind           TEXT NOT NULL,
    name           TEXT NOT NULL,
    company        TEXT,
    host_id        TEXT,
    host_name      TEXT,
    checked_out_at TIMESTAMPTZ,
    checked_out_by TEXT,
    anonymised     BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (site, tablet, visit_id, checked_in_at)
);
CREATE INDEX visits_by_time ON visits (checked_in_at);
