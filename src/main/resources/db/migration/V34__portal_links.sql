-- Links that open one invoice, or one client's statement, in the client portal without an account. Only the SHA-256
-- of a link's token is kept, so a copy of this table opens nothing. A link ends when it expires or is revoked.
CREATE TABLE portal_links (
    id             UUID PRIMARY KEY,
    workspace_id   UUID        NOT NULL REFERENCES workspaces (id),
    client_id      UUID        NOT NULL,
    invoice_id     UUID,
    token_hash     TEXT        NOT NULL UNIQUE,
    issued_at      TIMESTAMPTZ NOT NULL,
    expires_at     TIMESTAMPTZ NOT NULL,
    revoked_at     TIMESTAMPTZ,
    last_opened_at TIMESTAMPTZ
);

CREATE INDEX portal_links_invoice_idx ON portal_links (workspace_id, invoice_id) WHERE invoice_id IS NOT NULL;
CREATE INDEX portal_links_client_idx ON portal_links (workspace_id, client_id);
