package com.invoice24.collections;

import com.invoice24.clients.Client;
import com.invoice24.clients.Clients;
import com.invoice24.delivery.Outbox;
import com.invoice24.invoicing.Invoice;
import com.invoice24.invoicing.InvoiceActivity;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.shared.BusinessCalendar;
import com.invoice24.shared.Job;
import com.invoice24.shared.Timestamps;
import com.invoice24.workspace.WorkspaceId;
import com.invoice24.workspace.WorkspaceSettings;
import com.invoice24.workspace.WorkspaceSettingsService;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends reminder steps exactly once. A step is claimed by inserting its row in
 * {@code reminder_deliveries}; only the transaction whose insert went in queues the email, so reruns,
 * late runs and two instances never send a step twice. After downtime only the latest due step goes out;
 * the older ones are recorded as skipped.
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    static final LocalTime OPENS = LocalTime.of(9, 0);
    static final LocalTime CLOSES = LocalTime.of(17, 0);

    private final JdbcClient jdbc;
    private final Invoicing invoicing;
    private final InvoiceActivity activity;
    private final Clients clients;
    private final Outbox outbox;
    private final ReminderPolicy policy;
    private final Promises promises;
    private final WorkspaceSettingsService workspaces;
    private final BusinessCalendar calendar;
    private final LateFees lateFees;
    private final PaymentPlans plans;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Reminders(JdbcClient jdbc, Invoicing invoicing, InvoiceActivity activity, Clients clients, Outbox outbox,
              ReminderPolicy policy, Promises promises, WorkspaceSettingsService workspaces, BusinessCalendar calendar,
              LateFees lateFees, PaymentPlans plans, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.invoicing = invoicing;
        this.activity = activity;
        this.clients = clients;
        this.outbox = outbox;
        this.policy = policy;
        this.promises = promises;
        this.workspaces = workspaces;
        this.calendar = calendar;
        this.lateFees = lateFees;
        this.plans = plans;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Configuration(proxyBeanMethods = false)
    static class Jobs {

        @Bean
        Job sendReminders(Reminders reminders) {
            return new Job("send-reminders", Duration.ofMinutes(15), reminders::sendDue);
        }
    }

    /** One run: every invoice that could be reminded, each in a transaction of its own. */
    public void sendDue() {
        record Candidate(UUID workspace, UUID invoice) {
        }
        // Read straight from the invoices table: only sent invoices with money due and no open dispute.
        List<Candidate> candidates = jdbc.sql("SELECT workspace_id, id FROM invoices WHERE state = 'SENT' "
                        + "AND NOT disputed AND total - amount_paid - amount_credited > 0 ORDER BY workspace_id, due_date")
                .query((rs, row) -> new Candidate(rs.getObject("workspace_id", UUID.class), rs.getObject("id", UUID.class)))
                .list();
        for (Candidate candidate : candidates) {
            try {
                transactions.executeWithoutResult(status ->
                        remind(new WorkspaceId(candidate.workspace()), new InvoiceId(candidate.invoice())));
            } catch (RuntimeException e) {
                log.warn("Reminder for invoice {} failed; the next run tries again", candidate.invoice(), e);
            }
        }
    }

    /** The step the invoice gets now, if any: a lapsed promise's reminder, else the latest due step. */
    void remind(WorkspaceId workspace, InvoiceId id) {
        WorkspaceSettings settings = workspaces.settingsOf(workspace);
        ZonedDateTime local = ZonedDateTime.now(clock.withZone(settings.timeZone()));
        if (!inBusinessHours(local)) {
            return;
        }
        LocalDate today = local.toLocalDate();
        Invoice invoice = invoicing.invoice(workspace, id);
        if (invoice.disputed() || !invoice.balanceDue().isPositive() || invoice.sentAt() == null) {
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
        List<Scheduled> due = schedule(invoice, settings).stream().filter(step -> !step.date().isAfter(today)).toList();
        if (promise.isPresent() && !delivered(id, ReminderStep.PROMISE_LAPSED)) {
            send(invoice, settings, ReminderPolicy.PROMISE_LAPSED, due, today, promise.get().promisedDate());
            return;
        }
        if (!due.isEmpty()) {
            Scheduled latest = due.get(due.size() - 1);
            send(invoice, settings, latest.step(), due.subList(0, due.size() - 1), today, null);
        }
    }

    private void send(Invoice invoice, WorkspaceSettings settings, ReminderStep step, List<Scheduled> passedOver,
                      LocalDate today, @Nullable LocalDate promisedDate) {
        Optional<Client> client = clients.find(invoice.workspaceId(), invoice.clientId());
        if (client.isEmpty() || client.get().profile().billingEmail() == null) {
            return;
        }
        if (!claim(invoice, step.key(), "SENT")) {
            return;
        }
        passedOver.forEach(older -> claim(invoice, older.step().key(), "SKIPPED"));
        var profile = client.get().profile();
        String lateFee = lateFees.announcement(invoice.workspaceId(), invoice.id());
        outbox.queue(ReminderEmails.email(step, invoice, profile, settings, today, promisedDate, lateFee));
        if (lateFee != null) {
            lateFees.markAnnounced(invoice.id());
        }
        activity.record(invoice, "reminder_sent", "Reminder '" + step.key() + "' sent to " + profile.billingEmail()
                + (profile.ccEmails().isEmpty() ? "" : " (cc " + String.join(", ", profile.ccEmails()) + ")"), null);
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
        Optional<Client> client = clients.find(invoice.workspaceId(), invoice.clientId());
        if (client.isEmpty() || client.get().profile().billingEmail() == null) {
            return;
        }
        PaymentPlans.Installment latest = due.get(due.size() - 1);
        if (!plans.claimReminder(plan.id(), latest.number(), "SENT")) {
            return;
        }
        due.subList(0, due.size() - 1).forEach(older -> plans.claimReminder(plan.id(), older.number(), "SKIPPED"));
        int of = plan.installments().size();
        ReminderStep step = new ReminderStep("installment-" + latest.number(), ReminderStep.Anchor.DUE, 0, null,
                "Invoice {invoiceNumber}: installment " + latest.number() + " of " + of + " is due {date}",
                "Hello {contact},\n\nA friendly reminder that installment " + latest.number() + " of " + of
                        + " of the payment plan for invoice {invoiceNumber}, $" + latest.amount().formatted()
                        + ", is due on {date}. The balance due on the invoice is {balanceDue}.\n\n"
                        + "If the payment is already on its way, thank you.\n\nBest regards,\n{signature}");
        var profile = client.get().profile();
        outbox.queue(ReminderEmails.email(step, invoice, profile, settings, today, latest.dueOn()));
        activity.record(invoice, "reminder_sent", "Reminder for installment " + latest.number() + " of " + of
                + " sent to " + profile.billingEmail(), null);
    }

    /** True only for the transaction whose row went in; a concurrent one waits for it and then gets false. */
    private boolean claim(Invoice invoice, String stepKey, String status) {
        return jdbc.sql("""
                INSERT INTO reminder_deliveries (invoice_id, workspace_id, step_key, status, at)
                VALUES (:invoice, :workspace, :step, :status, :at)
                ON CONFLICT (invoice_id, step_key) DO NOTHING""")
                .param("invoice", invoice.id().value())
                .param("workspace", invoice.workspaceId().value())
                .param("step", stepKey)
                .param("status", status)
                .param("at", Timestamps.of(clock.instant()))
                .update() == 1;
    }

    boolean delivered(InvoiceId invoice, String stepKey) {
        return jdbc.sql("SELECT count(*) FROM reminder_deliveries WHERE invoice_id = :invoice AND step_key = :step")
                .param("invoice", invoice.value()).param("step", stepKey).query(Long.class).single() > 0;
    }

    record Scheduled(ReminderStep step, LocalDate date) {
    }

    /** The invoice's steps with their dates, earliest first. */
    List<Scheduled> schedule(Invoice invoice, WorkspaceSettings settings) {
        return policy.stepsFor(invoice.workspaceId(), invoice.clientId()).stream()
                .map(step -> {
                    LocalDate date = step.dateFor(invoice, settings.timeZone());
                    return date == null ? null : new Scheduled(step, date);
                })
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(Scheduled::date))
                .toList();
    }

    /** The next step not yet decided on, for the collections page. */
    Optional<Scheduled> next(Invoice invoice, WorkspaceSettings settings) {
        List<Scheduled> steps = schedule(invoice, settings);
        LocalDate today = LocalDate.now(clock.withZone(settings.timeZone()));
        List<Scheduled> due = steps.stream().filter(step -> !step.date().isAfter(today)).toList();
        if (!due.isEmpty() && !delivered(invoice.id(), due.get(due.size() - 1).step().key())) {
            return Optional.of(due.get(due.size() - 1));
        }
        return steps.stream().filter(step -> step.date().isAfter(today)).findFirst();
    }

    /** Monday to Friday, 09:00 to 17:00 where the provider works, federal holidays excepted. */
    boolean inBusinessHours(ZonedDateTime local) {
        LocalTime time = local.toLocalTime();
        return calendar.isBusinessDay(local.toLocalDate()) && !time.isBefore(OPENS) && time.isBefore(CLOSES);
    }
}
