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

-- Backfill: invoices and credit notes sent before this migration. The email log already holds the
-- PDF each one went out with (the first attachment of its first email, not of a manual resend), so
-- those PDFs are kept as sent, and credit-note emails, filed as INVOICE until now, get their kind.
UPDATE emails e SET kind = 'CREDIT_NOTE'
WHERE e.kind = 'INVOICE'
  AND EXISTS (SELECT 1 FROM email_attachments a
              WHERE a.email_id = e.id AND a.position = 0 AND a.filename LIKE 'Credit-note-%');

INSERT INTO sent_documents (kind, document_id, workspace_id, pdf, sent_at)
SELECT DISTINCT ON (e.invoice_id) 'INVOICE', e.invoice_id, e.workspace_id, a.content, e.queued_at
FROM emails e
JOIN email_attachments a ON a.email_id = e.id AND a.position = 0 AND a.content_type = 'application/pdf'
WHERE e.kind = 'INVOICE' AND e.resend_of IS NULL AND e.invoice_id IS NOT NULL
ORDER BY e.invoice_id, e.queued_at, e.queue_order
ON CONFLICT DO NOTHING;

INSERT INTO sent_documents (kind, document_id, workspace_id, pdf, sent_at)
SELECT DISTINCT ON (n.id) 'CREDIT_NOTE', n.id, n.workspace_id, a.content, e.queued_at
FROM credit_notes n
JOIN emails e ON e.workspace_id = n.workspace_id AND e.invoice_id = n.invoice_id
    AND e.kind = 'CREDIT_NOTE' AND e.resend_of IS NULL
JOIN email_attachments a ON a.email_id = e.id AND a.position = 0
    AND a.filename = 'Credit-note-' || regexp_replace(n.number, '[^A-Za-z0-9._-]', '-', 'g') || '.pdf'
ORDER BY n.id, e.queued_at, e.queue_order
ON CONFLICT DO NOTHING;
