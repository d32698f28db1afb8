-- Policies people accept by signing: the Code of Conduct, house rules, Wi-Fi acceptable use.
-- A published text is never edited: a change is a new version. Acceptances name the exact
-- text (and its SHA-256) the signer saw.

CREATE TABLE policy_versions (
    id           INTEGER PRIMARY KEY,
    policy       TEXT NOT NULL,
    version      INTEGER NOT NULL CHECK (version >= 1),
    published_at TEXT NOT NULL,
    UNIQUE (policy, version)
) STRICT;

-- One language of one version: the Markdown exactly as published, and the SHA-256 of its bytes.
CREATE TABLE policy_texts (
    id           INTEGER PRIMARY KEY,
    version_id   INTEGER NOT NULL REFERENCES policy_versions(id),
    lang         TEXT NOT NULL,
    title        TEXT NOT NULL,
    body         TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    published_at TEXT NOT NULL,
    UNIQUE (version_id, lang)
) STRICT;

-- Exactly one of visit_id (a visitor) and member_id (a member) is set. policy, version, lang and
-- text_hash are what the signer was shown; `lobby policy verify` checks them against the text.
CREATE TABLE acceptances (
    id               INTEGER PRIMARY KEY,
    text_id          INTEGER NOT NULL REFERENCES policy_texts(id),
    policy           TEXT NOT NULL,
    version          INTEGER NOT NULL,
    lang             TEXT NOT NULL,
    text_hash        TEXT NOT NULL,
    visit_id         INTEGER REFERENCES visits(id),
    member_id        TEXT REFERENCES members(id),
    signer_name      TEXT NOT NULL,            -- '' once the visit is anonymised
    accepted_at      TEXT NOT NULL,
    kiosk_id         TEXT NOT NULL,
    signature_png    BLOB,                     -- NULL once the visit is anonymised
    signature_sha256 TEXT NOT NULL,
    strokes          TEXT,                     -- JSON; NULL once the visit is anonymised
    CHECK ((visit_id IS NULL) <> (member_id IS NULL))
) STRICT;
CREATE INDEX acceptances_member ON acceptances(member_id, policy, version) WHERE member_id IS NOT NULL;
CREATE INDEX acceptances_visit ON acceptances(visit_id) WHERE visit_id IS NOT NULL;
