-- A step can be switched off without losing its wording (F-5.1); a switched-off step is never sent.
ALTER TABLE reminder_steps ADD COLUMN enabled BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE client_reminder_steps ADD COLUMN enabled BOOLEAN NOT NULL DEFAULT true;

-- A workspace that saved its own sequence, even an empty one; without a row the default steps apply.
CREATE TABLE reminder_policies (
    workspace_id UUID PRIMARY KEY REFERENCES workspaces (id)
);
INSERT INTO reminder_policies (workspace_id) SELECT DISTINCT workspace_id FROM reminder_steps;
