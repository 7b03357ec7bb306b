-- A client can have reminders off, or steps of its own instead of the workspace's (F-5.1).
CREATE TABLE client_reminder_settings (
    client_id     UUID PRIMARY KEY REFERENCES clients (id),
    workspace_id  UUID NOT NULL REFERENCES workspaces (id),
    reminders_off BOOLEAN NOT NULL,
    own_steps     BOOLEAN NOT NULL
);

CREATE TABLE client_reminder_steps (
    client_id      UUID NOT NULL REFERENCES clients (id),
    workspace_id   UUID NOT NULL REFERENCES workspaces (id),
    position       INT NOT NULL CHECK (position >= 0),
    step_key       TEXT NOT NULL,
    anchor         TEXT NOT NULL CHECK (anchor IN ('SENT', 'DUE')),
    offset_days    INT NOT NULL CHECK (offset_days BETWEEN -60 AND 120),
    min_terms_days INT,
    subject        TEXT NOT NULL,
    body           TEXT NOT NULL,
    PRIMARY KEY (client_id, position),
    UNIQUE (client_id, step_key)
);
