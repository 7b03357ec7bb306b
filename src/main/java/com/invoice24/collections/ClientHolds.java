package com.invoice24.collections;

import com.invoice24.clients.ClientId;
import com.invoice24.clients.ClientOnboarding;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.shared.Job;
import com.invoice24.shared.Timestamps;
import com.invoice24.workspace.WorkspaceId;
import com.invoice24.workspace.WorkspaceSettingsService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pause-work policy: a client whose invoice is N days past due (14 unless the workspace
 * says otherwise) goes on hold; once nothing is that late any more (paid, credited, written off, or
 * under a signed payment plan) the hold lifts. Every change is recorded with its reason.
 */
@Service
public class ClientHolds {

    static final int DEFAULT_DAYS = 14;
    private static final Logger log = LoggerFactory.getLogger(ClientHolds.class);

    private final JdbcClient jdbc;
    private final ClientOnboarding clients;
    private final Invoicing invoicing;
    private final TransactionTemplate transactions;
    private final WorkspaceSettingsService workspaces;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ClientHolds(JdbcClient jdbc, ClientOnboarding clients, Invoicing invoicing, TransactionTemplate transactions,
                WorkspaceSettingsService workspaces, Clock clock, ApplicationEventPublisher events) {
        this.workspaces = workspaces;
        this.events = events;
        this.jdbc = jdbc;
        this.clients = clients;
        this.invoicing = invoicing;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record HoldPolicy(boolean enabled, int holdAfterDays) {
    }

    public record HoldEvent(boolean onHold, String reason, Instant at) {
    }

    public HoldPolicy policy(WorkspaceId workspace) {
        return jdbc.sql("SELECT enabled, hold_after_days FROM hold_policies WHERE workspace_id = :workspace")
                .param("workspace", workspace.value())
                .query((rs, row) -> new HoldPolicy(rs.getBoolean("enabled"), rs.getInt("hold_after_days")))
                .optional()
                .orElse(new HoldPolicy(true, DEFAULT_DAYS));
    }

    void savePolicy(WorkspaceId workspace, HoldPolicy policy) {
        jdbc.sql("""
                INSERT INTO hold_policies (workspace_id, enabled, hold_after_days) VALUES (:workspace, :enabled, :days)
                ON CONFLICT (workspace_id) DO UPDATE SET enabled = excluded.enabled, hold_after_days = excluded.hold_after_days""")
                .param("workspace", workspace.value())
                .param("enabled", policy.enabled())
                .param("days", policy.holdAfterDays())
                .update();
    }

    public List<HoldEvent> history(WorkspaceId workspace, ClientId client) {
        clients.client(workspace, client);
        return jdbc.sql("SELECT on_hold, reason, at FROM client_hold_events WHERE workspace_id = :workspace "
                        + "AND client_id = :client ORDER BY seq")
                .param("workspace", workspace.value())
                .param("client", client.value())
                .query((rs, row) -> new HoldEvent(rs.getBoolean("on_hold"), rs.getString("reason"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    /**
     * Brings every client's hold in line with the policy: one query finds the clients whose hold is
     * out of line (on hold with nothing late any more, or not on hold with an invoice late), and only
     * those are updated, each in its own transaction, so a client that cannot be updated now (a
     * conflicting edit, a lock) waits for the next run without holding up the others.
     */
    public void update() {
        String todays = workspaces.timeZones().entrySet().stream()
                .map(workspace -> "{\"workspace_id\":\"%s\",\"today\":\"%s\"}".formatted(workspace.getKey().value(),
                        LocalDate.now(clock.withZone(workspace.getValue()))))
                .collect(Collectors.joining(",", "[", "]"));
        List<UUID[]> outOfLine = jdbc.sql("""
                        WITH todays AS (
                            SELECT * FROM jsonb_to_recordset(CAST(:todays AS JSONB)) AS w (workspace_id UUID, today DATE))
                        SELECT c.workspace_id, c.id FROM client_directory c
                        JOIN todays w ON w.workspace_id = c.workspace_id
                        LEFT JOIN hold_policies p ON p.workspace_id = c.workspace_id
                        WHERE c.archived_at IS NULL AND c.on_hold <> (coalesce(p.enabled, true) AND EXISTS (
                            SELECT 1 FROM invoice_register i
                            WHERE i.workspace_id = c.workspace_id AND i.client_id = c.id AND i.state = 'SENT'
                              AND i.balance_due > 0 AND i.due_date < w.today - coalesce(p.hold_after_days, :days)
                              AND NOT EXISTS (SELECT 1 FROM payment_plans plan
                                              WHERE plan.invoice_id = i.id AND plan.replaced_at IS NULL)))
                        ORDER BY c.workspace_id, c.id""")
                .param("todays", todays)
                .param("days", DEFAULT_DAYS)
                .query((rs, row) -> new UUID[] {rs.getObject("workspace_id", UUID.class), rs.getObject("id", UUID.class)})
                .list();
        for (UUID[] ids : outOfLine) {
            try {
                transactions.executeWithoutResult(status -> update(new WorkspaceId(ids[0]), new ClientId(ids[1])));
            } catch (RuntimeException e) {
                log.warn("Hold of client {} not updated; the next run tries again", ids[1], e);
            }
        }
    }

    /**
     * Brings one client's hold in line with the policy now, in the caller's transaction: a payment,
     * credit, void or write-off lifts it at once rather than at the next hourly run.
     */
    void update(WorkspaceId workspace, ClientId client) {
        HoldPolicy policy = policy(workspace);
        Optional<String> late = policy.enabled() ? latestPastDue(workspace, client, policy.holdAfterDays())
                : Optional.empty();
        String reason = late.map(number -> "Invoice " + number + " is more than " + policy.holdAfterDays()
                + " days past due").orElse(policy.enabled() ? "No invoice is " + policy.holdAfterDays()
                + " days past due any more" : "The pause-work policy is off");
        if (clients.setOnHold(workspace, client, late.isPresent())) {
            Instant at = clock.instant();
            record(workspace, client, late.isPresent(), reason, at);
            events.publishEvent(late.isPresent() ? new ClientPutOnHold(workspace, client, reason, at)
                    : new ClientTakenOffHold(workspace, client, reason, at));
        }
    }

    private Optional<String> latestPastDue(WorkspaceId workspace, ClientId client, int days) {
        LocalDate cutoff = invoicing.today(workspace).minusDays(days);
        return jdbc.sql("""
                SELECT number FROM invoice_register i
                WHERE i.workspace_id = :workspace AND i.client_id = :client AND i.state = 'SENT'
                  AND i.balance_due > 0 AND i.due_date < :cutoff
                  AND NOT EXISTS (SELECT 1 FROM payment_plans p WHERE p.invoice_id = i.id AND p.replaced_at IS NULL)
                ORDER BY i.due_date LIMIT 1""")
                .param("workspace", workspace.value())
                .param("client", client.value())
                .param("cutoff", cutoff)
                .query(String.class)
                .optional();
    }

    private void record(WorkspaceId workspace, ClientId client, boolean onHold, String reason, Instant at) {
        jdbc.sql("""
                INSERT INTO client_hold_events (id, workspace_id, client_id, on_hold, reason, at)
                VALUES (:id, :workspace, :client, :onHold, :reason, :at)""")
                .param("id", UUID.randomUUID())
                .param("workspace", workspace.value())
                .param("client", client.value())
                .param("onHold", onHold)
                .param("reason", reason)
                .param("at", Timestamps.of(at))
                .update();
    }

    @Configuration(proxyBeanMethods = false)
    static class Jobs {

        @Bean
        Job updateClientHolds(ClientHolds holds) {
            return new Job("update-client-holds", Duration.ofHours(1), holds::update);
        }
    }
}
