package com.invoice24.payments;

import com.invoice24.clients.ClientId;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.shared.Money;
import com.invoice24.workspace.WorkspaceId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A checkout the client opened at the payment provider: the invoices it pays, how much of each, and how it ended.
 * Paid is final whatever the provider says afterwards; a checkout that failed or expired can still be paid (money
 * the provider took is always recorded).
 */
record OnlineCheckout(UUID id, WorkspaceId workspace, ClientId client, String provider, String providerCheckoutId,
                      Money amount, Status status, @Nullable PaymentId payment, List<OnlinePayments.ToPay> parts) {

    enum Status { OPEN, PROCESSING, PAID, FAILED, EXPIRED }

    OnlineCheckout {
        parts = List.copyOf(parts);
    }

    static OnlineCheckout opened(UUID id, WorkspaceId workspace, ClientId client, String provider,
                                 String providerCheckoutId, List<OnlinePayments.ToPay> parts) {
        Money amount = parts.stream().map(OnlinePayments.ToPay::amount).reduce(Money.zero(), Money::plus);
        return new OnlineCheckout(id, workspace, client, provider, providerCheckoutId, amount, Status.OPEN, null,
                parts);
    }

    boolean paid() {
        return status == Status.PAID;
    }

    /** What each invoice was to get, in the order the client listed them. */
    Map<InvoiceId, Money> meant() {
        Map<InvoiceId, Money> meant = new LinkedHashMap<>();
        parts.forEach(part -> meant.merge(part.invoice(), part.amount(), Money::plus));
        return meant;
    }

    OnlineCheckout withParts(List<OnlinePayments.ToPay> read) {
        return new OnlineCheckout(id, workspace, client, provider, providerCheckoutId, amount, status, payment, read);
    }

    OnlineCheckout paidBy(PaymentId paymentId) {
        return new OnlineCheckout(id, workspace, client, provider, providerCheckoutId, amount, Status.PAID, paymentId,
                parts);
    }

    /**
     * The checkout after news that is not a payment: a bank debit submitted, refused, or a checkout left unpaid.
     * A paid checkout stays paid, and a refusal or expiry is not undone by a late "submitted".
     */
    OnlineCheckout after(PaymentProvider.Outcome outcome) {
        Status next = switch (outcome) {
            case PROCESSING -> status == Status.OPEN ? Status.PROCESSING : status;
            case FAILED -> status == Status.OPEN || status == Status.PROCESSING ? Status.FAILED : status;
            case EXPIRED -> status == Status.OPEN ? Status.EXPIRED : status;
            case PAID, OTHER -> status;
        };
        return new OnlineCheckout(id, workspace, client, provider, providerCheckoutId, amount, next, payment, parts);
    }
}
