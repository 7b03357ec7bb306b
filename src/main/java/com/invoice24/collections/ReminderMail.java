package com.invoice24.collections;

import com.invoice24.clients.BillingProfile;
import com.invoice24.clients.Client;
import com.invoice24.clients.Clients;
import com.invoice24.delivery.Outbox;
import com.invoice24.invoicing.Invoice;
import com.invoice24.invoicing.InvoiceActivity;
import com.invoice24.workspace.WorkspaceSettings;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Hands a reminder to the outbox, addressed to the client's billing contact, and notes it on the
 * invoice's timeline; a late fee charged since the last reminder is mentioned in it.
 */
@Component
class ReminderMail {

    private final Clients clients;
    private final Outbox outbox;
    private final InvoiceActivity activity;
    private final LateFees lateFees;

    ReminderMail(Clients clients, Outbox outbox, InvoiceActivity activity, LateFees lateFees) {
        this.clients = clients;
        this.outbox = outbox;
        this.activity = activity;
        this.lateFees = lateFees;
    }

    /** Who the invoice's reminders go to; empty when the client has no billing email to write to. */
    Optional<BillingProfile> recipient(Invoice invoice) {
        return clients.find(invoice.workspaceId(), invoice.clientId()).map(Client::profile)
                .filter(profile -> profile.billingEmail() != null);
    }

    void send(Invoice invoice, BillingProfile to, WorkspaceSettings settings, ReminderStep step, LocalDate today,
              @Nullable LocalDate promisedDate) {
        String lateFee = lateFees.announcement(invoice.workspaceId(), invoice.id());
        outbox.queue(ReminderEmails.email(step, invoice, to, settings, today, promisedDate, lateFee));
        if (lateFee != null) {
            lateFees.markAnnounced(invoice.id());
        }
        activity.record(invoice, "reminder_sent", "Reminder '" + step.key() + "' sent to " + to.billingEmail()
                + (to.ccEmails().isEmpty() ? "" : " (cc " + String.join(", ", to.ccEmails()) + ")"), null);
    }

    void sendInstallment(Invoice invoice, BillingProfile to, WorkspaceSettings settings,
                         PaymentPlans.Installment installment, int of, LocalDate today) {
        outbox.queue(ReminderEmails.email(ReminderEmails.installment(installment, of), invoice, to, settings, today,
                installment.dueOn()));
        activity.record(invoice, "reminder_sent", "Reminder for installment " + installment.number() + " of " + of
                + " sent to " + to.billingEmail(), null);
    }
}
