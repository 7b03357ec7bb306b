-- The email outbox (F-4.2): features insert here in the transaction that decides to send, so an
-- email exists exactly when that decision was committed; the deliver-emails job sends it later.
CREATE TABLE emails (
    id              UUID PRIMARY KEY,
    workspace_id    UUID NOT NULL REFERENCES workspaces (id),
    kind            TEXT NOT NULL CHECK (kind IN ('INVOICE', 'REMINDER', 'RECEIPT', 'QUOTE', 'DIGEST')),
    -- No foreign key: invoices belong to the invoicing feature, which may keep them as it likes.
    invoice_id      UUID,
    reminder_step   TEXT,
    to_address      TEXT NOT NULL,
    cc_addresses    TEXT[] NOT NULL DEFAULT '{}',
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('QUEUED', 'SENT', 'FAILED')),
    attempts        INT NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      TEXT,
    -- SMTP, or LOG when no mail server is configured and the message only went to the email log.
    delivered_via   TEXT CHECK (delivered_via IN ('SMTP', 'LOG')),
    -- Set on a copy sent again by hand; such a copy may repeat its original's reminder step.
    resend_of       UUID REFERENCES emails (id),
    queued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- The order emails were queued in, for those queued at the same instant.
    queue_order     BIGINT GENERATED ALWAYS AS IDENTITY,
    sent_at         TIMESTAMP WITH TIME ZONE,
    version         BIGINT NOT NULL,
    CHECK ((status = 'SENT') = (sent_at IS NOT NULL))
);
CREATE INDEX emails_workspace_queued_idx ON emails (workspace_id, queued_at DESC, queue_order DESC);
CREATE INDEX emails_invoice_idx ON emails (invoice_id) WHERE invoice_id IS NOT NULL;
-- What the job looks for on every run.
CREATE INDEX emails_due_idx ON emails (next_attempt_at) WHERE status = 'QUEUED';
-- Each reminder step of an invoice goes out at most once (F-5.2), even when two instances or a
-- rerun after downtime queue it: the second insert fails and rolls its transaction back.
CREATE UNIQUE INDEX emails_one_per_reminder_step_idx ON emails (invoice_id, reminder_step)
    WHERE reminder_step IS NOT NULL AND resend_of IS NULL;

CREATE TABLE email_attachments (
    email_id     UUID NOT NULL REFERENCES emails (id),
    position     INT NOT NULL CHECK (position >= 0),
    filename     TEXT NOT NULL,
    content_type TEXT NOT NULL,
    content      BYTEA NOT NULL,
    PRIMARY KEY (email_id, position)
);
