-- Who changed what and when, per workspace. The member's name is kept as it was, and member_id has no
-- foreign key, so entries by someone later removed still read.
CREATE TABLE audit_log (
    id            UUID PRIMARY KEY,
    position      BIGINT GENERATED ALWAYS AS IDENTITY,
    workspace_id  UUID NOT NULL REFERENCES workspaces (id),
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    member_id     UUID,
    member_name   TEXT NOT NULL,
    subject       TEXT NOT NULL,
    subject_id    TEXT NOT NULL,
    subject_label TEXT NOT NULL,
    action        TEXT NOT NULL,
    summary       TEXT NOT NULL
);
-- The page reads newest first, filtered by who or by what kind of thing; position orders entries of one instant.
CREATE INDEX audit_log_workspace_idx ON audit_log (workspace_id, occurred_at DESC, position DESC);
CREATE INDEX audit_log_member_idx ON audit_log (workspace_id, member_id, occurred_at DESC);
CREATE INDEX audit_log_subject_idx ON audit_log (workspace_id, subject, occurred_at DESC);
