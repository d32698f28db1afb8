-- Guest Wi-Fi: the passes Lobby issued, the shared passphrases of tiers that rotate one, and
-- how far each backend (FreeRADIUS, hostapd) has been brought in line with this database.

CREATE TABLE wifi_passes (
    id          TEXT PRIMARY KEY,          -- "<tier>-<6 symbols>": RADIUS user name, hostapd keyid
    tier        TEXT NOT NULL,
    visit_id    INTEGER REFERENCES visits(id),
    label       TEXT,                      -- a pass staff issued by hand: who it is for
    password    TEXT NOT NULL,             -- emptied when the pass ends
    issued_at   TEXT NOT NULL,
    issued_by   TEXT NOT NULL,             -- audit actor: kiosk, staff:<id>, cli
    expires_at  TEXT NOT NULL,
    ended_at    TEXT,
    ended_how   TEXT CHECK (ended_how IN ('revoked', 'expired', 'checkout', 'closing'))
) STRICT;
CREATE INDEX wifi_passes_active ON wifi_passes(expires_at) WHERE ended_at IS NULL;
CREATE INDEX wifi_passes_visit ON wifi_passes(visit_id);

CREATE TABLE wifi_shared (
    tier        TEXT PRIMARY KEY,
    password    TEXT NOT NULL,
    rotated_at  TEXT NOT NULL,
    due_at      TEXT NOT NULL               -- the next rotation: schedule or closing time
) STRICT;

CREATE TABLE wifi_backends (
    backend       TEXT PRIMARY KEY,         -- hostapd | freeradius
    revision      INTEGER NOT NULL,         -- the wifi revision last applied
    attempted_at  TEXT NOT NULL,
    ok_at         TEXT,
    error         TEXT                      -- NULL when the last attempt worked
) STRICT;
