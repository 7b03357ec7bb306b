package com.invoice24.collections;

import com.invoice24.invoicing.Invoice;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.shared.Timestamps;
import com.invoice24.workspace.WorkspaceId;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each reminder step of each invoice, decided once: sent, or skipped when a later step went out in
 * its place. Inserting the row is the claim on the step, so only one transaction ever sends it.
 */
@Repository
class ReminderDeliveries {

    static final String SENT = "SENT";
    static final String SKIPPED = "SKIPPED";

    private final JdbcClient jdbc;
    private final Clock clock;

    ReminderDeliveries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The step to send on an invoice, and the older steps it passes over. */
    record Claim(Invoice invoice, String send, List<String> passOver) {
    }

    /**
     * Claims each invoice's step to send and records the steps it passes over as skipped, in two
     * statements however many invoices; the invoices whose claim went in, the only ones whose email goes
     * out. A concurrent transaction claiming the same step waits for this one and then claims nothing.
     * Rows go in by invoice id, so two such transactions take their locks in the same order.
     */
    Set<InvoiceId> claimAll(List<Claim> claims) {
        if (claims.isEmpty()) {
            return Set.of();
        }
        List<Claim> inOrder = claims.stream().sorted(Comparator.comparing(claim -> claim.invoice().id().value()))
                .toList();
        Set<InvoiceId> claimed = new HashSet<>(insert(SENT, inOrder.stream()
                .map(claim -> new Step(claim.invoice(), claim.send()))
                .toList()));
        insert(SKIPPED, inOrder.stream()
                .filter(claim -> claimed.contains(claim.invoice().id()))
                .flatMap(claim -> claim.passOver().stream().map(older -> new Step(claim.invoice(), older)))
                .toList());
        return claimed;
    }

    private record Step(Invoice invoice, String key) {
    }

    /** The invoices whose row went in; a step decided already is left as it was. */
    private List<InvoiceId> insert(String status, List<Step> steps) {
        if (steps.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                INSERT INTO reminder_deliveries (invoice_id, workspace_id, step_key, status, at)
                SELECT step.invoice_id, step.workspace_id, step.step_key, :status, :at
                FROM unnest(CAST(:invoices AS UUID[]), CAST(:workspaces AS UUID[]), CAST(:keys AS TEXT[]))
                    AS step (invoice_id, workspace_id, step_key)
                ON CONFLICT (invoice_id, step_key) DO NOTHING
                RETURNING invoice_id""")
                .param("status", status)
                .param("at", Timestamps.of(clock.instant()))
                .param("invoices", steps.stream().map(step -> step.invoice().id().value().toString())
                        .toArray(String[]::new))
                .param("workspaces", steps.stream().map(step -> step.invoice().workspaceId().value().toString())
                        .toArray(String[]::new))
                .param("keys", steps.stream().map(Step::key).toArray(String[]::new))
                .query((rs, row) -> new InvoiceId(rs.getObject("invoice_id", UUID.class)))
                .list();
    }

    /** The steps decided on each of these invoices of the workspace, in one query. */
    Map<InvoiceId, Set<String>> decidedOn(WorkspaceId workspace, Collection<InvoiceId> invoices) {
        Map<InvoiceId, Set<String>> decided = new HashMap<>();
        if (invoices.isEmpty()) {
            return decided;
        }
        jdbc.sql("SELECT invoice_id, step_key FROM reminder_deliveries WHERE workspace_id = :workspace "
                        + "AND invoice_id IN (:invoices)")
                .param("workspace", workspace.value())
                .param("invoices", invoices.stream().map(InvoiceId::value).toList())
                .query((rs, row) -> Map.entry(new InvoiceId(rs.getObject("invoice_id", UUID.class)),
                        rs.getString("step_key")))
                .list()
                .forEach(step -> decided.computeIfAbsent(step.getKey(), invoice -> new HashSet<>()).add(step.getValue()));
        return decided;
    }
}
