package com.invoice24.collections;

import com.invoice24.clients.BillingProfile;
import com.invoice24.clients.Client;
import com.invoice24.clients.ClientId;
import com.invoice24.clients.Clients;
import com.invoice24.delivery.OutgoingEmail;
import com.invoice24.delivery.Outbox;
import com.invoice24.invoicing.Invoice;
import com.invoice24.invoicing.InvoiceActivity;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.invoicing.PortalAddresses;
import com.invoice24.workspace.WorkspaceId;
import com.invoice24.workspace.WorkspaceSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Hands reminders to the outbox, addressed to each client's billing contact, and notes them on the
 * invoices' timelines; a late fee charged since the last reminder is mentioned in it. A batch of
 * reminders costs the same few statements however many it holds.
 */
@Component
class ReminderMail {

    /** A step of the sequence (or the lapsed promise's) to send, passing over the older due steps. */
    record StepReminder(Invoice invoice, BillingProfile to, ReminderStep step, List<String> passOver,
                        @Nullable LocalDate promisedDate) {
    }

    /** An installment of a payment plan to remind of, passing over the older unreminded installments. */
    record InstallmentReminder(Invoice invoice, BillingProfile to, UUID plan, PaymentPlans.Installment installment,
                               List<Integer> passOver, int of) {
    }

    private final Clients clients;
    private final Outbox outbox;
    private final InvoiceActivity activity;
    private final LateFees lateFees;
    private final PortalAddresses portal;

    ReminderMail(Clients clients, Outbox outbox, InvoiceActivity activity, LateFees lateFees,
                 PortalAddresses portal) {
        this.clients = clients;
        this.outbox = outbox;
        this.activity = activity;
        this.lateFees = lateFees;
        this.portal = portal;
    }

    /** Whom each client's reminders go to; clients with no billing email to write to are left out. */
    Map<ClientId, BillingProfile> recipients(WorkspaceId workspace, Collection<ClientId> ids) {
        return clients.findAll(workspace, ids).values().stream()
                .filter(client -> client.profile().billingEmail() != null)
                .collect(Collectors.toMap(Client::id, Client::profile));
    }

    /** Queues the reminders of one workspace and notes each on its invoice, in the caller's transaction. */
    void send(WorkspaceId workspace, List<StepReminder> steps, List<InstallmentReminder> installments,
              WorkspaceSettings settings, LocalDate today) {
        Map<InvoiceId, String> lateFeeNotes = lateFees.announcements(workspace,
                steps.stream().map(reminder -> reminder.invoice().id()).toList());
        List<Invoice> reminded = new ArrayList<>();
        steps.forEach(reminder -> reminded.add(reminder.invoice()));
        installments.forEach(reminder -> reminded.add(reminder.invoice()));
        Map<InvoiceId, String> links = portal.invoiceLinks(reminded);
        List<OutgoingEmail> emails = new ArrayList<>();
        List<InvoiceActivity.Entry> notes = new ArrayList<>();
        for (StepReminder reminder : steps) {
            BillingProfile to = reminder.to();
            emails.add(ReminderEmails.email(reminder.step(), reminder.invoice(), to, settings, today,
                    reminder.promisedDate(), links.get(reminder.invoice().id()),
                    lateFeeNotes.get(reminder.invoice().id())));
            notes.add(new InvoiceActivity.Entry(reminder.invoice(), "reminder_sent", "Reminder '"
                    + reminder.step().key() + "' sent to " + to.billingEmail()
                    + (to.ccEmails().isEmpty() ? "" : " (cc " + String.join(", ", to.ccEmails()) + ")")));
        }
        for (InstallmentReminder reminder : installments) {
            PaymentPlans.Installment installment = reminder.installment();
            emails.add(ReminderEmails.email(ReminderEmails.installment(installment, reminder.of()),
                    reminder.invoice(), reminder.to(), settings, today, installment.dueOn(),
                    links.get(reminder.invoice().id())));
            notes.add(new InvoiceActivity.Entry(reminder.invoice(), "reminder_sent", "Reminder for installment "
                    + installment.number() + " of " + reminder.of() + " sent to " + reminder.to().billingEmail()));
        }
        outbox.queueAll(emails);
        activity.recordAll(notes);
        lateFees.markAnnounced(lateFeeNotes.keySet());
    }
}
