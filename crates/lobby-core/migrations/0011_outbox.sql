-- Issue 17: hosts are told when their guest arrives. A member chooses how (`notify`: a comma
-- list of email, slack, teams, webhook; empty = the site's default channels; `none` = never)
-- and in which language. Messages wait in the outbox, written in the check-in's own
-- transaction, until the sender delivers them. Invitations to guests (0012) go the same way.
ALTER TABLE members ADD COLUMN notify TEXT NOT NULL DEFAULT '';
ALTER TABLE members ADD COLUMN language TEXT;

CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY,
    -- Sent with every try (an Idempotency-Key header, the e-mail's Message-ID): a receiver
    -- that saw it already can drop the repeat after a sender died mid-delivery. 128 random
    -- bits: unique without an index, which every check-in would pay for.
    key         TEXT NOT NULL,
    channel     TEXT NOT NULL CHECK (channel IN ('email', 'slack', 'teams', 'webhook')),
    topic       TEXT NOT NULL CHECK (topic IN ('arrival', 'test', 'invitation')),
    visit_id    INTEGER REFERENCES visits(id),
    -- An invitation e-mail to a guest (migration 0012).
    invitation_id INTEGER,
    member_id   TEXT,
    -- The e-mail address for 'email'; the webhooks' addresses come from lobby.toml.
    recipient   TEXT,
    language    TEXT NOT NULL,
    -- The facts the message is written from (JSON), rendered in `language` when sent.
    facts       TEXT NOT NULL,
    -- waiting: due at next_at; sending: claimed by a sender until next_at (a sender killed
    -- mid-delivery leaves it to be tried again then); sent; failed: no more tries.
    state       TEXT NOT NULL DEFAULT 'waiting'
                CHECK (state IN ('waiting', 'sending', 'sent', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    next_at     TEXT NOT NULL,
    last_error  TEXT,
    -- What the server said last (SMTP reply or HTTP status), for staff and `lobby doctor`.
    answer      TEXT,
    created_at  TEXT NOT NULL,
    sent_at     TEXT
) STRICT;
-- The one index: the sender's look for due rows. (Each index is written in the check-in's
-- transaction; see BENCHMARKS.md.)
CREATE INDEX outbox_due ON outbox (state, next_at);
