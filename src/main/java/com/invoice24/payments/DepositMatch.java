package com.invoice24.payments;

import com.invoice24.clients.ClientId;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.shared.Money;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a deposit was matched to: a confident match, applied at once with its allocations, or none
 * and the ranked suggestions a bookkeeper picks from in the review queue.
 */
record DepositMatch(@Nullable Suggestion confident, List<Share> allocations, List<Suggestion> suggestions) {

    static DepositMatch confident(Suggestion match, List<Share> allocations) {
        return new DepositMatch(match, List.copyOf(allocations), List.of(match));
    }

    static DepositMatch review(List<Suggestion> suggestions) {
        return new DepositMatch(null, List.of(), List.copyOf(suggestions));
    }

    boolean isConfident() {
        return confident != null;
    }

    /** A client and the invoices the deposit would pay, with why it is suggested. */
    record Suggestion(ClientId clientId, String clientName, List<InvoiceId> invoiceIds, String reason) {
    }

    /** The part of the deposit that goes to one invoice. */
    record Share(InvoiceId invoiceId, Money amount) {
    }
}
