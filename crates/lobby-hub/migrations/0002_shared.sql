-- Issue 16: what the hub owns and sends down to the sites (members and their badges, policy
-- versions, each site's lobby.toml, emergencies), and the messages waiting to be sent.

-- A tablet's number in its site (0 to 9): the last digit of its check-out codes. NULL for a
-- tablet added before numbers existed, until it is added again.
ALTER TABLE kiosks ADD COLUMN number SMALLINT;

-- A site's members as the hub holds them: the hub is their only writer.
CREATE TABLE shared_members (
    site       TEXT NOT NULL REFERENCES sites (site),
    member_id  TEXT NOT NULL,
    name       TEXT NOT NULL,
    email      TEXT,
    team       TEXT,
    active     BOOLEAN NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (site, member_id)
);

-- Members' badges. A revoked badge stays (its uid may be given to someone else later); at
-- most one badge not revoked per uid and site.
CREATE TABLE shared_badges (
    id             BIGSERIAL PRIMARY KEY,
    site           TEXT NOT NULL,
    member_id      TEXT NOT NULL,
    -- Upper-case hex.
    uid            TEXT NOT NULL,
    card_type      TEXT NOT NULL,
    groups         TEXT[] NOT NULL DEFAULT '{}',
    valid_from     TEXT NOT NULL,
    valid_to       TEXT,
    -- Where it came from: `import`, or the tablet that enrolled it.
    source         TEXT NOT NULL,
    added_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at     TIMESTAMPTZ,
    revoked_reason TEXT,
    FOREIGN KEY (site, member_id) REFERENCES shared_members (site, member_id)
);
CREATE UNIQUE INDEX shared_badges_held ON shared_badges (site, uid) WHERE revoked_at IS NULL;

-- Policy versions as published, every language's text.
CREATE TABLE site_policies (
    id           BIGSERIAL PRIMARY KEY,
    site         TEXT NOT NULL REFERENCES sites (site),
    policy       TEXT NOT NULL,
    -- [[lang, markdown], ...]
    texts        JSONB NOT NULL,
    published_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Each lobby.toml pushed to a site, validated as a tablet validates it.
CREATE TABLE site_configs (
    id        BIGSERIAL PRIMARY KEY,
    site      TEXT NOT NULL REFERENCES sites (site),
    sha256    TEXT NOT NULL,
    toml      TEXT NOT NULL,
    pushed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Emergencies of each site, started at the hub (`hub:<n>`) or at a tablet
-- (`<tablet>:<local id>`, from its audit entries).
CREATE SEQUENCE hub_emergency_ids;
CREATE TABLE site_emergencies (
    site       TEXT NOT NULL,
    id         TEXT NOT NULL,
    kind       TEXT NOT NULL,
    message    TEXT,
    started_at TIMESTAMPTZ NOT NULL,
    ended_at   TIMESTAMPTZ,
    -- `hub`, or the tablet whose all clear ended it.
    ended_by   TEXT,
    PRIMARY KEY (site, id)
);

-- Shared changes written with their records in one transaction and not yet acknowledged by
-- JetStream; deleted once they are.
CREATE TABLE down_outbox (
    id         BIGSERIAL PRIMARY KEY,
    site       TEXT NOT NULL,
    subject    TEXT NOT NULL,
    body       BYTEA NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
