package com.invoice24.payments;

import com.invoice24.clients.ClientId;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.shared.Money;
import com.invoice24.shared.ResultPage;
import com.invoice24.shared.RowInserts;
import com.invoice24.shared.Timestamps;
import com.invoice24.workspace.MemberId;
import com.invoice24.workspace.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The credit notes of each workspace with their lines. Only ever added to: an issued note does not change. */
@Repository
class CreditNotes {

    private final JdbcClient jdbc;

    CreditNotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(CreditNote note) {
        jdbc.sql("""
                INSERT INTO credit_notes (id, workspace_id, invoice_id, invoice_number, client_id, number, amount,
                                          reason, balance_due_after, issued_on, created_at, created_by)
                VALUES (:id, :workspace, :invoice, :invoiceNumber, :client, :number, :amount,
                        :reason, :balanceDueAfter, :issuedOn, :createdAt, :createdBy)""")
                .param("id", note.id().value())
                .param("workspace", note.workspaceId().value())
                .param("invoice", note.invoiceId().value())
                .param("invoiceNumber", note.invoiceNumber())
                .param("client", note.clientId().value())
                .param("number", note.number())
                .param("amount", note.amount().amount())
                .param("reason", note.reason())
                .param("balanceDueAfter", note.balanceDueAfter().amount())
                .param("issuedOn", note.issuedOn())
                .param("createdAt", Timestamps.of(note.createdAt()))
                .param("createdBy", note.createdBy().value())
                .update();
        List<Object[]> lines = new ArrayList<>();
        for (int position = 0; position < note.lines().size(); position++) {
            CreditNoteLine line = note.lines().get(position);
            lines.add(new Object[] {note.id().value(), position, line.description(), line.amount().amount()});
        }
        RowInserts.insert(jdbc, "credit_note_lines", List.of("credit_note_id", "position", "description", "amount"),
                lines);
    }

    Optional<CreditNote> find(WorkspaceId workspace, CreditNoteId id) {
        return withLines(jdbc.sql("SELECT * FROM credit_notes WHERE workspace_id = :workspace AND id = :id")
                .param("workspace", workspace.value())
                .param("id", id.value()))
                .stream().findFirst();
    }

    /** Newest first; {@code invoice} and {@code client} narrow the list when given. */
    ResultPage<CreditNote> list(WorkspaceId workspace, @Nullable InvoiceId invoice, @Nullable ClientId client,
                                int page, int size) {
        StringBuilder where = new StringBuilder("WHERE workspace_id = :workspace");
        Map<String, Object> params = new HashMap<>();
        params.put("workspace", workspace.value());
        if (invoice != null) {
            where.append(" AND invoice_id = :invoice");
            params.put("invoice", invoice.value());
        }
        if (client != null) {
            where.append(" AND client_id = :client");
            params.put("client", client.value());
        }
        long total = jdbc.sql("SELECT count(*) FROM credit_notes " + where).params(params).query(Long.class).single();
        List<CreditNote> notes = withLines(jdbc.sql("SELECT * FROM credit_notes " + where
                        + " ORDER BY issued_on DESC, created_at DESC, number DESC LIMIT :size OFFSET :offset")
                .params(params)
                .param("size", size)
                .param("offset", (long) page * size));
        return new ResultPage<>(notes, page, size, total);
    }

    /** The notes the statement selects, each with its lines, read in one more query for all of them. */
    private List<CreditNote> withLines(JdbcClient.StatementSpec notes) {
        List<CreditNote> found = notes.query((rs, row) -> note(rs)).list();
        if (found.isEmpty()) {
            return found;
        }
        Map<UUID, List<CreditNoteLine>> lines = jdbc.sql("""
                SELECT credit_note_id, description, amount FROM credit_note_lines
                WHERE credit_note_id IN (:notes)
                ORDER BY credit_note_id, position""")
                .param("notes", found.stream().map(note -> note.id().value()).toList())
                .query((rs, row) -> Map.entry(rs.getObject("credit_note_id", UUID.class),
                        new CreditNoteLine(rs.getString("description"), Money.of(rs.getBigDecimal("amount")))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return found.stream().map(note -> withLines(note, lines.getOrDefault(note.id().value(), List.of()))).toList();
    }

    private static CreditNote withLines(CreditNote note, List<CreditNoteLine> lines) {
        return new CreditNote(note.id(), note.workspaceId(), note.invoiceId(), note.invoiceNumber(), note.clientId(),
                note.number(), note.amount(), note.reason(), lines, note.balanceDueAfter(), note.issuedOn(),
                note.createdAt(), note.createdBy());
    }

    private static CreditNote note(ResultSet rs) throws SQLException {
        return new CreditNote(new CreditNoteId(rs.getObject("id", UUID.class)),
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                new InvoiceId(rs.getObject("invoice_id", UUID.class)), rs.getString("invoice_number"),
                new ClientId(rs.getObject("client_id", UUID.class)), rs.getString("number"),
                Money.of(rs.getBigDecimal("amount")), rs.getString("reason"), List.of(),
                Money.of(rs.getBigDecimal("balance_due_after")), rs.getObject("issued_on", LocalDate.class),
                rs.getTimestamp("created_at").toInstant(), new MemberId(rs.getObject("created_by", UUID.class)));
    }
}
