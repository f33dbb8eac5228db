-- Schema 3: publishing targets and the durable outbox.
-- Secrets are not here: they live in the system keychain, keyed by portal name.
CREATE TABLE portals (
    id INTEGER PRIMARY KEY,
    name VARCHAR(64) NOT NULL UNIQUE,
    kind VARCHAR(16) NOT NULL,
    url TEXT NOT NULL,
    user_name TEXT NOT NULL DEFAULT '',
    page_id TEXT NOT NULL DEFAULT '',
    ca_file TEXT NOT NULL DEFAULT '',
    component_map TEXT NOT NULL DEFAULT '{}',
    language VARCHAR(16) NOT NULL DEFAULT 'en',
    title TEXT NOT NULL DEFAULT '',
    transfer_timeout_ms INTEGER NOT NULL DEFAULT 30000,
    created_at_ms BIGINT NOT NULL
);
-- One row per publication request. A job is written before any byte is sent and
-- changes state in the same transaction that records what the portal now holds.
CREATE TABLE outbox_jobs (
    id INTEGER PRIMARY KEY,
    incident_uuid CHAR(36) NOT NULL,
    portal_id INTEGER NOT NULL REFERENCES portals(id) ON DELETE CASCADE,
    state VARCHAR(16) NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    notify_subscribers SMALLINT NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_ms BIGINT NOT NULL,
    last_error TEXT NOT NULL DEFAULT '',
    remote_id TEXT NOT NULL DEFAULT '',
    content_hashes TEXT NOT NULL DEFAULT '{}',
    idempotency_key CHAR(36) NOT NULL UNIQUE,
    created_at_ms BIGINT NOT NULL,
    completed_at_ms BIGINT NULL
);
CREATE INDEX outbox_jobs_due ON outbox_jobs(state, next_attempt_ms);
CREATE INDEX outbox_jobs_incident ON outbox_jobs(incident_uuid, portal_id);
-- What a portal already holds for an incident: its remote id (Statuspage), how many
-- status updates went out and the hashes of what was sent, so a retry never repeats.
CREATE TABLE portal_remote_records (
    portal_id INTEGER NOT NULL REFERENCES portals(id) ON DELETE CASCADE,
    incident_uuid CHAR(36) NOT NULL,
    remote_id TEXT NOT NULL DEFAULT '',
    updates_sent INTEGER NOT NULL DEFAULT 0,
    content_hash TEXT NOT NULL DEFAULT '',
    postmortem_hash TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (portal_id, incident_uuid)
);
