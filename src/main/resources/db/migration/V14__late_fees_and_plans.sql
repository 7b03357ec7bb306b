-- Late fees (F-1.4, F-5.7) and payment plans (F-5.6).

-- A workspace's late-fee policy; a workspace without a row charges none (kind NONE).
CREATE TABLE late_fee_policies (
    workspace_id UUID PRIMARY KEY REFERENCES workspaces (id),
    kind         TEXT NOT NULL CHECK (kind IN ('NONE', 'FLAT', 'PERCENT_PER_MONTH')),
    amount       NUMERIC(19, 2) CHECK (amount > 0),
    percent      NUMERIC(7, 4) CHECK (percent > 0 AND percent <= 10),
    grace_days   INT NOT NULL CHECK (grace_days BETWEEN 0 AND 90),
    cap          NUMERIC(19, 2) CHECK (cap >= 0)
);

-- At most one late fee per invoice per calendar month: whoever inserts the row charges it.
CREATE TABLE late_fees (
    invoice_id          UUID NOT NULL,
    workspace_id        UUID NOT NULL REFERENCES workspaces (id),
    month               DATE NOT NULL,
    late_fee_invoice_id UUID,
    amount              NUMERIC(19, 2) NOT NULL CHECK (amount > 0),
    charged_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    announced_at        TIMESTAMP WITH TIME ZONE,
    UNIQUE (invoice_id, month)
);
CREATE INDEX late_fees_fee_invoice_idx ON late_fees (late_fee_invoice_id);

-- A payment plan splits an invoice's balance into installments; a new plan replaces the active one.
CREATE TABLE payment_plans (
    id              UUID PRIMARY KEY,
    workspace_id    UUID NOT NULL REFERENCES workspaces (id),
    invoice_id      UUID NOT NULL,
    settled_before  NUMERIC(19, 2) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      TEXT,
    replaced_at     TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX payment_plans_one_active_idx ON payment_plans (invoice_id) WHERE replaced_at IS NULL;

CREATE TABLE payment_plan_installments (
    plan_id  UUID NOT NULL REFERENCES payment_plans (id),
    position INT NOT NULL CHECK (position >= 0),
    due_on   DATE NOT NULL,
    amount   NUMERIC(19, 2) NOT NULL CHECK (amount > 0),
    PRIMARY KEY (plan_id, position)
);

-- Each installment is reminded at most once: whoever inserts the row sends the email.
CREATE TABLE installment_reminders (
    plan_id  UUID NOT NULL REFERENCES payment_plans (id),
    position INT NOT NULL,
    status   TEXT NOT NULL CHECK (status IN ('SENT', 'SKIPPED')),
    at       TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (plan_id, position)
);
