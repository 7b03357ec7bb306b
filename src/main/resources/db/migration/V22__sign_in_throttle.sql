-- Failed sign-ins counted for every instance at once: one bucket4j token bucket per IP address,
-- account and known device. The id is a SHA-256 of what is counted, so no email or IP address is
-- kept here; expires_at (epoch milliseconds) is when the bucket is full again and the row can go.
CREATE TABLE sign_in_throttle (
    id         TEXT PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX sign_in_throttle_expires_at ON sign_in_throttle (expires_at);

-- The key that signs known-device cookies, made once per database so every instance checks the
-- same signature. Two random UUIDs give 244 random bits from PostgreSQL's strong random source.
-- A new key (and a restart, each instance reads it once) forgets every known device.
CREATE TABLE sign_in_device_key (
    only_row BOOLEAN PRIMARY KEY DEFAULT true CHECK (only_row),
    key      BYTEA NOT NULL
);
INSERT INTO sign_in_device_key (key)
VALUES (decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'));
