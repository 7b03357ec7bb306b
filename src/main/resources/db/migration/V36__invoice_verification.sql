-- invoicing: the code printed on every invoice sent from now on, which anyone can enter at /verify to see the
-- invoice as issued. Ten Crockford base32 symbols, stored without dashes. Invoices sent before have none.
ALTER TABLE invoices ADD COLUMN verification_code TEXT CHECK (verification_code ~ '^[0-9A-HJKMNP-TV-Z]{10}$');
CREATE UNIQUE INDEX invoices_verification_code_key ON invoices (verification_code);

-- invoicing: codes that found nothing, counted per IP address for every instance at once (one bucket4j token
-- bucket per row, as sign_in_throttle), so nobody can walk the codes. The id is a SHA-256 of the address.
CREATE TABLE invoice_verification_throttle (
    id         TEXT PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX invoice_verification_throttle_expires_at ON invoice_verification_throttle (expires_at);

-- workspace: every change of the payment instructions, before and after, who made it and when; the verify
-- page shows when they last changed. Instructions changed before this table existed have no row.
CREATE TABLE payment_instruction_changes (
    id              UUID PRIMARY KEY,
    workspace_id    UUID NOT NULL REFERENCES workspaces (id),
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by      UUID REFERENCES members (id),
    changed_by_name TEXT NOT NULL,
    before_ach      TEXT,
    before_wire     TEXT,
    before_check    TEXT,
    before_card_url TEXT,
    after_ach       TEXT,
    after_wire      TEXT,
    after_check     TEXT,
    after_card_url  TEXT
);
CREATE INDEX payment_instruction_changes_latest ON payment_instruction_changes (workspace_id, changed_at DESC);

-- delivery: the email that tells clients with open invoices that the payment instructions changed.
ALTER TABLE emails DROP CONSTRAINT emails_kind_check;
ALTER TABLE emails ADD CONSTRAINT emails_kind_check
    CHECK (kind IN ('INVOICE', 'CREDIT_NOTE', 'STATEMENT', 'REMINDER', 'RECEIPT', 'QUOTE', 'DIGEST',
                    'PAYMENT_INSTRUCTIONS'));
