package com.invoice24.catalog;

import com.invoice24.clients.ClientId;
import com.invoice24.clients.Clients;
import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.NotFoundException;
import com.invoice24.shared.ResultPage;
import com.invoice24.workspace.AuditableChange;
import com.invoice24.workspace.AuditableChange.Subject;
import com.invoice24.workspace.WorkspaceId;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The use cases of the service-item library and the invoice templates, each in one transaction. */
@Service
public class Catalog {

    private static final int PICKER_SIZE = 500;

    private final Items items;
    private final InvoiceTemplates templates;
    private final Clients clients;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Catalog(Items items, InvoiceTemplates templates, Clients clients, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.items = items;
        this.templates = templates;
        this.clients = clients;
        this.clock = clock;
    }

    public Item item(WorkspaceId workspace, ItemId id) {
        return items.find(workspace, id).orElseThrow(() -> new NotFoundException("Item " + id));
    }

    /** The library to pick invoice lines from: every item not archived, by name. */
    public List<Item> activeItems(WorkspaceId workspace) {
        return items.search(workspace, new ItemQuery("", false, 0, PICKER_SIZE)).items();
    }

    ResultPage<Item> items(WorkspaceId workspace, ItemQuery query) {
        return items.search(workspace, query);
    }

    @Transactional
    Item add(WorkspaceId workspace, ItemRequest request) {
        Item item = Item.create(workspace, request);
        items.add(item);
        events.publishEvent(AuditableChange.of(workspace, Subject.ITEM, item.id(), item.name(), "created", ""));
        return item;
    }

    @Transactional
    Item revise(WorkspaceId workspace, ItemId id, ItemRequest request) {
        return change(workspace, id, item -> item.revise(request));
    }

    @Transactional
    Item archive(WorkspaceId workspace, ItemId id) {
        return change(workspace, id, item -> item.archive(clock));
    }

    @Transactional
    Item restore(WorkspaceId workspace, ItemId id) {
        return change(workspace, id, Item::restore);
    }

    @Transactional
    Item setRate(WorkspaceId workspace, ItemId id, ClientId client, BigDecimal unitPrice) {
        if (clients.find(workspace, client).isEmpty()) {
            throw new NotFoundException("Client " + client);
        }
        return change(workspace, id, item -> item.withRate(client, unitPrice));
    }

    @Transactional
    Item removeRate(WorkspaceId workspace, ItemId id, ClientId client) {
        return change(workspace, id, item -> item.withoutRate(client));
    }

    /** The unit price to put on this client's invoice line for the item: their own rate, else the item's. */
    public BigDecimal priceFor(WorkspaceId workspace, ItemId id, ClientId client) {
        return item(workspace, id).priceFor(client);
    }

    public InvoiceTemplate template(WorkspaceId workspace, TemplateId id) {
        return templates.find(workspace, id).orElseThrow(() -> new NotFoundException("Invoice template " + id));
    }

    /** The templates a new invoice can start from, by name. */
    public List<InvoiceTemplate> allTemplates(WorkspaceId workspace) {
        return templates.list(workspace, 0, PICKER_SIZE).items();
    }

    ResultPage<InvoiceTemplate> templates(WorkspaceId workspace, int page, int size) {
        return templates.list(workspace, page, size);
    }

    @Transactional
    InvoiceTemplate add(WorkspaceId workspace, TemplateRequest request) {
        requireItemsExist(workspace, request);
        InvoiceTemplate template = InvoiceTemplate.create(workspace, request);
        templates.add(template);
        events.publishEvent(AuditableChange.of(workspace, Subject.TEMPLATE, template.id(), template.name(), "created",
                ""));
        return template;
    }

    @Transactional
    InvoiceTemplate revise(WorkspaceId workspace, TemplateId id, TemplateRequest request) {
        requireItemsExist(workspace, request);
        InvoiceTemplate before = template(workspace, id);
        templates.update(before.revise(request));
        InvoiceTemplate after = template(workspace, id);
        events.publishEvent(AuditableChange.changed(workspace, Subject.TEMPLATE, id, after.name(), before, after));
        return after;
    }

    @Transactional
    void delete(WorkspaceId workspace, TemplateId id) {
        InvoiceTemplate template = template(workspace, id);
        if (!templates.delete(workspace, id)) {
            throw new NotFoundException("Invoice template " + id);
        }
        events.publishEvent(AuditableChange.of(workspace, Subject.TEMPLATE, id, template.name(), "removed", ""));
    }

    private Item change(WorkspaceId workspace, ItemId id, UnaryOperator<Item> change) {
        Item before = item(workspace, id);
        items.update(change.apply(before));
        Item after = item(workspace, id);
        events.publishEvent(AuditableChange.changed(workspace, Subject.ITEM, id, after.name(), before, after));
        return after;
    }

    private void requireItemsExist(WorkspaceId workspace, TemplateRequest request) {
        List<FieldProblem> unknown = new ArrayList<>();
        List<TemplateRequest.Line> lines = request.linesOrNone();
        for (int index = 0; index < lines.size(); index++) {
            if (lines.get(index).itemId() != null
                    && items.find(workspace, new ItemId(lines.get(index).itemId())).isEmpty()) {
                unknown.add(new FieldProblem("lines[" + index + "].itemId", "There is no such item in your library"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new BusinessRuleException("A line names a service item that is not in your library.", unknown);
        }
    }
}
