-- Pause-work policy (F-5.5): a client goes on hold when an invoice is this many days past due.
CREATE TABLE hold_policies (
    workspace_id     UUID PRIMARY KEY REFERENCES workspaces (id),
    enabled          BOOLEAN NOT NULL,
    hold_after_days  INT NOT NULL CHECK (hold_after_days BETWEEN 1 AND 365)
);

-- Every time a client goes on hold or comes off it, and why.
CREATE TABLE client_hold_events (
    id           UUID PRIMARY KEY,
    seq          BIGINT GENERATED ALWAYS AS IDENTITY,
    workspace_id UUID NOT NULL REFERENCES workspaces (id),
    client_id    UUID NOT NULL REFERENCES clients (id),
    on_hold      BOOLEAN NOT NULL,
    reason       TEXT NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX client_hold_events_client_idx ON client_hold_events (workspace_id, client_id, seq);
