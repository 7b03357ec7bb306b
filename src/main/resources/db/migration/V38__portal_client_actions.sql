-- What clients do in the portal. Their word that an invoice is received and in their approval queue, once per
-- invoice (a second confirmation finds the row and changes nothing).
CREATE TABLE invoice_receipt_confirmations (
    invoice_id   UUID PRIMARY KEY REFERENCES invoices (id),
    workspace_id UUID NOT NULL REFERENCES workspaces (id),
    confirmed_by TEXT NOT NULL,
    confirmed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The home page's "From your clients": the latest client actions of a workspace, read newest first.
CREATE INDEX invoice_activity_from_clients_idx ON invoice_activity (workspace_id, seq DESC)
    WHERE type IN ('receipt_confirmed', 'approval_info_requested', 'client_disputed', 'client_promised');

-- The emails that tell the provider what a client did in the portal.
ALTER TABLE emails DROP CONSTRAINT emails_kind_check;
ALTER TABLE emails ADD CONSTRAINT emails_kind_check
    CHECK (kind IN ('INVOICE', 'CREDIT_NOTE', 'STATEMENT', 'REMINDER', 'RECEIPT', 'QUOTE', 'DIGEST',
                    'PAYMENT_INSTRUCTIONS', 'CLIENT_NOTICE'));
