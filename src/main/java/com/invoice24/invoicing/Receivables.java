package com.invoice24.invoicing;

import com.invoice24.clients.ClientBalances;
import com.invoice24.clients.ClientId;
import com.invoice24.shared.Money;
import com.invoice24.workspace.WorkspaceId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What clients owe on their sent invoices, and what was invoiced against their purchase orders. */
@Component
public class Receivables implements ClientBalances {

    /** Money due on sent invoices: in all, already past due, and falling due in the coming week. */
    public record Standing(Figure owed, Figure overdue, Figure dueThisWeek) {
    }

    /** How many invoices, and what is due on them. */
    public record Figure(long invoices, Money due) {
    }

    private record Key(WorkspaceId workspace, LocalDate today) {
    }

    private final JdbcClient jdbc;
    private final KeptUntilInvoicesChange<Key, Standing> standings;

    Receivables(JdbcClient jdbc, Invoices invoices) {
        this.jdbc = jdbc;
        this.standings = new KeptUntilInvoicesChange<>(invoices);
    }

    @Override
    public Map<ClientId, Balance> of(WorkspaceId workspace, Collection<ClientId> clients) {
        Map<ClientId, Balance> balances = new HashMap<>();
        if (clients.isEmpty()) {
            return balances;
        }
        jdbc.sql("""
                SELECT client_id, sum(balance_due) AS outstanding FROM invoices
                WHERE workspace_id = :workspace AND state = 'SENT' AND client_id IN (:clients)
                GROUP BY client_id""")
                .param("workspace", workspace.value())
                .param("clients", clients.stream().map(ClientId::value).toList())
                .query((rs, row) -> balances.put(new ClientId(rs.getObject("client_id", UUID.class)),
                        new Balance(Money.of(rs.getBigDecimal("outstanding")), Money.zero())))
                .list();
        return balances;
    }

    /** Sent invoices count against the PO; a voided one gives its amount back. */
    @Override
    public Money invoicedAgainst(WorkspaceId workspace, ClientId client, String purchaseOrderNumber) {
        return Money.of(jdbc.sql("""
                SELECT coalesce(sum(total), 0) FROM invoices
                WHERE workspace_id = :workspace AND client_id = :client AND po_number = :po
                  AND state IN ('SENT', 'WRITTEN_OFF')""")
                .param("workspace", workspace.value())
                .param("client", client.value())
                .param("po", purchaseOrderNumber)
                .query(BigDecimal.class)
                .single());
    }

    /**
     * What the workspace is owed as of {@code today}. Overdue counts disputed invoices too, as the invoice
     * list's past-due filter does; the coming week is today and the six days after it. Totalled again only when
     * the workspace's invoices have changed: the home page shows it on every visit.
     */
    public Standing standing(WorkspaceId workspace, LocalDate today) {
        return standings.get(workspace, new Key(workspace, today), () -> jdbc.sql("""
                SELECT count(*) AS owed_n, coalesce(sum(due), 0) AS owed,
                       count(*) FILTER (WHERE due_date < :today) AS overdue_n,
                       coalesce(sum(due) FILTER (WHERE due_date < :today), 0) AS overdue,
                       count(*) FILTER (WHERE due_date BETWEEN :today AND :weekEnd) AS week_n,
                       coalesce(sum(due) FILTER (WHERE due_date BETWEEN :today AND :weekEnd), 0) AS week,
                       %s AS version
                FROM (SELECT balance_due AS due, due_date FROM invoices
                      WHERE workspace_id = :workspace AND state = 'SENT' AND balance_due > 0) AS open"""
                .formatted(Invoices.LIST_VERSION))
                .param("workspace", workspace.value())
                .param("today", today)
                .param("weekEnd", today.plusDays(6))
                .query((rs, row) -> new KeptUntilInvoicesChange.Counted<>(rs.getLong("version"), new Standing(
                        new Figure(rs.getLong("owed_n"), Money.of(rs.getBigDecimal("owed"))),
                        new Figure(rs.getLong("overdue_n"), Money.of(rs.getBigDecimal("overdue"))),
                        new Figure(rs.getLong("week_n"), Money.of(rs.getBigDecimal("week"))))))
                .single());
    }
}
