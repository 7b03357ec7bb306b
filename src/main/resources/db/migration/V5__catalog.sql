-- The service-item library (F-1.5) and invoice templates (F-1.6).
CREATE TABLE items (
    id           UUID PRIMARY KEY,
    workspace_id UUID NOT NULL REFERENCES workspaces (id),
    name         TEXT NOT NULL,
    -- What the client reads on the invoice line.
    description  TEXT NOT NULL,
    unit         TEXT NOT NULL CHECK (unit IN ('HOUR', 'DAY', 'MONTH', 'EACH', 'FIXED')),
    unit_price   NUMERIC(19, 4) NOT NULL CHECK (unit_price >= 0),
    taxable      BOOLEAN NOT NULL,
    -- The revenue category reports group by; none is fine.
    category     TEXT,
    archived_at  TIMESTAMP WITH TIME ZONE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT NOT NULL
);
CREATE INDEX items_workspace_name_idx ON items (workspace_id, lower(name));

CREATE TABLE item_client_rates (
    item_id      UUID NOT NULL REFERENCES items (id),
    client_id    UUID NOT NULL REFERENCES clients (id),
    workspace_id UUID NOT NULL REFERENCES workspaces (id),
    unit_price   NUMERIC(19, 4) NOT NULL CHECK (unit_price >= 0),
    PRIMARY KEY (item_id, client_id)
);
CREATE INDEX item_client_rates_client_idx ON item_client_rates (client_id);

CREATE TABLE invoice_templates (
    id                 UUID PRIMARY KEY,
    workspace_id       UUID NOT NULL REFERENCES workspaces (id),
    name               TEXT NOT NULL,
    billing_model      TEXT NOT NULL
                       CHECK (billing_model IN ('RETAINER', 'MILESTONE', 'HOURLY', 'FIXED_FEE', 'RECURRING')),
    notes              TEXT NOT NULL,
    -- None: the client's terms, or else the workspace's default.
    payment_terms_days INT CHECK (payment_terms_days BETWEEN 0 AND 365),
    -- Supporting documents to attach: TIMESHEET_SUMMARY, EXPENSE_RECEIPTS, MILESTONE_ACCEPTANCE.
    attachments        TEXT[] NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT NOT NULL
);
CREATE INDEX invoice_templates_workspace_idx ON invoice_templates (workspace_id);

CREATE TABLE invoice_template_lines (
    template_id  UUID NOT NULL REFERENCES invoice_templates (id),
    position     INT NOT NULL,
    workspace_id UUID NOT NULL REFERENCES workspaces (id),
    item_id      UUID REFERENCES items (id),
    description  TEXT NOT NULL,
    quantity     NUMERIC(19, 4) NOT NULL CHECK (quantity >= 0),
    unit         TEXT NOT NULL CHECK (unit IN ('HOUR', 'DAY', 'MONTH', 'EACH', 'FIXED')),
    unit_price   NUMERIC(19, 4) NOT NULL CHECK (unit_price >= 0),
    taxable      BOOLEAN NOT NULL,
    PRIMARY KEY (template_id, position)
);
