-- Issue 18: a visitor badge printed at check-in. The check-in's own transaction queues the
-- badge; the kiosk's printer task sends it over IPP right after the commit, so the welcome
-- screen never waits for the printer. A badge that could not be printed in its first minutes
-- is not printed later (the visitor was sent to the desk): staff reprint it.
CREATE TABLE badge_prints (
    id            INTEGER PRIMARY KEY,
    visit_id      INTEGER NOT NULL REFERENCES visits(id),
    -- 'kiosk' at check-in, 'staff:ID' for a reprint, 'operator' for `lobby print test`.
    requested_by  TEXT NOT NULL,
    copies        INTEGER NOT NULL,
    -- waiting: for the printer task; sending: claimed until claimed_until (a task killed
    -- mid-send leaves it to be tried again then); sent: the printer accepted the job;
    -- failed: it did not, and `problem` says why.
    state         TEXT NOT NULL DEFAULT 'waiting'
                  CHECK (state IN ('waiting', 'sending', 'sent', 'failed')),
    created_at    TEXT NOT NULL,
    claimed_until TEXT,
    done_at       TEXT,
    -- What the printer answered: its job id and job state, the format and media sent.
    job_id        INTEGER,
    job_state     TEXT,
    format        TEXT,
    media         TEXT,
    problem       TEXT
) STRICT;
-- The printer task's look for work; few rows are ever waiting.
CREATE INDEX badge_prints_open ON badge_prints (state) WHERE state IN ('waiting', 'sending');
