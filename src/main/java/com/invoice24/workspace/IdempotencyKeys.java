package com.invoice24.workspace;

import com.invoice24.shared.Job;
import com.invoice24.shared.Timestamps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The responses of creating calls, by workspace and Idempotency-Key, for 24 hours. A key is claimed
 * before the call runs, so two concurrent retries cannot both create.
 */
@Repository
class IdempotencyKeys {

    static final Duration KEPT_FOR = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What an earlier call with the same key left behind. */
    record Earlier(String requestHash, @Nullable Integer status, @Nullable String contentType, byte @Nullable [] body) {

        boolean finished() {
            return status != null;
        }
    }

    /** Claims the key for this request, or tells what an earlier request with the key did. */
    Optional<Earlier> claim(WorkspaceId workspace, String key, String requestHash) {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM idempotency_keys WHERE workspace_id = :workspaceId AND idempotency_key = :key "
                        + "AND created_at < :expired")
                .param("workspaceId", workspace.value())
                .param("key", key)
                .param("expired", Timestamps.of(now.minus(KEPT_FOR)))
                .update();
        int claimed = jdbc.sql("""
                INSERT INTO idempotency_keys (workspace_id, idempotency_key, request_hash, created_at)
                VALUES (:workspaceId, :key, :hash, :now) ON CONFLICT DO NOTHING""")
                .param("workspaceId", workspace.value())
                .param("key", key)
                .param("hash", requestHash)
                .param("now", Timestamps.of(now))
                .update();
        if (claimed == 1) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT request_hash, response_status, response_type, response_body FROM idempotency_keys
                WHERE workspace_id = :workspaceId AND idempotency_key = :key""")
                .param("workspaceId", workspace.value())
                .param("key", key)
                .query((rs, row) -> new Earlier(rs.getString("request_hash"),
                        (Integer) rs.getObject("response_status"), rs.getString("response_type"),
                        rs.getBytes("response_body")))
                .optional();
    }

    void remember(WorkspaceId workspace, String key, int status, @Nullable String contentType, byte[] body) {
        jdbc.sql("""
                UPDATE idempotency_keys SET response_status = :status, response_type = :type, response_body = :body
                WHERE workspace_id = :workspaceId AND idempotency_key = :key""")
                .param("status", status)
                .param("type", contentType)
                .param("body", body)
                .param("workspaceId", workspace.value())
                .param("key", key)
                .update();
    }

    /** A call that failed on our side is not an answer worth repeating: the client may retry it. */
    void release(WorkspaceId workspace, String key) {
        jdbc.sql("DELETE FROM idempotency_keys WHERE workspace_id = :workspaceId AND idempotency_key = :key")
                .param("workspaceId", workspace.value())
                .param("key", key)
                .update();
    }

    int forgetExpired() {
        return jdbc.sql("DELETE FROM idempotency_keys WHERE created_at < :expired")
                .param("expired", Timestamps.of(clock.instant().minus(KEPT_FOR)))
                .update();
    }

    @Configuration(proxyBeanMethods = false)
    static class Jobs {

        @Bean
        Job forgetExpiredIdempotencyKeys(IdempotencyKeys keys) {
            return new Job("forget-expired-idempotency-keys", Duration.ofHours(1), keys::forgetExpired);
        }
    }
}
