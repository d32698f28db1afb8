-- Issue 15: the fleet. A tablet with a `[fleet]` section sends every change it makes (every
-- audit entry, with the visit it is about) to the site's NATS JetStream, and from there to the
-- hub's PostgreSQL. Nothing here is used on a tablet without the section.

-- One row: whether this database belongs to a fleet, as who, and how sending goes. `active` is
-- set from lobby.toml when the kiosk or `lobby fleet join` starts and cleared by `leave`.
CREATE TABLE fleet_link (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    active        INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
    site          TEXT,
    tablet        TEXT,
    server        TEXT,
    joined_at     TEXT,
    connected     INTEGER NOT NULL DEFAULT 0 CHECK (connected IN (0, 1)),
    -- When `connected` last changed.
    connected_at  TEXT,
    last_ack_at   TEXT,
    last_sent_seq INTEGER,
    -- Why the last try failed: a code (`fleet-error-<code>` in Fluent) and the detail in
    -- English for logs. Cleared by the next ack.
    error_code    TEXT,
    error_detail  TEXT
) STRICT;
INSERT INTO fleet_link (id) VALUES (1);

-- The changes waiting to be sent: one row per audit entry, written by the trigger below in the
-- same transaction as the entry itself, and deleted when JetStream has acknowledged it.
CREATE TABLE fleet_outbox (
    seq        INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL
) STRICT;

CREATE TRIGGER fleet_outbox_entry AFTER INSERT ON audit_log
WHEN (SELECT active FROM fleet_link WHERE id = 1) = 1
BEGIN
    INSERT OR IGNORE INTO fleet_outbox (seq, created_at) VALUES (NEW.seq, NEW.at);
END;
