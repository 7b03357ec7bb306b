-- Follow-up tasks for the provider's people, each about one sent invoice: upload it to the client's AP portal,
-- make sure a new client or a large invoice reached AP, give AP what it asked for before it approves. The
-- listeners that open them may hear an event twice, so an invoice has one task per kind and cause.
CREATE TABLE follow_ups (
    id              UUID PRIMARY KEY,
    workspace_id    UUID NOT NULL REFERENCES workspaces (id),
    invoice_id      UUID NOT NULL,
    invoice_number  TEXT NOT NULL,
    client_id       UUID NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('UPLOAD_TO_CLIENT_PORTAL', 'CONFIRM_RECEIPT', 'APPROVAL_INFO')),
    cause           TEXT NOT NULL,
    title           TEXT NOT NULL,
    detail          TEXT,
    link            TEXT,
    due_on          DATE NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('OPEN', 'DONE')),
    reference       TEXT,
    note            TEXT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    done_at         TIMESTAMP WITH TIME ZONE,
    done_by         TEXT,
    UNIQUE (invoice_id, kind, cause)
);

-- The home page's list: the workspace's open follow-ups that are due, soonest first.
CREATE INDEX follow_ups_open_by_due_idx ON follow_ups (workspace_id, due_on, created_at) WHERE status = 'OPEN';
CREATE INDEX follow_ups_by_invoice_idx ON follow_ups (workspace_id, invoice_id);

-- From what total an invoice gets a confirm-receipt follow-up even for a client invoiced before ($5,000 without a row).
CREATE TABLE follow_up_policies (
    workspace_id              UUID PRIMARY KEY REFERENCES workspaces (id),
    confirm_receipt_threshold NUMERIC(19, 2) NOT NULL CHECK (confirm_receipt_threshold >= 0)
);
