-- What is paid and credited on an invoice can never exceed its total: the database refuses
-- an over-application even if two payments race for the same invoice.
ALTER TABLE invoices
    ADD CONSTRAINT invoices_not_over_applied CHECK (amount_paid >= 0 AND amount_credited >= 0
        AND amount_paid + amount_credited <= total),
    ADD COLUMN written_off_at   TIMESTAMP WITH TIME ZONE,
    ADD COLUMN write_off_reason TEXT;
