package com.invoice24.collections;

import com.invoice24.clients.ClientId;
import com.invoice24.delivery.EmailKind;
import com.invoice24.delivery.Outbox;
import com.invoice24.invoicing.Invoice;
import com.invoice24.invoicing.InvoiceActivity;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.invoicing.InvoiceState;
import com.invoice24.invoicing.InvoiceVoided;
import com.invoice24.invoicing.InvoiceWrittenOff;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.payments.ClientCreditApplied;
import com.invoice24.payments.CreditNoteIssued;
import com.invoice24.payments.PaymentRecorded;
import com.invoice24.workspace.WorkspaceId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Stops chasing money the moment it stops being owed: when a payment, client credit, a credit note, a
 * void or a write-off leaves an invoice with nothing due, its reminders still waiting in the outbox are
 * withdrawn, its confirm-receipt follow-up closes (every follow-up of a voided one), and the client's
 * hold is weighed again (lifted when nothing is late any more) without waiting for the hourly run. Each
 * reaction runs after the change committed, in a transaction of its own, and is retried from the event
 * publication registry if it fails.
 *
 * <p>Money on invoices is heard of once per payment or use of credit, which names every invoice it
 * paid, not from invoicing's {@code InvoicePaid} per invoice: each event heard here is a row in the
 * registry written in the paying transaction, and a payment across fifty invoices would write fifty.
 */
@Component
class StopChasing {

    private final Invoicing invoicing;
    private final InvoiceActivity activity;
    private final Outbox outbox;
    private final ClientHolds holds;
    private final FollowUps followUps;

    StopChasing(Invoicing invoicing, InvoiceActivity activity, Outbox outbox, ClientHolds holds,
                FollowUps followUps) {
        this.invoicing = invoicing;
        this.activity = activity;
        this.outbox = outbox;
        this.holds = holds;
        this.followUps = followUps;
    }

    @ApplicationModuleListener
    void on(PaymentRecorded payment) {
        settle(payment.workspace(), payment.client(), payment.invoices());
    }

    @ApplicationModuleListener
    void on(CreditNoteIssued credit) {
        settle(credit.workspace(), credit.client(), credit.invoice() == null ? List.of() : List.of(credit.invoice()));
    }

    @ApplicationModuleListener
    void on(ClientCreditApplied applied) {
        settle(applied.workspace(), applied.client(), applied.invoices());
    }

    @ApplicationModuleListener
    void on(InvoiceVoided voided) {
        settle(voided.workspace(), voided.client(), List.of(voided.invoice()));
    }

    @ApplicationModuleListener
    void on(InvoiceWrittenOff writtenOff) {
        settle(writtenOff.workspace(), writtenOff.client(), List.of(writtenOff.invoice()));
    }

    private void settle(WorkspaceId workspace, ClientId client, List<InvoiceId> invoices) {
        List<InvoiceId> settled = new ArrayList<>();
        List<InvoiceId> voided = new ArrayList<>();
        for (InvoiceId id : invoices) {
            Invoice invoice = invoicing.invoice(workspace, id);
            if (invoice.state() == InvoiceState.SENT && invoice.balanceDue().isPositive()) {
                continue;
            }
            settled.add(id);
            if (invoice.state() == InvoiceState.VOID) {
                voided.add(id);
            }
            for (String subject : outbox.cancelQueued(workspace, id.value(), EmailKind.REMINDER)) {
                activity.record(invoice, "reminder_withdrawn", "Reminder \"" + subject
                        + "\" withdrawn before it went out: nothing is due on the invoice any more", null);
            }
        }
        followUps.closeSettled(workspace, settled, voided);
        holds.update(workspace, client);
    }
}
