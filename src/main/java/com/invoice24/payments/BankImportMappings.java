package com.invoice24.payments;

import com.invoice24.shared.Timestamps;
import com.invoice24.workspace.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The CSV column mappings each workspace saved for its banks. */
@Repository
class BankImportMappings {

    private final JdbcClient jdbc;

    BankImportMappings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean nameTaken(WorkspaceId workspace, String name) {
        return jdbc.sql("SELECT count(*) FROM bank_mappings WHERE workspace_id = :workspace AND lower(name) = lower(:name)")
                .param("workspace", workspace.value())
                .param("name", name)
                .query(Long.class).single() > 0;
    }

    void add(WorkspaceId workspace, BankImportMapping mapping) {
        jdbc.sql("""
                INSERT INTO bank_mappings (id, workspace_id, name, date_column, amount_column, credit_column,
                    debit_column, memo_column, reference_column, date_format, has_header, created_at)
                VALUES (:id, :workspace, :name, :date, :amount, :credit, :debit, :memo, :reference, :dateFormat,
                    :hasHeader, :createdAt)""")
                .param("id", mapping.id())
                .param("workspace", workspace.value())
                .param("name", mapping.name())
                .param("date", mapping.dateColumn())
                .param("amount", mapping.amountColumn())
                .param("credit", mapping.creditColumn())
                .param("debit", mapping.debitColumn())
                .param("memo", mapping.memoColumn())
                .param("reference", mapping.referenceColumn())
                .param("dateFormat", mapping.dateFormat())
                .param("hasHeader", mapping.hasHeader())
                .param("createdAt", Timestamps.of(mapping.createdAt()))
                .update();
    }

    Optional<BankImportMapping> find(WorkspaceId workspace, UUID id) {
        return jdbc.sql("SELECT * FROM bank_mappings WHERE workspace_id = :workspace AND id = :id")
                .param("workspace", workspace.value())
                .param("id", id)
                .query((rs, row) -> mapping(rs))
                .optional();
    }

    List<BankImportMapping> all(WorkspaceId workspace) {
        return jdbc.sql("SELECT * FROM bank_mappings WHERE workspace_id = :workspace ORDER BY lower(name)")
                .param("workspace", workspace.value())
                .query((rs, row) -> mapping(rs))
                .list();
    }

    private static BankImportMapping mapping(ResultSet rs) throws SQLException {
        return new BankImportMapping(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("date_column"),
                rs.getString("amount_column"), rs.getString("credit_column"), rs.getString("debit_column"),
                rs.getString("memo_column"), rs.getString("reference_column"), rs.getString("date_format"),
                rs.getBoolean("has_header"), rs.getTimestamp("created_at").toInstant());
    }
}
