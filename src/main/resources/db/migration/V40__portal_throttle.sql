-- Requests to the client portal counted for every instance at once: one bucket4j token bucket per network address,
-- per link, and per address for links that open nothing. The id is a SHA-256 of what is counted, so no address or
-- token is kept here; expires_at (epoch milliseconds) is when the bucket is full again and the row can go.
CREATE TABLE portal_throttle (
    id         TEXT PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX portal_throttle_expires_at ON portal_throttle (expires_at);
