-- Schema 2: the RCA's revision history (kept compact by the editor: at most one
-- revision per minute of typing, and always at review-state changes and publications).
CREATE TABLE rca_revisions (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    at_ms BIGINT NOT NULL,
    text TEXT NOT NULL,
    state VARCHAR(16) NOT NULL,
    reason VARCHAR(32) NOT NULL DEFAULT 'edit'
);
CREATE INDEX rca_revisions_incident ON rca_revisions(incident_id, at_ms);
