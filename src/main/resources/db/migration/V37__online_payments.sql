-- Paying online: a checkout the client started at the payment provider, with the invoices and amounts it pays.
-- The provider's webhook names only the checkout; what it pays is read from here, never from the webhook.
CREATE TABLE online_checkouts (
    id                   UUID PRIMARY KEY,
    workspace_id         UUID NOT NULL REFERENCES workspaces (id),
    client_id            UUID NOT NULL REFERENCES clients (id),
    provider             TEXT NOT NULL,
    provider_checkout_id TEXT NOT NULL,
    amount               NUMERIC(19, 2) NOT NULL CHECK (amount > 0),
    status               TEXT NOT NULL CHECK (status IN ('OPEN', 'PROCESSING', 'PAID', 'FAILED', 'EXPIRED')),
    payment_id           UUID REFERENCES payments (id),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (provider, provider_checkout_id),
    CHECK ((status = 'PAID') = (payment_id IS NOT NULL))
);
CREATE INDEX online_checkouts_client_idx ON online_checkouts (workspace_id, client_id, created_at DESC);

CREATE TABLE online_checkout_invoices (
    checkout_id UUID NOT NULL REFERENCES online_checkouts (id),
    position    INT NOT NULL,
    invoice_id  UUID NOT NULL REFERENCES invoices (id),
    amount      NUMERIC(19, 2) NOT NULL CHECK (amount > 0),
    PRIMARY KEY (checkout_id, invoice_id)
);

-- Every provider event handled once: a second delivery of the same event id finds its row and changes nothing.
CREATE TABLE provider_events (
    provider    TEXT NOT NULL,
    event_id    TEXT NOT NULL,
    type        TEXT NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (provider, event_id)
);
