package com.invoice24.collections;

import com.invoice24.clients.BillingProfile;
import com.invoice24.clients.ClientId;
import com.invoice24.collections.ReminderMail.InstallmentReminder;
import com.invoice24.collections.ReminderMail.StepReminder;
import com.invoice24.invoicing.Invoice;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.invoicing.InvoiceState;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.workspace.WorkspaceId;
import com.invoice24.workspace.WorkspaceSettings;
import com.invoice24.workspace.WorkspaceSettingsService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Decides the one reminder each invoice of a batch gets now and sends it, exactly once: a step is
 * claimed by inserting its row in {@code reminder_deliveries} and only the reminders whose row went in
 * are queued, so reruns, late runs and two instances never send a step twice. After downtime only the
 * latest due step goes out; the older ones are recorded as skipped. A batch is read in a fixed number of
 * queries, decided in memory and written in a fixed number of statements, however many invoices it holds.
 */
@Service
class ReminderSender {

    private final Invoicing invoicing;
    private final ReminderSequences sequences;
    private final ReminderDeliveries deliveries;
    private final Promises promises;
    private final PaymentPlans plans;
    private final ReminderMail mail;
    private final WorkspaceSettingsService workspaces;

    ReminderSender(Invoicing invoicing, ReminderSequences sequences, ReminderDeliveries deliveries, Promises promises,
                   PaymentPlans plans, ReminderMail mail, WorkspaceSettingsService workspaces) {
        this.invoicing = invoicing;
        this.sequences = sequences;
        this.deliveries = deliveries;
        this.promises = promises;
        this.plans = plans;
        this.mail = mail;
        this.workspaces = workspaces;
    }

    /** What the decision on each invoice of a batch needs, read for the whole batch at once. */
    private record Batch(Map<InvoiceId, PaymentPlans.Plan> plans, Map<InvoiceId, Promises.Promise> promises,
                         Map<InvoiceId, Set<String>> decided, Map<ClientId, List<ReminderStep>> steps,
                         Map<ClientId, BillingProfile> recipients) {
    }

    /**
     * The reminders these invoices of one workspace get today, in the caller's transaction: an
     * installment's under a plan, a lapsed promise's, else the latest due step.
     */
    void remind(WorkspaceId workspace, LocalDate today, Collection<InvoiceId> ids) {
        List<Invoice> chased = invoicing.invoicesWithoutLines(workspace, ids).stream()
                .filter(ReminderSender::chased)
                .toList();
        if (chased.isEmpty()) {
            return;
        }
        WorkspaceSettings settings = workspaces.settingsOf(workspace);
        Batch batch = read(workspace, chased, today);
        List<StepReminder> steps = new ArrayList<>();
        List<InstallmentReminder> installments = new ArrayList<>();
        for (Invoice invoice : chased) {
            BillingProfile to = batch.recipients().get(invoice.clientId());
            PaymentPlans.Plan plan = batch.plans().get(invoice.id());
            if (to == null) {
                continue;
            }
            if (plan != null) {
                // While a payment plan is active its installments are reminded instead of the regular steps.
                installmentReminder(invoice, to, plan, today).ifPresent(installments::add);
            } else {
                stepReminder(invoice, to, batch, settings.timeZone(), today).ifPresent(steps::add);
            }
        }
        Set<InvoiceId> claimed = deliveries.claimAll(steps.stream()
                .map(reminder -> new ReminderDeliveries.Claim(reminder.invoice(), reminder.step().key(),
                        reminder.passOver()))
                .toList());
        Set<UUID> claimedPlans = plans.claimReminders(installments.stream()
                .map(reminder -> new PaymentPlans.ReminderClaim(reminder.plan(), reminder.installment().number(),
                        reminder.passOver()))
                .toList());
        mail.send(workspace,
                steps.stream().filter(reminder -> claimed.contains(reminder.invoice().id())).toList(),
                installments.stream().filter(reminder -> claimedPlans.contains(reminder.plan())).toList(),
                settings, today);
    }

    /** Only sent invoices with money due and no open dispute are chased. */
    private static boolean chased(Invoice invoice) {
        return invoice.state() == InvoiceState.SENT && !invoice.disputed() && invoice.balanceDue().isPositive()
                && invoice.sentAt() != null;
    }

    private Batch read(WorkspaceId workspace, List<Invoice> invoices, LocalDate today) {
        List<InvoiceId> ids = invoices.stream().map(Invoice::id).toList();
        Set<ClientId> clients = invoices.stream().map(Invoice::clientId).collect(Collectors.toSet());
        Map<InvoiceId, Promises.Promise> promised = promises.latestOf(workspace, ids);
        return new Batch(plans.activeOf(workspace, invoices, today), promised,
                promised.isEmpty() ? Map.of() : deliveries.decidedOn(workspace, promised.keySet()),
                sequences.stepsForClients(workspace, clients), mail.recipients(workspace, clients));
    }

    /** A lapsed promise's reminder once, else the latest due step; nothing while a promise pauses reminders. */
    private static Optional<StepReminder> stepReminder(Invoice invoice, BillingProfile to, Batch batch, ZoneId zone,
                                                       LocalDate today) {
        Promises.Promise promise = batch.promises().get(invoice.id());
        if (promise != null && !today.isAfter(promise.remindersPausedUntil())) {
            return Optional.empty();
        }
        List<ReminderSchedule.Scheduled> due = ReminderSchedule.of(
                batch.steps().getOrDefault(invoice.clientId(), List.of()), invoice, zone).dueBy(today);
        if (promise != null && !batch.decided().getOrDefault(invoice.id(), Set.of())
                .contains(ReminderStep.PROMISE_LAPSED)) {
            return Optional.of(new StepReminder(invoice, to, ReminderEmails.PROMISE_LAPSED, keys(due),
                    promise.promisedDate()));
        }
        if (due.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StepReminder(invoice, to, due.get(due.size() - 1).step(),
                keys(due.subList(0, due.size() - 1)), null));
    }

    private static List<String> keys(List<ReminderSchedule.Scheduled> steps) {
        return steps.stream().map(scheduled -> scheduled.step().key()).toList();
    }

    /**
     * The latest installment that is due and not covered by payments, once; older unreminded ones are
     * recorded as skipped so that after downtime only one email goes out.
     */
    private static Optional<InstallmentReminder> installmentReminder(Invoice invoice, BillingProfile to,
                                                                     PaymentPlans.Plan plan, LocalDate today) {
        List<PaymentPlans.Installment> due = plan.installments().stream()
                .filter(installment -> !installment.paid() && !installment.dueOn().isAfter(today))
                .toList();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new InstallmentReminder(invoice, to, plan.id(), due.get(due.size() - 1),
                due.subList(0, due.size() - 1).stream().map(PaymentPlans.Installment::number).toList(),
                plan.installments().size()));
    }
}
