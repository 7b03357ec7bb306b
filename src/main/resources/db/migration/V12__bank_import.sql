-- Bank-statement import (F-6.4): column mappings for each bank's CSV, one row per imported file and
-- one per deposit line. A line's fingerprint is unique per workspace, so a file imported twice
-- applies nothing twice; the repeated lines are kept without a fingerprint, marked DUPLICATE.
CREATE TABLE bank_mappings (
    id               UUID PRIMARY KEY,
    workspace_id     UUID NOT NULL REFERENCES workspaces (id),
    name             TEXT NOT NULL,
    date_column      TEXT NOT NULL,
    amount_column    TEXT,
    credit_column    TEXT,
    debit_column     TEXT,
    memo_column      TEXT NOT NULL,
    reference_column TEXT,
    date_format      TEXT NOT NULL,
    has_header       BOOLEAN NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (workspace_id, name),
    CHECK (amount_column IS NOT NULL OR credit_column IS NOT NULL)
);

CREATE TABLE bank_imports (
    id           UUID PRIMARY KEY,
    workspace_id UUID NOT NULL REFERENCES workspaces (id),
    format       TEXT NOT NULL CHECK (format IN ('CSV', 'OFX', 'BAI2')),
    file_name    TEXT,
    imported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by  TEXT
);
CREATE INDEX bank_imports_workspace_idx ON bank_imports (workspace_id, imported_at DESC);

CREATE TABLE bank_lines (
    id             UUID PRIMARY KEY,
    workspace_id   UUID NOT NULL REFERENCES workspaces (id),
    import_id      UUID NOT NULL REFERENCES bank_imports (id),
    line           INTEGER NOT NULL,
    booked_on      DATE NOT NULL,
    amount         NUMERIC(19, 2) NOT NULL CHECK (amount > 0),
    memo           TEXT NOT NULL,
    reference      TEXT,
    fingerprint    TEXT,
    status         TEXT NOT NULL CHECK (status IN ('APPLIED', 'REVIEW', 'DISMISSED', 'DUPLICATE')),
    payment_id     UUID REFERENCES payments (id),
    dismiss_reason TEXT,
    resolved_at    TIMESTAMP WITH TIME ZONE,
    resolved_by    TEXT,
    UNIQUE (workspace_id, fingerprint)
);
CREATE INDEX bank_lines_import_idx ON bank_lines (import_id, line);
CREATE INDEX bank_lines_review_idx ON bank_lines (workspace_id, status, booked_on);
