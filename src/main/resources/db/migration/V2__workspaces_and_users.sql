CREATE TABLE workspaces (
    id         UUID PRIMARY KEY,
    name       TEXT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT NOT NULL
);

CREATE TABLE members (
    id            UUID PRIMARY KEY,
    workspace_id  UUID NOT NULL REFERENCES workspaces (id),
    email         TEXT NOT NULL,
    name          TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('OWNER', 'ADMIN', 'BOOKKEEPER', 'STAFF', 'READ_ONLY')),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT NOT NULL
);
-- One login per email address across the installation.
CREATE UNIQUE INDEX members_email_key ON members (lower(email));
CREATE INDEX members_workspace_idx ON members (workspace_id);

CREATE TABLE invitations (
    id           UUID PRIMARY KEY,
    workspace_id UUID NOT NULL REFERENCES workspaces (id),
    email        TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('ADMIN', 'BOOKKEEPER', 'STAFF', 'READ_ONLY')),
    token_hash   TEXT NOT NULL UNIQUE,
    invited_by   UUID NOT NULL REFERENCES members (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at  TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX invitations_workspace_idx ON invitations (workspace_id);

CREATE TABLE api_tokens (
    id           UUID PRIMARY KEY,
    workspace_id UUID NOT NULL REFERENCES workspaces (id),
    member_id    UUID NOT NULL REFERENCES members (id),
    name         TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,
    token_prefix TEXT NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_tokens_workspace_idx ON api_tokens (workspace_id);

-- A retried creating call returns its first response (API.md, Idempotency-Key), for 24 hours.
CREATE TABLE idempotency_keys (
    workspace_id     UUID NOT NULL REFERENCES workspaces (id),
    idempotency_key  TEXT NOT NULL,
    request_hash     TEXT NOT NULL,
    response_status  INT,
    response_type    TEXT,
    response_body    BYTEA,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, idempotency_key)
);
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
