package com.invoice24.payments;

import com.invoice24.shared.Money;
import com.invoice24.shared.ResultPage;
import com.invoice24.shared.RowInserts;
import com.invoice24.shared.Timestamps;
import com.invoice24.workspace.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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

    /** Which of these fingerprints the workspace has imported before: one query for a whole file. */
    Set<String> knownFingerprints(WorkspaceId workspace, Collection<String> fingerprints) {
        if (fingerprints.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                SELECT fingerprint FROM bank_lines
                WHERE workspace_id = :workspace AND fingerprint = ANY(:fingerprints)""")
                .param("workspace", workspace.value())
                .param("fingerprints", fingerprints.toArray(String[]::new))
                .query(String.class)
                .list());
    }

    /** A line as an import writes it: a duplicate without its fingerprint, since the first import of it holds that. */
    record NewLine(BankLine line, @Nullable String fingerprint) {
    }

    /**
     * The lines of one file, written together once every deposit is matched; a line applied on import is
     * resolved by whoever imported it, at {@code at}.
     */
    void addLines(WorkspaceId workspace, List<NewLine> lines, @Nullable String by, Instant at) {
        RowInserts.insert(jdbc, "bank_lines", List.of("id", "workspace_id", "import_id", "line", "booked_on", "amount",
                "memo", "reference", "fingerprint", "status", "payment_id", "resolved_at", "resolved_by"),
                lines.stream().map(added -> {
                    BankLine line = added.line();
                    boolean applied = line.status() == BankLine.Status.APPLIED;
                    return new Object[] {line.id(), workspace.value(), line.importId(), line.line(), line.date(),
                            line.amount().amount(), line.memo(), line.reference(), added.fingerprint(),
                            line.status().name(), line.paymentId() == null ? null : line.paymentId().value(),
                            applied ? Timestamps.of(at) : null, applied ? by : null};
                }).toList());
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
                .list();
        Map<UUID, List<BankLine>> lines = linesOf(workspace, imports.stream().map(BankImport::id).toList());
        return new ResultPage<>(imports.stream()
                .map(found -> new BankImport(found.id(), found.format(), found.fileName(), found.importedAt(),
                        found.importedBy(), lines.getOrDefault(found.id(), List.of())))
                .toList(), page, size, total);
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

    /** The lines of a page of imports, read in one query for all of them. */
    private Map<UUID, List<BankLine>> linesOf(WorkspaceId workspace, List<UUID> importIds) {
        if (importIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT * FROM bank_lines WHERE workspace_id = :workspace AND import_id IN (:imports)
                ORDER BY import_id, line, id""")
                .param("workspace", workspace.value())
                .param("imports", importIds)
                .query((rs, row) -> line(rs))
                .list().stream()
                .collect(Collectors.groupingBy(BankLine::importId, Collectors.toList()));
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
