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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The responses of creating calls, by workspace and Idempotency-Key, for 24 hours. A key is
 * written in the transaction of the call's own work, so a crash leaves both or neither; a retry
 * that arrives while the first call runs waits on the key's primary key until that transaction
 * ends, so two retries cannot both create.
 */
@Repository
class IdempotencyKeys {

    static final Duration KEPT_FOR = Duration.ofHours(24);
    /** How long a retry waits for the first call with its key before it is told to come back. */
    static final Duration WAIT_FOR_EARLIER = Duration.ofSeconds(10);

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What an earlier call with the same key answered. */
    record Earlier(String requestHash, int status, @Nullable String contentType, byte @Nullable [] body) {
    }

    /**
     * Takes the key for the work of the current transaction, or tells what an earlier call with
     * the key answered. Throws {@link org.springframework.dao.PessimisticLockingFailureException}
     * when the earlier call is still running after {@link #WAIT_FOR_EARLIER}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Earlier> claim(WorkspaceId workspace, String key, String requestHash) {
        Instant now = clock.instant();
        waitBounded();
        // A key without an answer is one an older version claimed before a call that never ended.
        jdbc.sql("DELETE FROM idempotency_keys WHERE workspace_id = :workspaceId AND idempotency_key = :key "
                        + "AND (created_at < :expired OR response_status IS NULL)")
                .param("workspaceId", workspace.value())
                .param("key", key)
                .param("expired", Timestamps.of(now.minus(KEPT_FOR)))
                .update();
        int inserted = insert(workspace, key, requestHash, null, null, null);
        // The bound is for waiting on a retry's twin, not for the locks the call's own work takes.
        jdbc.sql("SET LOCAL lock_timeout TO DEFAULT").update();
        if (inserted == 1) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT request_hash, response_status, response_type, response_body FROM idempotency_keys
                WHERE workspace_id = :workspaceId AND idempotency_key = :key""")
                .param("workspaceId", workspace.value())
                .param("key", key)
                .query((rs, row) -> new Earlier(rs.getString("request_hash"), rs.getInt("response_status"),
                        rs.getString("response_type"), rs.getBytes("response_body")))
                .optional();
    }

    /** The answer to a call whose work commits with it. */
    @Transactional(propagation = Propagation.MANDATORY)
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

    /**
     * The answer to a refused call, whose work was rolled back together with its key: nothing of
     * it is left to keep in step, so the answer is kept on its own. A retry that took the key
     * meanwhile keeps its own answer.
     */
    @Transactional
    void rememberRefusal(WorkspaceId workspace, String key, String requestHash, int status,
                         @Nullable String contentType, byte[] body) {
        waitBounded();
        insert(workspace, key, requestHash, status, contentType, body);
    }

    private void waitBounded() {
        jdbc.sql("SELECT set_config('lock_timeout', :timeout, true)")
                .param("timeout", WAIT_FOR_EARLIER.toMillis() + "ms")
                .query(String.class).single();
    }

    private int insert(WorkspaceId workspace, String key, String requestHash, @Nullable Integer status,
                       @Nullable String contentType, byte @Nullable [] body) {
        return jdbc.sql("""
                INSERT INTO idempotency_keys (workspace_id, idempotency_key, request_hash, response_status,
                    response_type, response_body, created_at)
                VALUES (:workspaceId, :key, :hash, :status, :type, :body, :now) ON CONFLICT DO NOTHING""")
                .param("workspaceId", workspace.value())
                .param("key", key)
                .param("hash", requestHash)
                .param("status", status)
                .param("type", contentType)
                .param("body", body)
                .param("now", Timestamps.of(clock.instant()))
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
