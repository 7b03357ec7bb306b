package com.invoice24.clients;

import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.InvalidRequestException;
import com.invoice24.shared.NotFoundException;
import com.invoice24.shared.ResultPage;
import com.invoice24.workspace.AuditableChange;
import com.invoice24.workspace.AuditableChange.Subject;
import com.invoice24.workspace.WorkspaceId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Onboarding and keeping client billing profiles and their purchase orders. */
@Service
public class ClientOnboarding {

    private final Clients clients;
    private final PurchaseOrders purchaseOrders;
    private final ObjectProvider<ClientBalances> balances;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ClientOnboarding(Clients clients, PurchaseOrders purchaseOrders, ObjectProvider<ClientBalances> balances,
                     Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.clients = clients;
        this.purchaseOrders = purchaseOrders;
        this.balances = balances;
        this.clock = clock;
    }

    @Transactional
    public Client onboard(WorkspaceId workspace, ClientRequest request) {
        if (request.name() == null || request.name().isBlank()) {
            throw new InvalidRequestException("A client needs a name.",
                    List.of(new FieldProblem("name", "Enter the client's name")));
        }
        Client client = clients.add(Client.onboard(workspace, request, clock));
        events.publishEvent(AuditableChange.of(workspace, Subject.CLIENT, client.id(), client.name(), "created", ""));
        return client;
    }

    @Transactional
    public Client revise(WorkspaceId workspace, ClientId id, ClientRequest change) {
        if (change.name() != null && change.name().isBlank()) {
            throw new InvalidRequestException("A client needs a name.",
                    List.of(new FieldProblem("name", "Enter the client's name")));
        }
        Client before = client(workspace, id);
        Client revised = clients.save(before.revise(change, clock));
        events.publishEvent(AuditableChange.changed(workspace, Subject.CLIENT, id, revised.name(), before.profile(),
                revised.profile()));
        return revised;
    }

    /**
     * Puts the client on hold or lifts it; says whether anything changed. Two reactions to one payment
     * may weigh the same hold at once: the change is one conditional update, so the second finds it
     * made and does nothing, rather than failing on the client's version.
     */
    @Transactional
    public boolean setOnHold(WorkspaceId workspace, ClientId id, boolean hold) {
        Client client = client(workspace, id);
        if (!clients.setOnHold(workspace, id, hold, clock.instant())) {
            return false;
        }
        events.publishEvent(AuditableChange.of(workspace, Subject.CLIENT, id, client.name(),
                hold ? "put on hold" : "taken off hold", ""));
        return true;
    }

    @Transactional
    public Client archive(WorkspaceId workspace, ClientId id) {
        Client archived = clients.save(client(workspace, id).archive(clock));
        events.publishEvent(AuditableChange.of(workspace, Subject.CLIENT, id, archived.name(), "archived", ""));
        return archived;
    }

    @Transactional
    public Client restore(WorkspaceId workspace, ClientId id) {
        Client restored = clients.save(client(workspace, id).restore(clock));
        events.publishEvent(AuditableChange.of(workspace, Subject.CLIENT, id, restored.name(), "restored", ""));
        return restored;
    }

    public Client client(WorkspaceId workspace, ClientId id) {
        return clients.find(workspace, id).orElseThrow(() -> new NotFoundException("Client " + id));
    }

    public ClientAccount account(WorkspaceId workspace, ClientId id) {
        Client client = client(workspace, id);
        return account(client, balances().of(workspace, List.of(id)));
    }

    /**
     * Balances are summed over the client's invoices, so they are weighed for the page shown only, unless the filter
     * asks about them: the home page's "onboarding incomplete" list then costs the same however much is invoiced.
     */
    public ResultPage<ClientAccount> list(WorkspaceId workspace, ClientFilter filter, int page, int size) {
        List<Client> matching = clients.matching(workspace, filter.q(), Boolean.TRUE.equals(filter.includeArchived()))
                .stream()
                .filter(client -> filter.onHold() == null || client.onHold() == filter.onHold())
                .filter(client -> filter.missingOnboarding() == null
                        || client.missingOnboarding().isEmpty() != filter.missingOnboarding())
                .toList();
        if (filter.withOpenBalance() == null) {
            List<Client> shown = pageOf(matching, page, size);
            Map<ClientId, ClientBalances.Balance> owed = balances().of(workspace, shown.stream().map(Client::id).toList());
            return new ResultPage<>(shown.stream().map(client -> account(client, owed)).toList(), page, size,
                    matching.size());
        }
        Map<ClientId, ClientBalances.Balance> owed = balances().of(workspace, matching.stream().map(Client::id).toList());
        List<ClientAccount> accounts = matching.stream()
                .map(client -> account(client, owed))
                .filter(account -> account.hasOpenBalance() == filter.withOpenBalance())
                .toList();
        return new ResultPage<>(pageOf(accounts, page, size), page, size, accounts.size());
    }

