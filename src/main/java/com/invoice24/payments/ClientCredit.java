package com.invoice24.payments;

import com.invoice24.clients.ClientBalances;
import com.invoice24.clients.ClientId;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.shared.Money;
import com.invoice24.shared.RowInserts;
import com.invoice24.shared.Timestamps;
import com.invoice24.workspace.WorkspaceId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Client credit as a ledger: overpayments and deposits come in, applications and refunds go out,
 * each a signed row with a reason. The clients' credit balance is its sum.
 */
@Component
class ClientCredit implements ClientBalances {

    enum Entry { RECEIVED, APPLIED, REFUNDED, REVERSED }

    private final JdbcClient jdbc;
    private final Clock clock;

    ClientCredit(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Serializes credit changes of one client, so two applications cannot spend the same credit. */
    void lock(WorkspaceId workspace, ClientId client) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "client-credit:" + workspace + ":" + client)
                .query(Object.class).single();
    }

    Money balance(WorkspaceId workspace, ClientId client) {
        return Money.of(jdbc.sql("SELECT coalesce(sum(amount), 0) FROM client_credit_entries "
                        + "WHERE workspace_id = :workspace AND client_id = :client")
                .param("workspace", workspace.value())
                .param("client", client.value())
                .query(BigDecimal.class).single());
    }

    void record(WorkspaceId workspace, ClientId client, Entry kind, Money signedAmount, @Nullable PaymentId payment,
                @Nullable InvoiceId invoice, @Nullable String reason, @Nullable String by) {
        jdbc.sql("""
                INSERT INTO client_credit_entries (id, workspace_id, client_id, kind, amount, payment_id, invoice_id,
                    reason, at, created_by)
                VALUES (:id, :workspace, :client, :kind, :amount, :payment, :invoice, :reason, :at, :by)""")
                .param("id", UUID.randomUUID())
                .param("workspace", workspace.value())
                .param("client", client.value())
                .param("kind", kind.name())
                .param("amount", signedAmount.amount())
                .param("payment", payment == null ? null : payment.value())
                .param("invoice", invoice == null ? null : invoice.value())
                .param("reason", reason)
                .param("at", Timestamps.of(clock.instant()))
                .param("by", by)
                .update();
    }

    /** Credit spent on invoices: one entry per allocation, all written with one statement. */
    void recordApplied(WorkspaceId workspace, ClientId client, List<Allocation> allocations, @Nullable String by) {
        OffsetDateTime at = Timestamps.of(clock.instant());
        RowInserts.insert(jdbc, "client_credit_entries", List.of("id", "workspace_id", "client_id", "kind", "amount",
                "invoice_id", "reason", "at", "created_by"), allocations.stream()
                .map(allocation -> new Object[] {UUID.randomUUID(), workspace.value(), client.value(),
                        Entry.APPLIED.name(), Money.zero().minus(allocation.amount()).amount(), allocation.invoiceId().value(),
                        "Applied to " + allocation.invoiceNumber(), at, by})
                .toList());
    }

    @Override
    public Map<ClientId, Balance> of(WorkspaceId workspace, Collection<ClientId> clients) {
        Map<ClientId, Balance> balances = new HashMap<>();
        if (clients.isEmpty()) {
            return balances;
        }
        jdbc.sql("""
                SELECT client_id, sum(amount) AS credit FROM client_credit_entries
                WHERE workspace_id = :workspace AND client_id IN (:clients) GROUP BY client_id HAVING sum(amount) <> 0""")
                .param("workspace", workspace.value())
                .param("clients", clients.stream().map(ClientId::value).toList())
                .query((rs, row) -> balances.put(new ClientId(rs.getObject("client_id", UUID.class)),
                        new Balance(Money.zero(), Money.of(rs.getBigDecimal("credit")))))
                .list();
        return balances;
    }

    @Override
    public Money invoicedAgainst(WorkspaceId workspace, ClientId client, String purchaseOrderNumber) {
        return Money.zero();
    }
}
