-- The provider's business as it appears on invoices (F-1.1) and its billing defaults (F-1.3).
ALTER TABLE workspaces
    ADD COLUMN legal_name              TEXT,
    ADD COLUMN ein                     TEXT,
    ADD COLUMN email                   TEXT,
    ADD COLUMN phone                   TEXT,
    ADD COLUMN address_line1           TEXT,
    ADD COLUMN address_line2           TEXT,
    ADD COLUMN address_city            TEXT,
    ADD COLUMN address_state           TEXT,
    ADD COLUMN address_postal_code     TEXT,
    ADD COLUMN address_country         TEXT NOT NULL DEFAULT 'US',
    ADD COLUMN default_terms_basis     TEXT NOT NULL DEFAULT 'NET' CHECK (default_terms_basis IN ('NET', 'END_OF_MONTH')),
    ADD COLUMN default_terms_days      INT NOT NULL DEFAULT 30 CHECK (default_terms_days BETWEEN 0 AND 365),
    ADD COLUMN invoice_number_pattern  TEXT NOT NULL DEFAULT 'INV-{yyyy}-{seq:4}',
    ADD COLUMN roll_due_dates          BOOLEAN NOT NULL DEFAULT TRUE,
    ADD COLUMN sales_tax_rate_percent  NUMERIC(7, 4) NOT NULL DEFAULT 0 CHECK (sales_tax_rate_percent BETWEEN 0 AND 100),
    ADD COLUMN payment_ach             TEXT,
    ADD COLUMN payment_wire            TEXT,
    ADD COLUMN payment_check           TEXT,
    ADD COLUMN payment_card_url        TEXT,
    ADD COLUMN time_zone               TEXT NOT NULL DEFAULT 'America/New_York';

CREATE TABLE workspace_logos (
    workspace_id UUID PRIMARY KEY REFERENCES workspaces (id),
    content_type TEXT NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg')),
    bytes        BYTEA NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
