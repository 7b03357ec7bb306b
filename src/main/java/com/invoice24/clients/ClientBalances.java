package com.invoice24.clients;

import com.invoice24.shared.Money;
import com.invoice24.workspace.WorkspaceId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What clients owe and have in credit, and what was invoiced against their purchase orders. The
 * features that keep receivables (invoicing, payments) provide it; clients only shows it, so the
 * dependency points from them to here and not back.
 */
public interface ClientBalances {

    /** Until a feature records receivables, nobody owes anything. */
    ClientBalances NONE_RECORDED = new ClientBalances() {
        @Override
        public Map<ClientId, Balance> of(WorkspaceId workspace, Collection<ClientId> clients) {
            return Map.of();
        }

        @Override
        public Money invoicedAgainst(WorkspaceId workspace, ClientId client, String purchaseOrderNumber) {
            return Money.zero();
        }
    };

    /**
     * Several features each know a part (invoicing what is owed, payments what is held in credit);
     * the client sees their sum.
     */
    static ClientBalances sum(List<ClientBalances> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return new ClientBalances() {
            @Override
            public Map<ClientId, Balance> of(WorkspaceId workspace, Collection<ClientId> clients) {
                Map<ClientId, Balance> total = new HashMap<>();
                parts.forEach(part -> part.of(workspace, clients).forEach((client, balance) ->
                        total.merge(client, balance, Balance::plus)));
                return total;
            }

            @Override
            public Money invoicedAgainst(WorkspaceId workspace, ClientId client, String purchaseOrderNumber) {
                return parts.stream().map(part -> part.invoicedAgainst(workspace, client, purchaseOrderNumber))
                        .reduce(Money.zero(), Money::plus);
            }
        };
    }

    /** Balances of the clients that have any; a client missing from the map has none. */
    Map<ClientId, Balance> of(WorkspaceId workspace, Collection<ClientId> clients);

    Money invoicedAgainst(WorkspaceId workspace, ClientId client, String purchaseOrderNumber);

    record Balance(Money outstanding, Money credit) {

        public static final Balance NONE = new Balance(Money.zero(), Money.zero());

        public Balance plus(Balance other) {
            return new Balance(outstanding.plus(other.outstanding), credit.plus(other.credit));
        }
    }
}
