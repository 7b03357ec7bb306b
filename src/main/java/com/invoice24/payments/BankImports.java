package com.invoice24.payments;

import com.invoice24.shared.Money;
import com.invoice24.shared.ResultPage;
import com.invoice24.shared.Timestamps;
import com.invoice24.workspace.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Imported bank statements and their lines; every query scoped by workspace. */
@Repository
class BankImports {

    private final JdbcClient jdbc;

    BankImports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Imports of one workspace queue up, so two uploads of the same file cannot both apply it. */
    void lockWorkspace(WorkspaceId workspace) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "bank-import:" + workspace)
                .query(Object.class).single();
    }

    void add(WorkspaceId workspace, BankImport bankImport) {
        jdbc.sql("""
                INSERT INTO bank_imports (id, workspace_id, format, file_name, imported_at, imported_by)
                VALUES (:id, :workspace, :format, :fileName, :at, :by)""")
                .param("id", bankImport.id())
                .param("workspace", workspace.value())
                .param("format", bankImport.format().name())
                .param("fileName", bankImport.fileName())
                .param("at", Timestamps.of(bankImport.importedAt()))
                .param("by", bankImport.importedBy())
                .update();
    }

    boolean fingerprintKnown(WorkspaceId workspace, String fingerprint) {
        return jdbc.sql("SELECT count(*) FROM bank_lines WHERE workspace_id = :workspace AND fingerprint = :fingerprint")
                .param("workspace", workspace.value())
                .param("fingerprint", fingerprint)
                .query(Long.class).single() > 0;
    }

    /** A duplicate line is kept without its fingerprint: the first import of it holds that. */
    void addLine(WorkspaceId workspace, BankLine line, @Nullable String fingerprint) {
        jdbc.sql("""
                INSERT INTO bank_lines (id, workspace_id, import_id, line, booked_on, amount, memo, reference,
                    fingerprint, status)
                VALUES (:id, :workspace, :import, :line, :date, :amount, :memo, :reference, :fingerprint, :status)""")
                .param("id", line.id())
                .param("workspace", workspace.value())
                .param("import", line.importId())
                .param("line", line.line())
                .param("date", line.date())
                .param("amount", line.amount().amount())
                .param("memo", line.memo())
                .param("reference", line.reference())
                .param("fingerprint", fingerprint)
                .param("status", line.status().name())
                .update();
    }

    void resolve(WorkspaceId workspace, BankLine line, @Nullable String by, Instant at) {
        jdbc.sql("""
                UPDATE bank_lines SET status = :status, payment_id = :payment, dismiss_reason = :reason,
                    resolved_at = :at, resolved_by = :by
                WHERE workspace_id = :workspace AND id = :id""")
                .param("status", line.status().name())
                .param("payment", line.paymentId() == null ? null : line.paymentId().value())
                .param("reason", line.dismissReason())
                .param("at", Timestamps.of(at))
                .param("by", by)
                .param("workspace", workspace.value())
                .param("id", line.id())
                .update();
    }

    Optional<BankImport> find(WorkspaceId workspace, UUID id) {
        return jdbc.sql("SELECT * FROM bank_imports WHERE workspace_id = :workspace AND id = :id")
                .param("workspace", workspace.value())
                .param("id", id)
                .query((rs, row) -> bankImport(rs, lines(workspace, id)))
                .optional();
    }

    ResultPage<BankImport> list(WorkspaceId workspace, int page, int size) {
        long total = jdbc.sql("SELECT count(*) FROM bank_imports WHERE workspace_id = :workspace")
                .param("workspace", workspace.value())
                .query(Long.class).single();
        List<BankImport> imports = jdbc.sql("""
                SELECT * FROM bank_imports WHERE workspace_id = :workspace
                ORDER BY imported_at DESC, id LIMIT :limit OFFSET :offset""")
                .param("workspace", workspace.value())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, row) -> bankImport(rs, List.of()))
                .list().stream()
                .map(found -> new BankImport(found.id(), found.format(), found.fileName(), found.importedAt(),
                        found.importedBy(), lines(workspace, found.id())))
                .toList();
        return new ResultPage<>(imports, page, size, total);
    }

    ResultPage<BankLine> lines(WorkspaceId workspace, BankLine.@Nullable Status status, int page, int size) {
        long total = jdbc.sql("""
                SELECT count(*) FROM bank_lines WHERE workspace_id = :workspace
                  AND (CAST(:status AS TEXT) IS NULL OR status = CAST(:status AS TEXT))""")
                .param("workspace", workspace.value())
                .param("status", status == null ? null : status.name())
                .query(Long.class).single();
        List<BankLine> lines = jdbc.sql("""
                SELECT * FROM bank_lines WHERE workspace_id = :workspace
                  AND (CAST(:status AS TEXT) IS NULL OR status = CAST(:status AS TEXT))
                ORDER BY booked_on, import_id, line LIMIT :limit OFFSET :offset""")
                .param("workspace", workspace.value())
                .param("status", status == null ? null : status.name())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, row) -> line(rs))
                .list();
        return new ResultPage<>(lines, page, size, total);
    }

    /** For applying or dismissing: the line stays locked until the transaction ends. */
    Optional<BankLine> lockLine(WorkspaceId workspace, UUID id) {
        return jdbc.sql("SELECT * FROM bank_lines WHERE workspace_id = :workspace AND id = :id FOR UPDATE")
                .param("workspace", workspace.value())
                .param("id", id)
                .query((rs, row) -> line(rs))
                .optional();
    }

    Optional<BankLine> findLine(WorkspaceId workspace, UUID id) {
        return jdbc.sql("SELECT * FROM bank_lines WHERE workspace_id = :workspace AND id = :id")
                .param("workspace", workspace.value())
                .param("id", id)
                .query((rs, row) -> line(rs))
                .optional();
    }

    private List<BankLine> lines(WorkspaceId workspace, UUID importId) {
        return jdbc.sql("SELECT * FROM bank_lines WHERE workspace_id = :workspace AND import_id = :import ORDER BY line, id")
                .param("workspace", workspace.value())
                .param("import", importId)
                .query((rs, row) -> line(rs))
                .list();
    }

    private static BankImport bankImport(ResultSet rs, List<BankLine> lines) throws SQLException {
        return new BankImport(rs.getObject("id", UUID.class), StatementFormat.valueOf(rs.getString("format")),
                rs.getString("file_name"), rs.getTimestamp("imported_at").toInstant(), rs.getString("imported_by"),
                lines);
    }

    private static BankLine line(ResultSet rs) throws SQLException {
        UUID payment = rs.getObject("payment_id", UUID.class);
        return new BankLine(rs.getObject("id", UUID.class), rs.getObject("import_id", UUID.class), rs.getInt("line"),
                rs.getDate("booked_on").toLocalDate(), Money.of(rs.getBigDecimal("amount")), rs.getString("memo"),
                rs.getString("reference"), BankLine.Status.valueOf(rs.getString("status")),
                payment == null ? null : new PaymentId(payment), rs.getString("dismiss_reason"));
    }
}
