-- Schema 4: what each portal was actually sent, per incident.
-- A static portal is rebuilt as a whole on every publish; the incidents not being
-- published must go out exactly as they were last published, never from their
-- current (perhaps half-edited) state. `document` is the incident's public view in
-- the exchange format (no internal notes, RCA only if approved), as sent.
CREATE TABLE portal_published_incidents (
    portal_id INTEGER NOT NULL REFERENCES portals(id) ON DELETE CASCADE,
    incident_uuid CHAR(36) NOT NULL,
    published_at_ms BIGINT NOT NULL,
    document TEXT NOT NULL,
    PRIMARY KEY (portal_id, incident_uuid)
);
