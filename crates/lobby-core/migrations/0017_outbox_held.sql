-- Issue 23: staff are told, through the members' own channels, that a check-in waits for them
-- on the kiosk (a deny-list match). A fourth topic, 'held': SQLite cannot change a CHECK, so the
-- outbox is copied into a table that allows it. The message names no one (see notify/mod.rs).

CREATE TABLE outbox_new (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL,
    channel     TEXT NOT NULL CHECK (channel IN ('email', 'slack', 'teams', 'webhook')),
    topic       TEXT NOT NULL CHECK (topic IN ('arrival', 'test', 'invitation', 'held')),
    visit_id    INTEGER REFERENCES visits(id),
    invitation_id INTEGER,
    member_id   TEXT,
    recipient   TEXT,
    language    TEXT NOT NULL,
    facts       TEXT NOT NULL,
    state       TEXT NOT NULL DEFAULT 'waiting'
                CHECK (state IN ('waiting', 'sending', 'sent', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    next_at     TEXT NOT NULL,
    last_error  TEXT,
    answer      TEXT,
    created_at  TEXT NOT NULL,
    sent_at     TEXT
) STRICT;
INSERT INTO outbox_new (id, key, channel, topic, visit_id, invitation_id, member_id, recipient,
    language, facts, state, attempts, next_at, last_error, answer, created_at, sent_at)
  SELECT id, key, channel, topic, visit_id, invitation_id, member_id, recipient,
    language, facts, state, attempts, next_at, last_error, answer, created_at, sent_at
  FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (state, next_at);
