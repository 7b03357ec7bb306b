-- Collections (F-5): reminder sequences, their exactly-once deliveries, disputes and promises to pay.

-- A workspace's reminder steps; a workspace without rows uses the default sequence.
CREATE TABLE reminder_steps (
    workspace_id   UUID NOT NULL REFERENCES workspaces (id),
    position       INT NOT NULL CHECK (position >= 0),
    step_key       TEXT NOT NULL,
    anchor         TEXT NOT NULL CHECK (anchor IN ('SENT', 'DUE')),
    offset_days    INT NOT NULL CHECK (offset_days BETWEEN -60 AND 120),
    min_terms_days INT,
    subject        TEXT NOT NULL,
    body           TEXT NOT NULL,
    PRIMARY KEY (workspace_id, position),
    UNIQUE (workspace_id, step_key)
);

-- Each step of each invoice is decided once (F-5.2): whoever inserts the row sends the email (SENT), or
-- the step was passed over after downtime or a pause (SKIPPED). A second run inserts nothing.
CREATE TABLE reminder_deliveries (
    invoice_id   UUID NOT NULL,
    workspace_id UUID NOT NULL REFERENCES workspaces (id),
    step_key     TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('SENT', 'SKIPPED')),
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (invoice_id, step_key)
);

CREATE TABLE disputes (
    id              UUID PRIMARY KEY,
    workspace_id    UUID NOT NULL REFERENCES workspaces (id),
    invoice_id      UUID NOT NULL,
    reason          TEXT NOT NULL,
    owner           TEXT,
    resolve_by      DATE NOT NULL,
    opened_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by       TEXT,
    resolved_at     TIMESTAMP WITH TIME ZONE,
    outcome         TEXT CHECK (outcome IN ('CREDIT_NOTE', 'CORRECTED', 'REJECTED')),
    resolution_note TEXT,
    CHECK ((resolved_at IS NULL) = (outcome IS NULL))
);
-- At most one open dispute per invoice.
CREATE UNIQUE INDEX disputes_one_open_idx ON disputes (invoice_id) WHERE resolved_at IS NULL;
CREATE INDEX disputes_workspace_idx ON disputes (workspace_id, resolve_by) WHERE resolved_at IS NULL;

CREATE TABLE payment_promises (
    id            UUID PRIMARY KEY,
    workspace_id  UUID NOT NULL REFERENCES workspaces (id),
    invoice_id    UUID NOT NULL,
    promised_date DATE NOT NULL,
    note          TEXT,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by   TEXT
);
CREATE INDEX payment_promises_invoice_idx ON payment_promises (invoice_id, recorded_at DESC);
