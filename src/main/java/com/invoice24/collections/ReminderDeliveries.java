package com.invoice24.collections;

import com.invoice24.invoicing.Invoice;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.shared.Timestamps;
import com.invoice24.workspace.WorkspaceId;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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

    /** True only for the transaction whose row went in; a concurrent one waits for it and then gets false. */
    boolean claim(Invoice invoice, String stepKey, String status) {
        return jdbc.sql("""
                INSERT INTO reminder_deliveries (invoice_id, workspace_id, step_key, status, at)
                VALUES (:invoice, :workspace, :step, :status, :at)
                ON CONFLICT (invoice_id, step_key) DO NOTHING""")
                .param("invoice", invoice.id().value())
                .param("workspace", invoice.workspaceId().value())
                .param("step", stepKey)
                .param("status", status)
                .param("at", Timestamps.of(clock.instant()))
                .update() == 1;
    }

    boolean decided(InvoiceId invoice, String stepKey) {
        return jdbc.sql("SELECT count(*) FROM reminder_deliveries WHERE invoice_id = :invoice AND step_key = :step")
                .param("invoice", invoice.value()).param("step", stepKey).query(Long.class).single() > 0;
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