    private static <T> List<T> pageOf(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        return all.subList(from, (int) Math.min((long) from + size, all.size()));
    }

    public List<PurchaseOrderStanding> purchaseOrders(WorkspaceId workspace, ClientId id) {
        Client client = client(workspace, id);
        return purchaseOrders.of(workspace, id).stream().map(order -> standing(client, order)).toList();
    }

    @Transactional
    public PurchaseOrderStanding addPurchaseOrder(WorkspaceId workspace, ClientId id, PurchaseOrderRequest request) {
        Client client = client(workspace, id);
        PurchaseOrder order = new PurchaseOrder(UUID.randomUUID(), id, request.number().trim(), request.amount(),
                request.validFrom(), request.validTo(), request.notes());
        check(order, null);
        purchaseOrders.add(workspace, order, clock.instant());
        events.publishEvent(AuditableChange.of(workspace, Subject.CLIENT, id, client.name(), "purchase order added",
                "PO " + order.number() + ": " + order.amount()));
        return standing(makeDefaultIfAsked(client, order, request), order);
    }

    @Transactional
    public PurchaseOrderStanding revisePurchaseOrder(WorkspaceId workspace, ClientId id, UUID orderId,
                                                     PurchaseOrderRequest request) {
        Client client = client(workspace, id);
        PurchaseOrder current = purchaseOrders.find(workspace, id, orderId)
                .orElseThrow(() -> new NotFoundException("Purchase order " + orderId));
        PurchaseOrder revised = new PurchaseOrder(current.id(), id, request.number().trim(), request.amount(),
                request.validFrom(), request.validTo(), request.notes());
        check(revised, current.id());
        purchaseOrders.save(workspace, revised);
        events.publishEvent(AuditableChange.changed(workspace, Subject.CLIENT, id, client.name(), current, revised)
                .as("purchase order changed"));
        return standing(makeDefaultIfAsked(client, revised, request), revised);
    }

    private void check(PurchaseOrder order, @Nullable UUID except) {
        if (!order.amount().isPositive()) {
            throw new InvalidRequestException("A purchase order needs a positive amount.",
                    List.of(new FieldProblem("amount", "Enter an amount above 0.00")));
        }
        if (order.validFrom() != null && order.validTo() != null && order.validTo().isBefore(order.validFrom())) {
            throw new InvalidRequestException("The PO ends before it starts.",
                    List.of(new FieldProblem("validTo", "Use a date on or after the start date")));
        }
        if (purchaseOrders.numberTaken(order.clientId(), order.number(), except)) {
            throw new BusinessRuleException("This client already has PO " + order.number() + ".",
                    List.of(new FieldProblem("number", "This client already has a PO with this number")));
        }
    }

    private Client makeDefaultIfAsked(Client client, PurchaseOrder order, PurchaseOrderRequest request) {
        if (!Boolean.TRUE.equals(request.makeDefault())) {
            return client;
        }
        return clients.save(client.withDefaultPurchaseOrder(order.number(), clock));
    }

    private PurchaseOrderStanding standing(Client client, PurchaseOrder order) {
        return new PurchaseOrderStanding(order,
                balances().invoicedAgainst(client.workspaceId(), client.id(), order.number()),
                order.number().equals(client.profile().defaultPoNumber()));
    }

    private ClientAccount account(Client client, Map<ClientId, ClientBalances.Balance> owed) {
        return new ClientAccount(client, client.missingOnboarding(),
                owed.getOrDefault(client.id(), ClientBalances.Balance.NONE));
    }

    private ClientBalances balances() {
        List<ClientBalances> parts = balances.orderedStream().toList();
        return parts.isEmpty() ? ClientBalances.NONE_RECORDED : ClientBalances.sum(parts);
    }
}
