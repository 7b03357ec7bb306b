-- Credit notes (F-6.2): a sent invoice is corrected by a document of its own, with its own gapless
-- number, that lowers what the invoice asks for; the invoice itself is never changed.
CREATE TABLE credit_notes (
    id                UUID PRIMARY KEY,
    workspace_id      UUID NOT NULL REFERENCES workspaces (id),
    invoice_id        UUID NOT NULL REFERENCES invoices (id),
    -- Copied from the invoice, whose number never changes once sent, so a note reads on its own.
    invoice_number    TEXT NOT NULL,
    client_id         UUID NOT NULL REFERENCES clients (id),
    number            TEXT NOT NULL,
    currency          CHAR(3) NOT NULL DEFAULT 'USD',
    amount            NUMERIC(19, 2) NOT NULL CHECK (amount > 0),
    reason            TEXT NOT NULL CHECK (reason <> ''),
    -- What the invoice still asked for right after this credit: the document states it as of its date,
    -- whatever is paid later.
    balance_due_after NUMERIC(19, 2) NOT NULL CHECK (balance_due_after >= 0),
    issued_on         DATE NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        UUID NOT NULL REFERENCES members (id),
    UNIQUE (workspace_id, number)
);
CREATE INDEX credit_notes_invoice_idx ON credit_notes (workspace_id, invoice_id);
CREATE INDEX credit_notes_client_idx ON credit_notes (workspace_id, client_id, issued_on DESC);

-- Present only when the note itemizes what it credits; otherwise the note is one amount with its reason.
CREATE TABLE credit_note_lines (
    credit_note_id UUID NOT NULL REFERENCES credit_notes (id),
    position       INT NOT NULL,
    description    TEXT NOT NULL,
    amount         NUMERIC(19, 2) NOT NULL CHECK (amount > 0),
    PRIMARY KEY (credit_note_id, position)
);

-- One counter row per workspace and year (CN-2026-0001), bumped in the issuing transaction: a
-- refused or rolled-back credit note gives its number back, so numbers stay gapless.
CREATE TABLE credit_note_counters (
    workspace_id UUID NOT NULL REFERENCES workspaces (id),
    year         INT NOT NULL,
    next_number  BIGINT NOT NULL,
    PRIMARY KEY (workspace_id, year)
);
