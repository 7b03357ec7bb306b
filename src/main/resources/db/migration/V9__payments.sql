-- Money received (F-6.1): a payment is allocated to invoices; what is left is client credit, kept
-- as a ledger of signed entries so every change to it is a row with a reason.
CREATE TABLE payments (
    id              UUID PRIMARY KEY,
    workspace_id    UUID NOT NULL REFERENCES workspaces (id),
    client_id       UUID NOT NULL REFERENCES clients (id),
    amount          NUMERIC(19, 2) NOT NULL CHECK (amount > 0),
    received_on     DATE NOT NULL,
    method          TEXT NOT NULL CHECK (method IN ('ACH', 'WIRE', 'CHECK', 'CARD')),
    reference       TEXT,
    fee             NUMERIC(19, 2) NOT NULL DEFAULT 0 CHECK (fee >= 0),
    reversed_at     TIMESTAMP WITH TIME ZONE,
    reversal_reason TEXT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      TEXT
);
CREATE INDEX payments_workspace_client_idx ON payments (workspace_id, client_id, received_on DESC);

CREATE TABLE payment_allocations (
    payment_id UUID NOT NULL REFERENCES payments (id),
    invoice_id UUID NOT NULL REFERENCES invoices (id),
    amount     NUMERIC(19, 2) NOT NULL CHECK (amount > 0),
    PRIMARY KEY (payment_id, invoice_id)
);
CREATE INDEX payment_allocations_invoice_idx ON payment_allocations (invoice_id);

CREATE TABLE client_credit_entries (
    id           UUID PRIMARY KEY,
    seq          BIGINT GENERATED ALWAYS AS IDENTITY,
    workspace_id UUID NOT NULL REFERENCES workspaces (id),
    client_id    UUID NOT NULL REFERENCES clients (id),
    kind         TEXT NOT NULL CHECK (kind IN ('RECEIVED', 'APPLIED', 'REFUNDED', 'REVERSED')),
    amount       NUMERIC(19, 2) NOT NULL CHECK (amount <> 0),
    payment_id   UUID REFERENCES payments (id),
    invoice_id   UUID REFERENCES invoices (id),
    reason       TEXT,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   TEXT
);
CREATE INDEX client_credit_entries_client_idx ON client_credit_entries (workspace_id, client_id, seq);
