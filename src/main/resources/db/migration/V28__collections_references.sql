-- Collections' rows name the invoice they are about; the database now checks that it exists. Invoices
-- are never deleted (a void or write-off keeps the row), so the keys take the default ON DELETE NO
-- ACTION, like invoice_activity's and credit_notes'.
ALTER TABLE reminder_deliveries
    ADD CONSTRAINT reminder_deliveries_invoice_fk FOREIGN KEY (invoice_id) REFERENCES invoices (id);
ALTER TABLE disputes
    ADD CONSTRAINT disputes_invoice_fk FOREIGN KEY (invoice_id) REFERENCES invoices (id);
ALTER TABLE payment_promises
    ADD CONSTRAINT payment_promises_invoice_fk FOREIGN KEY (invoice_id) REFERENCES invoices (id);
ALTER TABLE late_fees
    ADD CONSTRAINT late_fees_invoice_fk FOREIGN KEY (invoice_id) REFERENCES invoices (id),
    ADD CONSTRAINT late_fees_fee_invoice_fk FOREIGN KEY (late_fee_invoice_id) REFERENCES invoices (id);
ALTER TABLE payment_plans
    ADD CONSTRAINT payment_plans_invoice_fk FOREIGN KEY (invoice_id) REFERENCES invoices (id);

-- A dispute's history and an invoice's plans are read by invoice, resolved or replaced ones included.
CREATE INDEX disputes_invoice_idx ON disputes (invoice_id);
CREATE INDEX payment_plans_invoice_idx ON payment_plans (invoice_id);

-- The reminder pass picks in one query the invoices with a step due now; a step can be limited to
-- invoices with long terms, so the register shows each invoice's terms in days too (columns are only
-- ever added to the view, at its end).
CREATE OR REPLACE VIEW invoice_register AS
SELECT id, workspace_id, client_id, number, state, issue_date, due_date, currency, po_number,
       subtotal, discount, tax, total, amount_paid, amount_credited, balance_due, disputed,
       viewed_at, sent_at, voided_at, void_reason, written_off_at, write_off_reason, terms_days
FROM invoices
WHERE number IS NOT NULL;
