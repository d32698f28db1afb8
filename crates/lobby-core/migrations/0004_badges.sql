-- NFC badges of members, and the days members checked in by tapping one.

CREATE TABLE badges (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL,            -- upper-case hex, in the reader's byte order
    card_type      TEXT NOT NULL,
    member_id      TEXT NOT NULL REFERENCES members(id),
    access_groups  TEXT NOT NULL,            -- JSON array of group ids from lobby.toml
    valid_from     TEXT NOT NULL,            -- YYYY-MM-DD, site time, inclusive
    valid_to       TEXT,                     -- YYYY-MM-DD inclusive; NULL: no end
    enrolled_at    TEXT NOT NULL,
    enrolled_by    INTEGER NOT NULL REFERENCES staff(id),
    revoked_at     TEXT,
    revoked_by     INTEGER REFERENCES staff(id),
    revoked_reason TEXT CHECK (revoked_reason IN ('revoked', 'lost', 'reassigned'))
) STRICT;
-- A card belongs to one member at a time.
CREATE UNIQUE INDEX badges_active_uid ON badges(uid) WHERE revoked_at IS NULL;
CREATE INDEX badges_uid ON badges(uid);
CREATE INDEX badges_member ON badges(member_id);

-- A member's first tap of the day checks them in for that day (site time).
CREATE TABLE attendance (
    id           INTEGER PRIMARY KEY,
    member_id    TEXT NOT NULL REFERENCES members(id),
    day          TEXT NOT NULL,
    first_tap_at TEXT NOT NULL,
    badge_id     INTEGER REFERENCES badges(id),
    UNIQUE (member_id, day)
) STRICT;

-- A staff member's badge: with the PIN, it can stand in for the authenticator code.
CREATE TABLE staff_badges (
    id          INTEGER PRIMARY KEY,
    staff_id    INTEGER NOT NULL REFERENCES staff(id),
    uid         TEXT NOT NULL,
    enrolled_at TEXT NOT NULL,
    revoked_at  TEXT
) STRICT;
CREATE UNIQUE INDEX staff_badges_active_uid ON staff_badges(uid) WHERE revoked_at IS NULL;
