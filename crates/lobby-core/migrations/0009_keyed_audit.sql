-- Issue 22: the audit chain is keyed with the site key (kept outside the database). A row's
-- `keyed` says how its hash was made: 0, SHA-256 of the row before's hash and this row (rows
-- written before the site had a key); 1, HMAC-SHA256 under the site's audit key. Once a row is
-- keyed, every later row must be.
ALTER TABLE audit_log ADD COLUMN keyed INTEGER NOT NULL DEFAULT 0 CHECK (keyed IN (0, 1));
