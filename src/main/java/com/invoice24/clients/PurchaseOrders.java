package com.invoice24.clients;

import com.invoice24.shared.Money;
import com.invoice24.shared.Timestamps;
import com.invoice24.workspace.WorkspaceId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PurchaseOrders {

    private final JdbcClient jdbc;

    PurchaseOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PurchaseOrder> of(WorkspaceId workspace, ClientId client) {
        return jdbc.sql("""
                SELECT * FROM purchase_orders WHERE workspace_id = :workspace AND client_id = :client
                ORDER BY valid_from NULLS FIRST, created_at""")
                .param("workspace", workspace.value())
                .param("client", client.value())
                .query(PurchaseOrders::purchaseOrder)
                .list();
    }

    Optional<PurchaseOrder> find(WorkspaceId workspace, ClientId client, UUID id) {
        return jdbc.sql("SELECT * FROM purchase_orders WHERE workspace_id = :workspace AND client_id = :client AND id = :id")
                .param("workspace", workspace.value())
                .param("client", client.value())
                .param("id", id)
                .query(PurchaseOrders::purchaseOrder)
                .optional();
    }

    boolean numberTaken(ClientId client, String number, @Nullable UUID except) {
        return jdbc.sql("SELECT count(*) FROM purchase_orders WHERE client_id = :client AND number = :number "
                        + "AND (CAST(:except AS UUID) IS NULL OR id <> CAST(:except AS UUID))")
                .param("client", client.value())
                .param("number", number)
                .param("except", except)
                .query(Long.class).single() > 0;
    }

    void add(WorkspaceId workspace, PurchaseOrder order, Instant now) {
        jdbc.sql("""
                INSERT INTO purchase_orders (id, workspace_id, client_id, number, amount, valid_from, valid_to, notes, created_at)
                VALUES (:id, :workspace, :client, :number, :amount, :validFrom, :validTo, :notes, :now)""")
                .param("id", order.id())
                .param("workspace", workspace.value())
                .param("client", order.clientId().value())
                .param("number", order.number())
                .param("amount", order.amount().amount())
                .param("validFrom", order.validFrom())
                .param("validTo", order.validTo())
                .param("notes", order.notes())
                .param("now", Timestamps.of(now))
                .update();
    }

    void save(WorkspaceId workspace, PurchaseOrder order) {
        jdbc.sql("""
                UPDATE purchase_orders SET number = :number, amount = :amount, valid_from = :validFrom,
                    valid_to = :validTo, notes = :notes
                WHERE id = :id AND workspace_id = :workspace""")
                .param("number", order.number())
                .param("amount", order.amount().amount())
                .param("validFrom", order.validFrom())
                .param("validTo", order.validTo())
                .param("notes", order.notes())
                .param("id", order.id())
                .param("workspace", workspace.value())
                .update();
    }

    private static PurchaseOrder purchaseOrder(ResultSet rs, int row) throws SQLException {
        return new PurchaseOrder(rs.getObject("id", UUID.class), new ClientId(rs.getObject("client_id", UUID.class)),
                rs.getString("number"), Money.of(rs.getBigDecimal("amount")), date(rs.getDate("valid_from")),
                date(rs.getDate("valid_to")), rs.getString("notes"));
    }

    private static @Nullable LocalDate date(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
