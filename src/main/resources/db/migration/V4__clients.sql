-- A client's billing profile is the onboarding checklist of F-1.7: who gets the invoice, who pays
-- it, what it must carry (PO), and which vendor paperwork is done.
CREATE TABLE clients (
    id                         UUID PRIMARY KEY,
    workspace_id               UUID NOT NULL REFERENCES workspaces (id),
    name                       TEXT NOT NULL,
    legal_name                 TEXT,
    billing_email              TEXT,
    cc_emails                  TEXT[] NOT NULL DEFAULT '{}',
    billing_contact_name       TEXT,
    billing_contact_email      TEXT,
    billing_contact_phone      TEXT,
    ap_contact_name            TEXT,
    ap_contact_email           TEXT,
    ap_contact_phone           TEXT,
    address_line1              TEXT,
    address_line2              TEXT,
    address_city               TEXT,
    address_state              TEXT,
    address_postal_code        TEXT,
    address_country            TEXT NOT NULL DEFAULT 'US',
    payment_terms_basis        TEXT CHECK (payment_terms_basis IN ('NET', 'END_OF_MONTH')),
    payment_terms_days         INT CHECK (payment_terms_days BETWEEN 0 AND 365),
    po_required                BOOLEAN NOT NULL DEFAULT FALSE,
    default_po_number          TEXT,
    delivery_method            TEXT NOT NULL DEFAULT 'EMAIL' CHECK (delivery_method IN ('EMAIL', 'PORTAL_UPLOAD', 'MAIL')),
    ap_portal_url              TEXT,
    payment_method_preference  TEXT CHECK (payment_method_preference IN ('ACH', 'WIRE', 'CHECK', 'CARD')),
    ap_payment_run_days        INT[] NOT NULL DEFAULT '{}',
    tax_exempt                 BOOLEAN NOT NULL DEFAULT FALSE,
    tax_exemption_certificate  BOOLEAN NOT NULL DEFAULT FALSE,
    w9_sent                    BOOLEAN NOT NULL DEFAULT FALSE,
    coi_sent                   BOOLEAN NOT NULL DEFAULT FALSE,
    vendor_form_complete       BOOLEAN NOT NULL DEFAULT FALSE,
    banking_form_complete      BOOLEAN NOT NULL DEFAULT FALSE,
    invoice_format_notes       TEXT,
    notes                      TEXT,
    on_hold                    BOOLEAN NOT NULL DEFAULT FALSE,
    archived_at                TIMESTAMP WITH TIME ZONE,
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    version                    BIGINT NOT NULL
);
CREATE INDEX clients_workspace_name_idx ON clients (workspace_id, lower(name));

CREATE TABLE purchase_orders (
    id           UUID PRIMARY KEY,
    workspace_id UUID NOT NULL REFERENCES workspaces (id),
    client_id    UUID NOT NULL REFERENCES clients (id),
    number       TEXT NOT NULL,
    amount       NUMERIC(19, 2) NOT NULL CHECK (amount > 0),
    valid_from   DATE,
    valid_to     DATE,
    notes        TEXT,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
    UNIQUE (client_id, number)
);
CREATE INDEX purchase_orders_workspace_idx ON purchase_orders (workspace_id);
