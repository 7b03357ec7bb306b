package com.invoice24.audit;

import com.invoice24.shared.ResultPage;
import com.invoice24.shared.Timestamps;
import com.invoice24.workspace.AuditableChange;
import com.invoice24.workspace.AuditableChange.Actor;
import com.invoice24.workspace.AuditableChange.Subject;
import com.invoice24.workspace.CurrentUser;
import com.invoice24.workspace.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Writes each {@link AuditableChange} as it is published, in the changing transaction (a plain
 * {@code @EventListener} runs there), so a change that rolls back leaves no entry; and lists the log.
 */
@Service
public class AuditLog {

    /** Who a scheduled job or a sign-up shows as. */
    static final String SYSTEM_NAME = "System";

    private static final String FILTERS = """
            WHERE workspace_id = :workspaceId
              AND (CAST(:member AS uuid) IS NULL OR member_id = :member)
              AND (NOT :bySystem OR member_id IS NULL)
              AND (CAST(:subject AS text) IS NULL OR subject = :subject)
              AND (CAST(:from AS timestamptz) IS NULL OR occurred_at >= :from)
              AND (CAST(:until AS timestamptz) IS NULL OR occurred_at < :until)""";

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Someone who appears in the log, by the name they had on their latest entry. */
    record Author(UUID id, String name) {
    }

    @EventListener
    void record(AuditableChange change) {
        if (change.empty()) {
            return;
        }
        Actor actor = change.actor() != null ? change.actor() : currentMember();
        jdbc.sql("""
                INSERT INTO audit_log (id, workspace_id, occurred_at, member_id, member_name, subject, subject_id,
                                       subject_label, action, summary)
                VALUES (:id, :workspaceId, :at, :memberId, :memberName, :subject, :subjectId, :subjectLabel,
                        :action, :summary)""")
                .param("id", UUID.randomUUID())
                .param("workspaceId", change.workspace().value())
                .param("at", Timestamps.of(clock.instant()))
                .param("memberId", actor == null ? null : actor.id().value())
                .param("memberName", actor == null ? SYSTEM_NAME : actor.name())
                .param("subject", change.subject().name())
                .param("subjectId", change.subjectId())
                .param("subjectLabel", change.subjectLabel())
                .param("action", change.action())
                .param("summary", change.summary())
                .update();
    }

    /** Newest first; the dates of the query are days in the workspace's time zone, both included. */
    ResultPage<AuditEntry> entries(WorkspaceId workspace, AuditQuery query, ZoneId zone) {
        long total = filtered("SELECT count(*) FROM audit_log " + FILTERS, workspace, query, zone)
                .query(Long.class).single();
        List<AuditEntry> entries = filtered("SELECT * FROM audit_log " + FILTERS
                + " ORDER BY occurred_at DESC, position DESC LIMIT :limit OFFSET :offset", workspace, query, zone)
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query(AuditLog::entry).list();
        return new ResultPage<>(entries, query.page(), query.size(), total);
    }

    /** Everyone who appears in the workspace's log, removed members included, for the "who" filter. */
    List<Author> authors(WorkspaceId workspace) {
        return jdbc.sql("""
                SELECT DISTINCT ON (member_id) member_id, member_name FROM audit_log
                WHERE workspace_id = :workspaceId AND member_id IS NOT NULL
                ORDER BY member_id, occurred_at DESC, position DESC""")
                .param("workspaceId", workspace.value())
                .query((rs, row) -> new Author(rs.getObject("member_id", UUID.class), rs.getString("member_name")))
                .list().stream()
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .toList();
    }

    private JdbcClient.StatementSpec filtered(String sql, WorkspaceId workspace, AuditQuery query, ZoneId zone) {
        return jdbc.sql(sql)
                .param("workspaceId", workspace.value())
                .param("member", query.member())
                .param("bySystem", query.bySystem())
                .param("subject", query.subject() == null ? null : query.subject().name())
                .param("from", Timestamps.of(query.start(zone)))
                .param("until", Timestamps.of(query.end(zone)));
    }

    private static @Nullable Actor currentMember() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                ? new Actor(user.memberId(), user.name()) : null;
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getObject("id", UUID.class), rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("member_id", UUID.class), rs.getString("member_name"),
                Subject.valueOf(rs.getString("subject")), rs.getString("subject_id"), rs.getString("subject_label"),
                rs.getString("action"), rs.getString("summary"));
    }
}
