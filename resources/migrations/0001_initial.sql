-- Outage Desk workspace, schema 1.
-- Portable SQL only (SQLite and PostgreSQL): the SQLite-only full-text index is
-- created by Fts5SearchIndex, not here. Instants are UTC milliseconds since the epoch.
CREATE TABLE data_centers (
    id INTEGER PRIMARY KEY,
    code VARCHAR(32) NOT NULL UNIQUE,
    name TEXT NOT NULL,
    time_zone TEXT NOT NULL
);
CREATE TABLE instances (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    product TEXT NOT NULL DEFAULT '',
    data_center_id INTEGER NOT NULL REFERENCES data_centers(id) ON DELETE RESTRICT
);
CREATE INDEX instances_data_center ON instances(data_center_id);
CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    uuid CHAR(36) NOT NULL UNIQUE,
    title TEXT NOT NULL,
    severity VARCHAR(16) NOT NULL,
    status VARCHAR(16) NOT NULL,
    cause TEXT NOT NULL DEFAULT '',
    detected_by TEXT NOT NULL DEFAULT '',
    data_impact SMALLINT NULL,
    security_breach SMALLINT NULL,
    internal_notes TEXT NOT NULL DEFAULT '',
    has_rca SMALLINT NOT NULL DEFAULT 0,
    rca_text TEXT NOT NULL DEFAULT '',
    rca_state VARCHAR(16) NOT NULL DEFAULT 'draft',
    rca_approved_by TEXT NOT NULL DEFAULT '',
    rca_approved_at_ms BIGINT NULL,
    first_start_ms BIGINT NULL,
    last_end_ms BIGINT NULL,
    ongoing SMALLINT NOT NULL DEFAULT 0,
    -- first_start_ms, or created_at_ms while there is no window: the list's default
    -- order, kept in a column of its own so that the index serves "newest first".
    sort_start_ms BIGINT NOT NULL,
    created_at_ms BIGINT NOT NULL,
    updated_at_ms BIGINT NOT NULL
);
CREATE INDEX incidents_sort_start ON incidents(sort_start_ms, id);
CREATE TABLE outage_windows (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    instance_id INTEGER NOT NULL REFERENCES instances(id) ON DELETE RESTRICT,
    start_ms BIGINT NOT NULL,
    end_ms BIGINT NULL,
    impact VARCHAR(16) NOT NULL
);
CREATE INDEX outage_windows_incident ON outage_windows(incident_id);
CREATE INDEX outage_windows_instance_start ON outage_windows(instance_id, start_ms);
CREATE INDEX outage_windows_start ON outage_windows(start_ms);
CREATE TABLE status_updates (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    at_ms BIGINT NOT NULL,
    status VARCHAR(16) NOT NULL,
    message TEXT NOT NULL
);
CREATE INDEX status_updates_incident ON status_updates(incident_id);
CREATE TABLE action_items (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    due CHAR(10) NULL,
    done SMALLINT NOT NULL DEFAULT 0
);
CREATE INDEX action_items_incident ON action_items(incident_id);
CREATE TABLE publications (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    at_ms BIGINT NOT NULL,
    note TEXT NOT NULL,
    portal TEXT NOT NULL DEFAULT ''
);
CREATE INDEX publications_incident ON publications(incident_id);
