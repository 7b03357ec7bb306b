package com.invoice24.workspace;

import com.invoice24.shared.NotFoundException;
import com.invoice24.shared.Timestamps;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** API tokens: issued once in clear, stored as hashes, revocable. */
@Service
class ApiTokens {

    static final String SECRET_PREFIX = "i24_";
    /** Recording every use would write on every API call; a minute is precise enough to show. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ApiTokens(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Issued(ApiToken token, String secret) {
    }

    @Transactional
    Issued issue(MemberId member, WorkspaceId workspace, String memberName, String name) {
        String secret = Secrets.newSecret(SECRET_PREFIX);
        ApiToken token = new ApiToken(UUID.randomUUID(), member, memberName, name.trim(),
                secret.substring(0, SECRET_PREFIX.length() + 6), clock.instant(), null);
        jdbc.sql("""
                INSERT INTO api_tokens (id, workspace_id, member_id, name, token_hash, token_prefix, created_at)
                VALUES (:id, :workspaceId, :memberId, :name, :hash, :prefix, :createdAt)""")
                .param("id", token.id())
                .param("workspaceId", workspace.value())
                .param("memberId", member.value())
                .param("name", token.name())
                .param("hash", Secrets.hash(secret))
                .param("prefix", token.prefix())
                .param("createdAt", Timestamps.of(token.createdAt()))
                .update();
        events.publishEvent(AuditableChange.of(workspace, AuditableChange.Subject.API_TOKEN, token.id(), token.name(),
                "created", "For " + memberName).by(member, memberName));
        return new Issued(token, secret);
    }

    @Transactional
    Optional<CurrentUser> authenticate(String secret) {
        Instant now = clock.instant();
        Optional<Use> use = jdbc.sql("""
                SELECT m.*, t.last_used_at AS token_last_used_at FROM api_tokens t JOIN members m ON m.id = t.member_id
                WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND m.removed_at IS NULL""")
                .param("hash", Secrets.hash(secret))
                .query((rs, row) -> new Use(Members.member(rs, row),
                        Optional.ofNullable(rs.getTimestamp("token_last_used_at")).map(Timestamp::toInstant)))
                .optional();
        use.filter(token -> token.lastUsedBefore(now.minus(LAST_USED_PRECISION)))
                .ifPresent(token -> recordUse(secret, now));
        return use.map(token -> new CurrentUser(token.member()));
    }

    /** Who a token speaks for, and when it was last recorded as used (never, for a new token). */
    private record Use(Member member, Optional<Instant> lastUsed) {

        boolean lastUsedBefore(Instant moment) {
            return lastUsed.map(at -> at.isBefore(moment)).orElse(true);
        }
    }

    /** Only when the last recorded use is a minute old: most calls read the token and write nothing. */
    private void recordUse(String secret, Instant now) {
        jdbc.sql("UPDATE api_tokens SET last_used_at = :now WHERE token_hash = :hash")
                .param("now", Timestamps.of(now))
                .param("hash", Secrets.hash(secret))
                .update();
    }

    /** The tokens a member may see: all of the workspace's for those who manage members, else their own. */
    List<ApiToken> visibleTo(CurrentUser user) {
        return jdbc.sql("""
                SELECT t.id, t.member_id, m.name AS member_name, t.name, t.token_prefix, t.created_at, t.last_used_at
                FROM api_tokens t JOIN members m ON m.id = t.member_id
                WHERE t.workspace_id = :workspaceId AND t.revoked_at IS NULL
                  AND (:all OR t.member_id = :memberId)
                ORDER BY t.created_at DESC""")
                .param("workspaceId", user.workspaceId().value())
                .param("memberId", user.memberId().value())
                .param("all", user.can(Permission.MANAGE_MEMBERS))
                .query((rs, row) -> new ApiToken(rs.getObject("id", UUID.class),
                        new MemberId(rs.getObject("member_id", UUID.class)), rs.getString("member_name"),
                        rs.getString("name"), rs.getString("token_prefix"), rs.getTimestamp("created_at").toInstant(),
                        Optional.ofNullable(rs.getTimestamp("last_used_at")).map(Timestamp::toInstant)
                                .orElse(null)))
                .list();
    }

    @Transactional
    void revoke(CurrentUser user, UUID tokenId) {
        Optional<String> revoked = jdbc.sql("""
                UPDATE api_tokens SET revoked_at = :now
                WHERE id = :id AND workspace_id = :workspaceId AND revoked_at IS NULL
                  AND (:all OR member_id = :memberId)
                RETURNING name""")
                .param("now", Timestamps.of(clock.instant()))
                .param("id", tokenId)
                .param("workspaceId", user.workspaceId().value())
                .param("memberId", user.memberId().value())
                .param("all", user.can(Permission.MANAGE_MEMBERS))
                .query(String.class).optional();
        if (revoked.isEmpty()) {
            throw new NotFoundException("API token " + tokenId);
        }
        events.publishEvent(AuditableChange.of(user.workspaceId(), AuditableChange.Subject.API_TOKEN, tokenId,
                revoked.get(), "revoked", ""));
    }

    /** Every token of a member who leaves the workspace; returns how many were still in use. */
    int revokeAllOf(MemberId member) {
        return jdbc.sql("UPDATE api_tokens SET revoked_at = :now WHERE member_id = :memberId AND revoked_at IS NULL")
                .param("now", Timestamps.of(clock.instant()))
                .param("memberId", member.value())
                .update();
    }
}
