-- Schema 6: lint errors someone looked at and accepted before approving the RCA
-- (`approve --accept CODE`, or the approve dialog). An acceptance holds for the
-- finding's subject as it was (for a window: its instance, start and end), so an
-- edit of that window opens the finding again. revision_id is the approval's RCA
-- revision, which is how the acceptance shows in the RCA history.
CREATE TABLE lint_acceptances (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    revision_id INTEGER REFERENCES rca_revisions(id) ON DELETE SET NULL,
    code VARCHAR(64) NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT '',
    accepted_by TEXT NOT NULL,
    at_ms BIGINT NOT NULL
);
CREATE INDEX lint_acceptances_incident ON lint_acceptances(incident_id);
