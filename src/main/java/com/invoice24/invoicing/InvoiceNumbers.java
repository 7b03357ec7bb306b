package com.invoice24.invoicing;

import com.invoice24.workspace.InvoiceNumberPattern;
import com.invoice24.workspace.WorkspaceId;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gapless invoice numbers. The counter row is bumped in the finalizing transaction and
 * stays locked until it commits, so concurrent sends queue up behind it and a rolled-back send
 * returns its number.
 */
@Component
class InvoiceNumbers {

    private final JdbcClient jdbc;

    InvoiceNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String next(WorkspaceId workspace, InvoiceNumberPattern pattern, LocalDate issueDate) {
        int period = pattern.restartsYearly() ? issueDate.getYear() : 0;
        long sequence = jdbc.sql("""
                INSERT INTO invoice_counters (workspace_id, period, next_number) VALUES (:workspace, :period, 2)
                ON CONFLICT (workspace_id, period) DO UPDATE SET next_number = invoice_counters.next_number + 1
                RETURNING next_number - 1""")
                .param("workspace", workspace.value())
                .param("period", period)
                .query(Long.class)
                .single();
        return pattern.format(issueDate, sequence);
    }
}
