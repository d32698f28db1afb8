-- Issue 22: a card suspended by a lost-badge report names the report, so that the member is
-- told why at their next tap and staff can restore it (a card staff replaced is also revoked
-- as 'lost', but stays revoked). Suspensions made before this are found in the audit log.
ALTER TABLE badges ADD COLUMN suspended_by INTEGER REFERENCES incidents(id);
UPDATE badges SET suspended_by = (
    SELECT json_extract(a.details, '$.incident') FROM audit_log a
    WHERE a.action = 'badge-suspend' AND json_extract(a.details, '$.badge') = badges.id
    ORDER BY a.seq DESC LIMIT 1)
WHERE revoked_at IS NOT NULL AND revoked_reason = 'lost';
