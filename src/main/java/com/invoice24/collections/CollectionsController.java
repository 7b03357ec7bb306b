package com.invoice24.collections;

import com.invoice24.clients.Client;
import com.invoice24.clients.ClientId;
import com.invoice24.clients.Clients;
import com.invoice24.invoicing.Invoice;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.workspace.CurrentUser;
import com.invoice24.workspace.WorkspaceId;
import com.invoice24.workspace.WorkspaceSettings;
import com.invoice24.workspace.WorkspaceSettingsService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Collections › what needs attention today. The page reads each kind of row in one query for the
 * whole workspace, so it costs the same number of queries with ten overdue invoices or a thousand.
 */
@Controller
class CollectionsController {

    private final Invoicing invoicing;
    private final Clients clients;
    private final Disputes disputes;
    private final Promises promises;
    private final ReminderSequences sequences;
    private final ReminderDeliveries deliveries;
    private final WorkspaceSettingsService workspaces;
    private final PaymentPlans plans;
    private final ClientHolds holds;
    private final Clock clock;

    CollectionsController(Invoicing invoicing, Clients clients, Disputes disputes, Promises promises,
                          ReminderSequences sequences, ReminderDeliveries deliveries,
                          WorkspaceSettingsService workspaces, PaymentPlans plans, ClientHolds holds, Clock clock) {
        this.invoicing = invoicing;
        this.clients = clients;
        this.disputes = disputes;
        this.promises = promises;
        this.sequences = sequences;
        this.deliveries = deliveries;
        this.workspaces = workspaces;
        this.plans = plans;
        this.holds = holds;
        this.clock = clock;
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
        WorkspaceId workspace = user.workspaceId();
        WorkspaceSettings settings = workspaces.settingsOf(workspace);
        LocalDate today = LocalDate.now(clock.withZone(settings.timeZone()));
        List<Client> active = clients.ofWorkspace(workspace);
        Map<UUID, String> names = active.stream().collect(Collectors.toMap(client -> client.id().value(), Client::name));
        List<Invoice> open = invoicing.openInvoices(workspace).stream()
                .filter(invoice -> names.containsKey(invoice.clientId().value()))
                .toList();
        Map<InvoiceId, Invoice> openById = open.stream().collect(Collectors.toMap(Invoice::id, Function.identity()));

        List<Invoice> late = open.stream()
                .filter(invoice -> !invoice.disputed() && invoice.dueDate() != null && invoice.dueDate().isBefore(today))
                .toList();
        Map<ClientId, List<ReminderStep>> steps = sequences.stepsForClients(workspace,
                late.stream().map(Invoice::clientId).collect(Collectors.toSet()));
        Map<InvoiceId, Set<String>> decided = deliveries.decidedOn(workspace, late.stream().map(Invoice::id).toList());
        List<OverdueRow> overdue = late.stream()
                .map(invoice -> {
                    Optional<ReminderSchedule.Scheduled> next = ReminderSchedule.of(steps.get(invoice.clientId()),
                                    invoice, settings.timeZone())
                            .next(today, decided.getOrDefault(invoice.id(), Set.of())::contains);
                    return new OverdueRow(invoice, names.get(invoice.clientId().value()),
                            today.toEpochDay() - invoice.dueDate().toEpochDay(),
                            next.map(step -> step.step().key()).orElse(null),
                            next.map(ReminderSchedule.Scheduled::date).orElse(null));
                })
                .sorted(Comparator.comparing(OverdueRow::daysOverdue).reversed())
                .toList();
        List<DisputeRow> openDisputes = disputes.openWithInvoices(workspace).stream()
                .map(found -> new DisputeRow(found.dispute(), found.invoiceNumber(),
                        names.getOrDefault(found.client().value(), ""), found.dispute().resolveBy().isBefore(today)))
                .toList();
        List<PromiseRow> lapsing = promises.latestOfWorkspace(workspace).stream()
                .filter(promise -> !promise.remindersPausedUntil().isAfter(today.plusDays(3)))
                .filter(promise -> openById.containsKey(new InvoiceId(promise.invoiceId())))
                .map(promise -> {
                    Invoice invoice = openById.get(new InvoiceId(promise.invoiceId()));
                    return new PromiseRow(promise, invoice, names.get(invoice.clientId().value()),
                            today.isAfter(promise.remindersPausedUntil()));
                })
                .sorted(Comparator.comparing(row -> row.promise().promisedDate()))
                .toList();
        List<MissedInstallmentRow> missed = plans.withMissedInstallments(workspace, open, today).stream()
                .map(plan -> {
                    Invoice invoice = openById.get(new InvoiceId(plan.invoiceId()));
                    return new MissedInstallmentRow(plan.missed().orElseThrow(), plan.installments().size(), invoice,
                            names.get(invoice.clientId().value()), plan);
                })
                .sorted(Comparator.comparing(row -> row.installment().dueOn()))
                .toList();
        model.addAttribute("today", today);
        model.addAttribute("holdAfterDays", holds.policy(workspace).holdAfterDays());
        model.addAttribute("onHold", active.stream().filter(Client::onHold).toList());
        model.addAttribute("missedInstallments", missed);
        model.addAttribute("overdue", overdue);
        model.addAttribute("disputes", openDisputes);
        model.addAttribute("promises", lapsing);
        return "collections/list";
    }
}
