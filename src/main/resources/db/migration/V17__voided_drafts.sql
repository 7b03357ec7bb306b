-- A draft voided before it was ever sent (discarded, with its reason on record) has no number; every
-- invoice that was sent keeps the number it went out with.
ALTER TABLE invoices DROP CONSTRAINT invoices_check;
ALTER TABLE invoices ADD CONSTRAINT invoices_numbered_once_sent
    CHECK (number IS NOT NULL OR state = 'DRAFT' OR (state = 'VOID' AND sent_at IS NULL));
