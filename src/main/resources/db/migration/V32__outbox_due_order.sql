-- The deliver-emails job claims queued emails a batch at a time, those waiting longest first
-- (next_attempt_at, then queue_order for those due at the same instant). This index holds exactly
-- that order for exactly the queued rows, so a claim reads its batch off the front of the index
-- instead of sorting every due email; it replaces the one on next_attempt_at alone.
CREATE INDEX emails_due_order_idx ON emails (next_attempt_at, queue_order) WHERE status = 'QUEUED';
DROP INDEX emails_due_idx;
