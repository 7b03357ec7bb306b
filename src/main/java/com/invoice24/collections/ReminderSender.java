package com.invoice24.collections;

import com.invoice24.clients.BillingProfile;
import com.invoice24.invoicing.Invoice;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.invoicing.InvoiceState;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.shared.BusinessCalendar;
import com.invoice24.workspace.WorkspaceId;
import com.invoice24.workspace.WorkspaceSettings;
import com.invoice24.workspace.WorkspaceSettingsService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Decides the one reminder an invoice gets now and sends it, exactly once: a step is claimed by
 * inserting its row in {@code reminder_deliveries} and only the transaction whose insert went in
 * queues the email, so reruns, late runs and two instances never send a step twice. After downtime
 * only the latest due step goes out; the older ones are recorded as skipped.
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
    private final BusinessCalendar calendar;
    private final Clock clock;

    ReminderSender(Invoicing invoicing, ReminderSequences sequences, ReminderDeliveries deliveries, Promises promises,
                   PaymentPlans plans, ReminderMail mail, WorkspaceSettingsService workspaces, BusinessCalendar calendar,
                   Clock clock) {
        this.invoicing = invoicing;
        this.sequences = sequences;
        this.deliveries = deliveries;
        this.promises = promises;
        this.plans = plans;
        this.mail = mail;
        this.workspaces = workspaces;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The reminder the invoice gets now, if any: an installment's under a plan, a lapsed promise's, else the latest due step. */
    void remind(WorkspaceId workspace, InvoiceId id) {
        WorkspaceSettings settings = workspaces.settingsOf(workspace);
        ZonedDateTime local = ZonedDateTime.now(clock.withZone(settings.timeZone()));
        if (!ReminderSchedule.inBusinessHours(local, calendar)) {
            return;
        }
        LocalDate today = local.toLocalDate();
        Invoice invoice = invoicing.invoice(workspace, id);
        if (invoice.state() != InvoiceState.SENT || invoice.disputed() || !invoice.balanceDue().isPositive()
                || invoice.sentAt() == null) {
            return;
        }
        Optional<PaymentPlans.Plan> plan = plans.active(workspace, id);
        if (plan.isPresent()) {
            // While a payment plan is active its installments are reminded instead of the regular steps.
            remindInstallment(invoice, settings, plan.get(), today);
            return;
        }
        Optional<Promises.Promise> promise = promises.latest(workspace, id);
        if (promise.isPresent() && !today.isAfter(promise.get().remindersPausedUntil())) {
            return;
        }
        List<ReminderSchedule.Scheduled> due = ReminderSchedule.of(sequences.stepsFor(workspace, invoice.clientId()),
                invoice, settings.timeZone()).dueBy(today);
        if (promise.isPresent() && !deliveries.decided(id, ReminderStep.PROMISE_LAPSED)) {
            send(invoice, settings, ReminderEmails.PROMISE_LAPSED, due, today, promise.get().promisedDate());
            return;
        }
        if (!due.isEmpty()) {
            send(invoice, settings, due.get(due.size() - 1).step(), due.subList(0, due.size() - 1), today, null);
        }
    }

    private void send(Invoice invoice, WorkspaceSettings settings, ReminderStep step,
                      List<ReminderSchedule.Scheduled> passedOver, LocalDate today, @Nullable LocalDate promisedDate) {
        Optional<BillingProfile> to = mail.recipient(invoice);
        if (to.isEmpty() || !deliveries.claim(invoice, step.key(), ReminderDeliveries.SENT)) {
            return;
        }
        passedOver.forEach(older -> deliveries.claim(invoice, older.step().key(), ReminderDeliveries.SKIPPED));
        mail.send(invoice, to.get(), settings, step, today, promisedDate);
    }

    /**
     * The latest installment that is due and not covered by payments, once; older unreminded ones are
     * recorded as skipped so that after downtime only one email goes out.
     */
    private void remindInstallment(Invoice invoice, WorkspaceSettings settings, PaymentPlans.Plan plan,
                                   LocalDate today) {
        List<PaymentPlans.Installment> due = plan.installments().stream()
                .filter(installment -> !installment.paid() && !installment.dueOn().isAfter(today))
                .toList();
        if (due.isEmpty()) {
            return;
        }
        Optional<BillingProfile> to = mail.recipient(invoice);
        PaymentPlans.Installment latest = due.get(due.size() - 1);
        if (to.isEmpty() || !plans.claimReminder(plan.id(), latest.number(), ReminderDeliveries.SENT)) {
            return;
        }
        due.subList(0, due.size() - 1)
                .forEach(older -> plans.claimReminder(plan.id(), older.number(), ReminderDeliveries.SKIPPED));
        mail.sendInstallment(invoice, to.get(), settings, latest, plan.installments().size(), today);
    }
}
