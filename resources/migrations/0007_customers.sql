-- Schema 7: the registered customers that hear about what they use by e-mail
-- (docs/spec/notifications.md), and what each of them was sent. IF NOT EXISTS: a
-- workspace told it is older than it is (tests do so) runs this again harmlessly.
-- uuid: the customer's identity when the workspace is synced with the team workspace
-- (docs/spec/team.md); email_key (the address in lower case) makes "the same address"
-- mean the same customer whatever the capitals in a later import.
CREATE TABLE IF NOT EXISTS customers (
    id INTEGER PRIMARY KEY,
    uuid CHAR(36) NOT NULL UNIQUE,
    email TEXT NOT NULL,
    email_key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    language VARCHAR(16) NOT NULL,
    unsubscribed SMALLINT NOT NULL DEFAULT 0,
    created_at_ms BIGINT NOT NULL,
    updated_at_ms BIGINT NOT NULL
);
-- A subscription names a data center (by code), an instance (by name) or everything
-- ('*'), as the customer records do, so it reads the same in both workspaces.
CREATE TABLE IF NOT EXISTS customer_subscriptions (
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind VARCHAR(16) NOT NULL,
    target TEXT NOT NULL,
    PRIMARY KEY (customer_id, kind, target)
);
CREATE INDEX IF NOT EXISTS customer_subscriptions_target ON customer_subscriptions(kind, target);
-- What a mail portal (kind "email") needs beside the portals row: the sender, where
-- replies and unsubscribe requests go, the public portal the mails link to, and the
-- most mails a second the relay is to be given (0: as fast as it takes them).
CREATE TABLE IF NOT EXISTS mail_portal_settings (
    portal_id INTEGER PRIMARY KEY REFERENCES portals(id) ON DELETE CASCADE,
    from_address TEXT NOT NULL,
    reply_to TEXT NOT NULL DEFAULT '',
    portal_url TEXT NOT NULL DEFAULT '',
    rate_per_second REAL NOT NULL DEFAULT 0
);
-- One mail: one status update (or the RCA) of one incident to one customer through one
-- mail portal. Written, with the rendered message, in the transaction that queues the
-- publication; marked sent in the transaction that records the relay's 250. The UNIQUE
-- key is what makes "the same update twice to the same customer" impossible, whatever
-- retries or republishing happen.
CREATE TABLE IF NOT EXISTS mail_deliveries (
    id INTEGER PRIMARY KEY,
    job_id INTEGER NULL REFERENCES outbox_jobs(id) ON DELETE SET NULL,
    portal_id INTEGER NOT NULL REFERENCES portals(id) ON DELETE CASCADE,
    incident_uuid CHAR(36) NOT NULL,
    update_key VARCHAR(64) NOT NULL,
    customer_uuid CHAR(36) NOT NULL,
    recipient TEXT NOT NULL,
    language VARCHAR(16) NOT NULL,
    message_id TEXT NOT NULL,
    message BLOB NOT NULL,
    state VARCHAR(16) NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_ms BIGINT NOT NULL,
    last_error TEXT NOT NULL DEFAULT '',
    created_at_ms BIGINT NOT NULL,
    sent_at_ms BIGINT NULL,
    UNIQUE (portal_id, incident_uuid, update_key, customer_uuid)
);
CREATE INDEX IF NOT EXISTS mail_deliveries_due ON mail_deliveries(state, next_attempt_ms);
CREATE INDEX IF NOT EXISTS mail_deliveries_job ON mail_deliveries(job_id);
