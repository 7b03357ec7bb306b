-- Invoices (F-3): drafts change freely; a sent invoice is frozen, and its money changes only
-- through payments, credits, voids and write-offs recorded in rows of their own.
CREATE TABLE invoices (
    id                    UUID PRIMARY KEY,
    workspace_id          UUID NOT NULL REFERENCES workspaces (id),
    client_id             UUID NOT NULL REFERENCES clients (id),
    number                TEXT,
    state                 TEXT NOT NULL CHECK (state IN ('DRAFT', 'SENT', 'VOID', 'WRITTEN_OFF')),
    issue_date            DATE,
    due_date              DATE,
    terms_basis           TEXT CHECK (terms_basis IN ('NET', 'END_OF_MONTH')),
    terms_days            INT CHECK (terms_days BETWEEN 0 AND 365),
    due_date_fixed        BOOLEAN NOT NULL DEFAULT FALSE,
    service_period_start  DATE,
    service_period_end    DATE,
    po_number             TEXT,
    project_code          TEXT,
    reference             TEXT,
    notes                 TEXT,
    currency              CHAR(3) NOT NULL DEFAULT 'USD',
    tax_rate_percent      NUMERIC(7, 4) NOT NULL DEFAULT 0,
    tax_exempt            BOOLEAN NOT NULL DEFAULT FALSE,
    subtotal              NUMERIC(19, 2) NOT NULL,
    discount              NUMERIC(19, 2) NOT NULL DEFAULT 0,
    tax                   NUMERIC(19, 2) NOT NULL,
    total                 NUMERIC(19, 2) NOT NULL,
    amount_paid           NUMERIC(19, 2) NOT NULL DEFAULT 0,
    amount_credited       NUMERIC(19, 2) NOT NULL DEFAULT 0,
    viewed_at             TIMESTAMP WITH TIME ZONE,
    disputed              BOOLEAN NOT NULL DEFAULT FALSE,
    sent_at               TIMESTAMP WITH TIME ZONE,
    voided_at             TIMESTAMP WITH TIME ZONE,
    void_reason           TEXT,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT NOT NULL,
    CHECK (state = 'DRAFT' OR number IS NOT NULL),
    CHECK (service_period_end IS NULL OR service_period_start IS NULL OR service_period_end >= service_period_start),
    UNIQUE (workspace_id, number)
);
CREATE INDEX invoices_workspace_state_idx ON invoices (workspace_id, state, due_date);
CREATE INDEX invoices_workspace_client_idx ON invoices (workspace_id, client_id);
CREATE INDEX invoices_workspace_issue_idx ON invoices (workspace_id, issue_date DESC, created_at DESC);

CREATE TABLE invoice_lines (
    invoice_id   UUID NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    position     INT NOT NULL,
    item_id      UUID,
    description  TEXT NOT NULL,
    quantity     NUMERIC(19, 4) NOT NULL,
    unit         TEXT,
    unit_price   NUMERIC(19, 4) NOT NULL,
    taxable      BOOLEAN NOT NULL,
    amount       NUMERIC(19, 2) NOT NULL,
    PRIMARY KEY (invoice_id, position)
);

-- One counter row per workspace (and year, when the number pattern shows the year), bumped in the
-- finalizing transaction: a rolled-back send gives its number back, so numbers stay gapless.
CREATE TABLE invoice_counters (
    workspace_id UUID NOT NULL REFERENCES workspaces (id),
    period       INT NOT NULL,
    next_number  BIGINT NOT NULL,
    PRIMARY KEY (workspace_id, period)
);

-- The timeline and audit log (F-5.3, F-8.4): who did what to an invoice, and when.
CREATE TABLE invoice_activity (
    id           UUID PRIMARY KEY,
    seq          BIGINT GENERATED ALWAYS AS IDENTITY,
    workspace_id UUID NOT NULL REFERENCES workspaces (id),
    invoice_id   UUID NOT NULL REFERENCES invoices (id),
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    type         TEXT NOT NULL,
    detail       TEXT NOT NULL,
    actor_id     UUID,
    actor_name   TEXT
);
CREATE INDEX invoice_activity_invoice_idx ON invoice_activity (invoice_id, seq);

CREATE TABLE invoice_attachments (
    id           UUID PRIMARY KEY,
    workspace_id UUID NOT NULL REFERENCES workspaces (id),
    invoice_id   UUID NOT NULL REFERENCES invoices (id),
    filename     TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size         INT NOT NULL,
    bytes        BYTEA NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX invoice_attachments_invoice_idx ON invoice_attachments (invoice_id);
