package com.invoice24.invoicing;

import com.invoice24.clients.ClientBalances;
import com.invoice24.clients.ClientId;
import com.invoice24.shared.Money;
import com.invoice24.workspace.WorkspaceId;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What clients owe on their sent invoices, and what was invoiced against their purchase orders. */
@Component
class Receivables implements ClientBalances {

    private final JdbcClient jdbc;

    Receivables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<ClientId, Balance> of(WorkspaceId workspace, Collection<ClientId> clients) {
        Map<ClientId, Balance> balances = new HashMap<>();
        if (clients.isEmpty()) {
            return balances;
        }
        jdbc.sql("""
                SELECT client_id, sum(total - amount_paid - amount_credited) AS outstanding FROM invoices
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
}
