package com.invoice24.payments;

import com.invoice24.clients.ClientId;
import com.invoice24.clients.PaymentMethod;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.shared.Money;
import com.invoice24.shared.WrongStateException;
import com.invoice24.workspace.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Money a client sent: what it paid, invoice by invoice, and what was left over as credit. A
 * mistaken payment is reversed with a reason, never deleted.
 */
public record Payment(PaymentId id, WorkspaceId workspaceId, ClientId clientId, Money amount, LocalDate receivedOn,
                      PaymentMethod method, @Nullable String reference, Money fee, List<Allocation> allocations,
                      @Nullable Instant reversedAt, @Nullable String reversalReason, Instant createdAt) {

    /** What the payment did not pay on invoices: it went to the client's credit. */
    public Money unapplied() {
        return allocations.stream().map(Allocation::amount).reduce(amount, Money::minus);
    }

    public boolean reversed() {
        return reversedAt != null;
    }

    /** The invoices the payment paid something on, in allocation order. */
    public List<InvoiceId> invoiceIds() {
        return allocations.stream().map(Allocation::invoiceId).toList();
    }

    /** What other modules hear once the payment is recorded. */
    PaymentRecorded recorded() {
        return new PaymentRecorded(workspaceId, id, clientId, amount, invoiceIds(), createdAt);
    }

    /** What other modules hear once the payment is reversed: the invoices it paid are owed again. */
    PaymentReversed reversal() {
        if (reversedAt == null) {
            throw new IllegalStateException("Payment " + id + " is not reversed");
        }
        return new PaymentReversed(workspaceId, id, clientId, amount, invoiceIds(), reversedAt);
    }

    Payment reverse(String reason, Instant now) {
        if (reversed()) {
            throw new WrongStateException("This payment was already reversed.");
        }
        return new Payment(id, workspaceId, clientId, amount, receivedOn, method, reference, fee, allocations, now,
                reason, createdAt);
    }
}
