package com.invoice24.catalog;

import com.invoice24.workspace.WorkspaceId;
import com.invoice24.workspace.WorkspaceOpened;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every new workspace a few service items and one invoice template per billing model, worded
 * the way AP teams approve on first read, so the first invoice needs no setup. It runs inside the
 * sign-up transaction: a workspace never exists without them.
 */
@Component
class StarterCatalog {

    private final Catalog catalog;

    StarterCatalog(Catalog catalog) {
        this.catalog = catalog;
    }

    @EventListener
    void on(WorkspaceOpened opened) {
        WorkspaceId workspace = opened.workspaceId();
        Item seo = catalog.add(workspace, item("Monthly SEO management", "Monthly SEO management – {period}",
                Unit.MONTH, "1500", "Recurring services"));
        Item support = catalog.add(workspace, item("On-call IT support retainer",
                "On-call IT support retainer – 20 hours capacity", Unit.MONTH, "3000", "Retainers"));
        Item workshop = catalog.add(workspace, item("Discovery workshop",
                "Discovery workshop (4 hours) – {project}", Unit.HOUR, "187.5", "Consulting"));
        Item milestone = catalog.add(workspace, item("API integration milestone",
                "API integration milestone 2: authentication + webhooks", Unit.FIXED, "8500", "Projects"));
        Item brand = catalog.add(workspace, item("Brand identity package",
                "Brand identity package – fixed fee – {project}", Unit.FIXED, "6000", "Projects"));

        catalog.add(workspace, template("Monthly retainer", BillingModel.RETAINER, line(support, "1"),
                "Billed monthly in advance for {period}. Hours beyond the 20-hour capacity are billed at the "
                        + "hourly rate on the next invoice.", 15, Set.of(SupportingDocument.TIMESHEET_SUMMARY)));
        catalog.add(workspace, template("Milestone on acceptance", BillingModel.MILESTONE, line(milestone, "1"),
                "Invoiced on acceptance of the milestone; the signed acceptance is attached. Please quote the "
                        + "PO or SOW number with your payment.", 30, Set.of(SupportingDocument.MILESTONE_ACCEPTANCE)));
        catalog.add(workspace, template("Hourly – time and materials", BillingModel.HOURLY, line(workshop, "4"),
                "Hours worked during {period}. The timesheet summary and expense receipts are attached.", 15,
                Set.of(SupportingDocument.TIMESHEET_SUMMARY, SupportingDocument.EXPENSE_RECEIPTS)));
        catalog.add(workspace, template("Fixed-fee project", BillingModel.FIXED_FEE, line(brand, "1"),
                "Fixed fee for the deliverable agreed in the proposal. Work outside that scope is billed by "
                        + "change order.", 30, Set.of()));
        catalog.add(workspace, template("Monthly recurring service", BillingModel.RECURRING, line(seo, "1"),
                "Service period {period}. Invoiced on the same day each month.", null, Set.of()));
    }

    private static ItemRequest item(String name, String description, Unit unit, String unitPrice, String category) {
        return new ItemRequest(name, description, unit, new BigDecimal(unitPrice), false, category);
    }

    private static TemplateRequest.Line line(Item item, String quantity) {
        return new TemplateRequest.Line(item.id().value(), item.description(), new BigDecimal(quantity), item.unit(),
                item.unitPrice(), item.taxable());
    }

    private static TemplateRequest template(String name, BillingModel model, TemplateRequest.Line line, String notes,
                                            @Nullable Integer paymentTermsDays, Set<SupportingDocument> attachments) {
        return new TemplateRequest(name, model, List.of(line), notes, paymentTermsDays, attachments);
    }
}
