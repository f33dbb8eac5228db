-- Schema 8: a portal may ask for its secret at each publish instead of keeping it
-- in the system keychain (for desks without a Secret Service). No secret is stored
-- here either way.
ALTER TABLE portals ADD COLUMN ask_secret SMALLINT NOT NULL DEFAULT 0;
