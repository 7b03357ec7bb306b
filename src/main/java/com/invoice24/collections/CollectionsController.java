package com.invoice24.collections;

import com.invoice24.clients.Client;
import com.invoice24.clients.Clients;
import com.invoice24.invoicing.Invoice;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.workspace.CurrentUser;
import com.invoice24.workspace.WorkspaceSettings;
import com.invoice24.workspace.WorkspaceSettingsService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Collections › what needs attention today. */
@Controller
class CollectionsController {

    private final Invoicing invoicing;
    private final Clients clients;
    private final Disputes disputes;
    private final Promises promises;
    private final Reminders reminders;
    private final WorkspaceSettingsService workspaces;
    private final PaymentPlans plans;
    private final ClientHolds holds;

    CollectionsController(Invoicing invoicing, Clients clients, Disputes disputes, Promises promises,
                          Reminders reminders, WorkspaceSettingsService workspaces,
                          PaymentPlans plans, ClientHolds holds) {
        this.invoicing = invoicing;
        this.holds = holds;
        this.clients = clients;
        this.disputes = disputes;
        this.promises = promises;
        this.reminders = reminders;
        this.workspaces = workspaces;
        this.plans = plans;
    }

    record OverdueRow(Invoice invoice, String clientName, long daysOverdue, @Nullable String nextStep,
                      @Nullable LocalDate nextStepOn) {
    }

    record DisputeRow(Disputes.Dispute dispute, String invoiceLabel, String clientName, boolean pastDeadline) {
    }

    record PromiseRow(Promises.Promise promise, Invoice invoice, String clientName, boolean lapsed) {
    }

    record MissedInstallmentRow(PaymentPlans.Installment installment, int installments, Invoice invoice,
                                String clientName, PaymentPlans.Plan plan) {
    }

    @GetMapping("/collections")
    String collections(@AuthenticationPrincipal CurrentUser user, Model model) {
        WorkspaceSettings settings = workspaces.settingsOf(user.workspaceId());
        LocalDate today = invoicing.today(user.workspaceId());
        Map<UUID, String> names = new HashMap<>();
        List<OverdueRow> overdue = new ArrayList<>();
        for (Client client : clients.ofWorkspace(user.workspaceId())) {
            names.put(client.id().value(), client.name());
            for (Invoice invoice : invoicing.openInvoices(user.workspaceId(), client.id())) {
                if (!invoice.disputed() && invoice.dueDate() != null && invoice.dueDate().isBefore(today)) {
                    Optional<Reminders.Scheduled> next = reminders.next(invoice, settings);
                    overdue.add(new OverdueRow(invoice, client.name(), today.toEpochDay() - invoice.dueDate().toEpochDay(),
                            next.map(step -> step.step().key()).orElse(null), next.map(Reminders.Scheduled::date).orElse(null)));
                }
            }
        }
        overdue.sort(Comparator.comparing(OverdueRow::daysOverdue).reversed());
        List<DisputeRow> open = disputes.openIn(user.workspaceId()).stream()
                .map(dispute -> {
                    Invoice invoice = invoicing.invoice(user.workspaceId(), new InvoiceId(dispute.invoiceId()));
                    return new DisputeRow(dispute, invoice.label(), names.getOrDefault(invoice.clientId().value(), ""),
                            dispute.resolveBy().isBefore(today));
                }).toList();
        List<PromiseRow> lapsing = promises.latestOfWorkspace(user.workspaceId()).stream()
                .filter(promise -> !promise.remindersPausedUntil().isAfter(today.plusDays(3)))
                .map(promise -> {
                    Invoice invoice = invoicing.invoice(user.workspaceId(), new InvoiceId(promise.invoiceId()));
                    return new PromiseRow(promise, invoice, names.getOrDefault(invoice.clientId().value(), ""),
                            today.isAfter(promise.remindersPausedUntil()));
                })
                .filter(row -> row.invoice().balanceDue().isPositive())
                .sorted(Comparator.comparing(row -> row.promise().promisedDate()))
                .toList();
        List<MissedInstallmentRow> missed = plans.withMissedInstallments(user.workspaceId()).stream()
                .map(plan -> {
                    Invoice invoice = invoicing.invoice(user.workspaceId(), new InvoiceId(plan.invoiceId()));
                    return new MissedInstallmentRow(plan.missed().orElseThrow(), plan.installments().size(), invoice,
                            names.getOrDefault(invoice.clientId().value(), ""), plan);
                })
                .sorted(Comparator.comparing(row -> row.installment().dueOn()))
                .toList();
        model.addAttribute("today", today);
        model.addAttribute("holdAfterDays", holds.policy(user.workspaceId()).holdAfterDays());
        model.addAttribute("onHold", clients.ofWorkspace(user.workspaceId()).stream().filter(Client::onHold).toList());
        model.addAttribute("missedInstallments", missed);
        model.addAttribute("overdue", overdue);
        model.addAttribute("disputes", open);
        model.addAttribute("promises", lapsing);
        return "collections/list";
    }
}
