-- The one balance rule. What a client still owes on an invoice is its total less what was paid and
-- credited; the column is computed by PostgreSQL so no query anywhere writes the rule again.
ALTER TABLE invoices
    ADD COLUMN balance_due NUMERIC(19, 2) GENERATED ALWAYS AS (total - amount_paid - amount_credited) STORED;

-- Jobs that chase money select the invoices that are still open in bulk, by due date.
CREATE INDEX invoices_open_by_due_idx ON invoices (due_date, workspace_id)
    WHERE state = 'SENT' AND balance_due > 0;

-- invoicing's published read model: every invoice that was issued (drafts and voided drafts are private to invoicing),
-- with what it is worth and what is still due. Other modules read this view, never the tables.
CREATE VIEW invoice_register AS
SELECT id, workspace_id, client_id, number, state, issue_date, due_date, currency, po_number,
       subtotal, discount, tax, total, amount_paid, amount_credited, balance_due, disputed,
       viewed_at, sent_at, voided_at, void_reason, written_off_at, write_off_reason
FROM invoices
WHERE number IS NOT NULL;
