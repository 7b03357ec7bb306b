-- payments publishes these read models: money received, credit notes issued and movements of client
-- credit, each from payments' own tables. Other modules (reporting's journal and exports) read these
-- views, never payments, payment_allocations, credit_notes or client_credit_entries.

-- Every payment with what was allocated to invoices and what was left over as client credit; the
-- split is computed here once, so no reader writes the rule again.
CREATE VIEW payment_register AS
SELECT p.id, p.workspace_id, p.client_id, p.amount, p.fee, a.allocated, p.amount - a.allocated AS unapplied,
       p.received_on, p.method, p.reference, p.reversed_at, p.reversal_reason, p.created_at
FROM payments p
CROSS JOIN LATERAL (SELECT coalesce(sum(pa.amount), 0) AS allocated
                    FROM payment_allocations pa WHERE pa.payment_id = p.id) a;

-- Credit notes as issued; invoice_number is the number of the invoice they correct.
CREATE VIEW credit_note_register AS
SELECT id, workspace_id, client_id, invoice_id, invoice_number, number, currency, amount, reason, issued_on
FROM credit_notes;

-- The client credit ledger: amount is signed (what the entry adds to the client's credit), kind says
-- why (RECEIVED, APPLIED, REFUNDED, REVERSED), invoice_id is set when credit was applied to an invoice.
CREATE VIEW client_credit_register AS
SELECT id, workspace_id, client_id, kind, amount, invoice_id, reason, at AS recorded_at
FROM client_credit_entries;
