package com.invoice24.collections;

import com.invoice24.invoicing.InvoiceId;
import com.invoice24.workspace.WorkspaceId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reminder steps that went out, read back for the pages that show a client's reminders. */
@Repository
class ReminderHistory {

    private final JdbcClient jdbc;

    ReminderHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Sent(InvoiceId invoice, String stepKey, Instant at) {
    }

    /** The latest reminders sent on any of these invoices, newest first. */
    List<Sent> latestOn(WorkspaceId workspace, Collection<InvoiceId> invoices, int limit) {
        if (invoices.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT invoice_id, step_key, at FROM reminder_deliveries
                WHERE workspace_id = :workspace AND status = 'SENT' AND invoice_id IN (:invoices)
                ORDER BY at DESC LIMIT :limit""")
                .param("workspace", workspace.value())
                .param("invoices", invoices.stream().map(InvoiceId::value).toList())
                .param("limit", limit)
                .query((rs, row) -> new Sent(new InvoiceId(rs.getObject("invoice_id", UUID.class)),
                        rs.getString("step_key"), rs.getTimestamp("at").toInstant()))
                .list();
    }
}
