package com.invoice24.payments;

import com.invoice24.workspace.InvoiceNumberPattern;
import com.invoice24.workspace.WorkspaceId;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gapless credit note numbers, CN-2026-0001, counted per workspace and year apart from invoice
 * numbers. The counter row is bumped in the issuing transaction and stays locked until it commits,
 * so concurrent credit notes queue up behind it and a refused one gives its number back.
 */
@Component
class CreditNoteNumbers {

    static final InvoiceNumberPattern PATTERN = new InvoiceNumberPattern("CN-{yyyy}-{seq:4}");

    private final JdbcClient jdbc;

    CreditNoteNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String next(WorkspaceId workspace, LocalDate issuedOn) {
        long sequence = jdbc.sql("""
                INSERT INTO credit_note_counters (workspace_id, year, next_number) VALUES (:workspace, :year, 2)
                ON CONFLICT (workspace_id, year) DO UPDATE SET next_number = credit_note_counters.next_number + 1
                RETURNING next_number - 1""")
                .param("workspace", workspace.value())
                .param("year", issuedOn.getYear())
                .query(Long.class)
                .single();
        return PATTERN.format(issuedOn, sequence);
    }
}
