-- Issue 16: staff accounts owned by the hub.

-- Each site's staff key: 32 random bytes, made on first use (`kiosk add`, `staff add`) and
-- written into every tablet's credentials file. The hub seals each account's authenticator
-- secret with it, so the secret never crosses NATS in the clear.
ALTER TABLE sites ADD COLUMN seal_key BYTEA CHECK (octet_length(seal_key) = 32);

-- A site's staff accounts as the hub holds them: the PIN only as its argon2 hash, the TOTP
-- secret only sealed with the site's staff key (base64, as `Down::Staff` carries it).
CREATE TABLE shared_staff (
    site        TEXT NOT NULL REFERENCES sites (site),
    name        TEXT NOT NULL,
    pin_hash    TEXT NOT NULL,
    totp_sealed TEXT NOT NULL,
    active      BOOLEAN NOT NULL DEFAULT true,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (site, name)
);
