-- Issue 22: wrong sign-ins are counted per staff member. The kiosk-wide row let anyone at the
-- screen lock every staff member out with five wrong PINs; it goes.
DROP TABLE signin_throttle;
CREATE TABLE staff_signin_throttle (
    staff_id     INTEGER PRIMARY KEY REFERENCES staff(id),
    failures     INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT
) STRICT;
