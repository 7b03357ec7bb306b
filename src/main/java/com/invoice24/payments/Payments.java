package com.invoice24.payments;

import com.invoice24.clients.ClientId;
import com.invoice24.clients.PaymentMethod;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.shared.Money;
import com.invoice24.shared.ResultPage;
import com.invoice24.shared.RowInserts;
import com.invoice24.shared.Timestamps;
import com.invoice24.workspace.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Payments and their allocations; every query scoped by workspace. */
@Repository
class Payments {

    private final JdbcClient jdbc;
    private final Invoicing invoicing;

    Payments(JdbcClient jdbc, Invoicing invoicing) {
        this.jdbc = jdbc;
        this.invoicing = invoicing;
    }

    void add(Payment payment, @Nullable String by) {
        jdbc.sql("""
                INSERT INTO payments (id, workspace_id, client_id, amount, received_on, method, reference, fee,
                    created_at, created_by)
                VALUES (:id, :workspace, :client, :amount, :receivedOn, :method, :reference, :fee, :createdAt, :by)""")
                .param("id", payment.id().value())
                .param("workspace", payment.workspaceId().value())
                .param("client", payment.clientId().value())
                .param("amount", payment.amount().amount())
                .param("receivedOn", payment.receivedOn())
                .param("method", payment.method().name())
                .param("reference", payment.reference())
                .param("fee", payment.fee().amount())
                .param("createdAt", Timestamps.of(payment.createdAt()))
                .param("by", by)
                .update();
        RowInserts.insert(jdbc, "payment_allocations", List.of("payment_id", "invoice_id", "amount"),
                payment.allocations().stream()
                        .map(allocation -> new Object[] {payment.id().value(), allocation.invoiceId().value(),
                                allocation.amount().amount()})
                        .toList());
    }

    void markReversed(Payment payment) {
        jdbc.sql("UPDATE payments SET reversed_at = :at, reversal_reason = :reason WHERE id = :id AND reversed_at IS NULL")
                .param("at", Timestamps.of(payment.reversedAt()))
                .param("reason", payment.reversalReason())
                .param("id", payment.id().value())
                .update();
    }

    Optional<Payment> find(WorkspaceId workspace, PaymentId id) {
        return jdbc.sql("SELECT * FROM payments WHERE workspace_id = :workspace AND id = :id")
                .param("workspace", workspace.value())
                .param("id", id.value())
                .query((rs, row) -> payment(rs, allocations(workspace, List.of(id)).getOrDefault(id, List.of())))
                .optional();
    }

    /** For reversal: the row stays locked until the transaction ends. */
    Optional<Payment> lock(WorkspaceId workspace, PaymentId id) {
        jdbc.sql("SELECT id FROM payments WHERE workspace_id = :workspace AND id = :id FOR UPDATE")
                .param("workspace", workspace.value()).param("id", id.value()).query(UUID.class).optional();
        return find(workspace, id);
    }

    ResultPage<Payment> list(WorkspaceId workspace, @Nullable ClientId client, int page, int size) {
        long total = jdbc.sql("SELECT count(*) FROM payments WHERE workspace_id = :workspace "
                        + "AND (CAST(:client AS UUID) IS NULL OR client_id = CAST(:client AS UUID))")
                .param("workspace", workspace.value())
                .param("client", client == null ? null : client.value())
                .query(Long.class).single();
        return new ResultPage<>(latest(workspace, client, (long) page * size, size), page, size, total);
    }

    /** The latest payments first, with their allocations; no count of them all, for a page that shows a few. */
    List<Payment> latest(WorkspaceId workspace, @Nullable ClientId client, long offset, int size) {
        List<Payment> payments = jdbc.sql("SELECT * FROM payments WHERE workspace_id = :workspace "
                        + "AND (CAST(:client AS UUID) IS NULL OR client_id = CAST(:client AS UUID)) "
                        + "ORDER BY received_on DESC, created_at DESC LIMIT :limit OFFSET :offset")
                .param("workspace", workspace.value())
                .param("client", client == null ? null : client.value())
                .param("limit", size)
                .param("offset", offset)
                .query((rs, row) -> payment(rs, List.of()))
                .list();
        Map<PaymentId, List<Allocation>> allocations = allocations(workspace,
                payments.stream().map(Payment::id).toList());
        return payments.stream()
                .map(payment -> withAllocations(payment, allocations.getOrDefault(payment.id(), List.of())))
                .toList();
    }

    /**
     * The allocations of some payments, read in one query for all of them, in invoice-number order; the
     * numbers come from invoicing, which owns them.
     */
    private Map<PaymentId, List<Allocation>> allocations(WorkspaceId workspace, Collection<PaymentId> payments) {
        if (payments.isEmpty()) {
            return Map.of();
        }
        List<Map.Entry<PaymentId, Allocation>> rows = jdbc.sql("""
                SELECT payment_id, invoice_id, amount FROM payment_allocations WHERE payment_id IN (:payments)""")
                .param("payments", payments.stream().map(PaymentId::value).toList())
                .query((rs, row) -> Map.entry(new PaymentId(rs.getObject("payment_id", UUID.class)), allocation(rs)))
                .list();
        Map<InvoiceId, String> numbers = invoicing.numbers(workspace,
                rows.stream().map(row -> row.getValue().invoiceId()).collect(Collectors.toSet()));
        return rows.stream()
                .map(row -> Map.entry(row.getKey(), row.getValue().numbered(numbers.get(row.getValue().invoiceId()))))
                .sorted(Map.Entry.comparingByValue(Allocation.IN_NUMBER_ORDER))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static Allocation allocation(ResultSet rs) throws SQLException {
        return new Allocation(new InvoiceId(rs.getObject("invoice_id", UUID.class)), null,
                Money.of(rs.getBigDecimal("amount")));
    }

    private static Payment withAllocations(Payment payment, List<Allocation> allocations) {
        return new Payment(payment.id(), payment.workspaceId(), payment.clientId(), payment.amount(),
                payment.receivedOn(), payment.method(), payment.reference(), payment.fee(), allocations,
                payment.reversedAt(), payment.reversalReason(), payment.createdAt());
    }

    private static Payment payment(ResultSet rs, List<Allocation> allocations) throws SQLException {
        Timestamp reversedAt = rs.getTimestamp("reversed_at");
        return new Payment(new PaymentId(rs.getObject("id", UUID.class)),
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                new ClientId(rs.getObject("client_id", UUID.class)), Money.of(rs.getBigDecimal("amount")),
                rs.getDate("received_on").toLocalDate(), PaymentMethod.valueOf(rs.getString("method")),
                rs.getString("reference"), Money.of(rs.getBigDecimal("fee")), allocations,
                reversedAt == null ? null : reversedAt.toInstant(), rs.getString("reversal_reason"),
                rs.getTimestamp("created_at").toInstant());
    }
}
