-- The PDF of each invoice and credit note exactly as it went out, written once in the sending
-- transaction and served from then on, whatever later changes to settings, client or template.
-- Owned by the shared module so invoicing and payments each keep their own documents here
-- without naming each other's tables.
CREATE TABLE sent_documents (
    kind         TEXT NOT NULL CHECK (kind IN ('INVOICE', 'CREDIT_NOTE')),
    document_id  UUID NOT NULL,
    workspace_id UUID NOT NULL REFERENCES workspaces (id),
    pdf          BYTEA NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kind, document_id)
);

-- Credit notes and statements are labelled as what they are in the email log.
ALTER TABLE emails DROP CONSTRAINT emails_kind_check;
ALTER TABLE emails ADD CONSTRAINT emails_kind_check
    CHECK (kind IN ('INVOICE', 'CREDIT_NOTE', 'STATEMENT', 'REMINDER', 'RECEIPT', 'QUOTE', 'DIGEST'));

-- The number the client's AP system knows us by; their AP puts it on every payment.
ALTER TABLE clients ADD COLUMN vendor_number TEXT;

-- Whether invoices say "W-9 available on request", or carry the W-9 with the invoice email.
ALTER TABLE workspaces
    ADD COLUMN w9_offer TEXT NOT NULL DEFAULT 'NONE' CHECK (w9_offer IN ('NONE', 'ON_REQUEST', 'ATTACHED'));

CREATE TABLE workspace_w9_forms (
    workspace_id UUID PRIMARY KEY REFERENCES workspaces (id),
    pdf          BYTEA NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
