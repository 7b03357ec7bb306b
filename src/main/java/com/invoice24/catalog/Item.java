package com.invoice24.catalog;

import com.invoice24.clients.ClientId;
import com.invoice24.workspace.WorkspaceId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A reusable line of the service library. The description is what the client reads on the
 * invoice, such as "Monthly SEO management – {period}". An archived item is no longer offered for
 * new invoices, but invoices and templates that name it keep it.
 */
public record Item(ItemId id, WorkspaceId workspaceId, String name, String description, Unit unit,
                   BigDecimal unitPrice, boolean taxable, @Nullable String category, @Nullable Instant archivedAt,
                   List<ClientRate> clientRates, long version) {

    public Item {
        unitPrice = Decimals.normalized(unitPrice);
        clientRates = List.copyOf(clientRates);
    }

    static Item create(WorkspaceId workspace, ItemRequest request) {
        return from(ItemId.random(), workspace, request, null, List.of(), 0);
    }

    Item revise(ItemRequest request) {
        return from(id, workspaceId, request, archivedAt, clientRates, version);
    }

    /** Archiving twice keeps the first date, so a retried call changes nothing. */
    Item archive(Clock clock) {
        return archived() ? this : withArchivedAt(clock.instant());
    }

    Item restore() {
        return withArchivedAt(null);
    }

    Item withRate(ClientId client, BigDecimal price) {
        List<ClientRate> rates = new ArrayList<>(withoutRate(client).clientRates);
        rates.add(new ClientRate(client, price));
        return withRates(rates);
    }

    Item withoutRate(ClientId client) {
        return withRates(clientRates.stream().filter(rate -> !rate.clientId().equals(client)).toList());
    }

    public boolean archived() {
        return archivedAt != null;
    }

    public Optional<ClientRate> rateFor(ClientId client) {
        return clientRates.stream().filter(rate -> rate.clientId().equals(client)).findFirst();
    }

    /** What this client pays per unit: their own rate if they have one, else the item's. */
    public BigDecimal priceFor(ClientId client) {
        return rateFor(client).map(ClientRate::unitPrice).orElse(unitPrice);
    }

    private static Item from(ItemId id, WorkspaceId workspace, ItemRequest request, @Nullable Instant archivedAt,
                             List<ClientRate> rates, long version) {
        String description = request.description() == null ? "" : request.description().strip();
        String category = request.category() == null || request.category().isBlank() ? null
                : request.category().strip();
        return new Item(id, workspace, request.name().strip(), description, request.unit(), request.unitPrice(),
                Boolean.TRUE.equals(request.taxable()), category, archivedAt, rates, version);
    }

    private Item withArchivedAt(@Nullable Instant at) {
        return new Item(id, workspaceId, name, description, unit, unitPrice, taxable, category, at, clientRates,
                version);
    }

    Item withRates(List<ClientRate> rates) {
        return new Item(id, workspaceId, name, description, unit, unitPrice, taxable, category, archivedAt, rates,
                version);
    }
}
