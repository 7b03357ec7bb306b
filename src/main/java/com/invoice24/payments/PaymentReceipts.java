package com.invoice24.payments;

import com.invoice24.clients.BillingProfile;
import com.invoice24.delivery.EmailKind;
import com.invoice24.delivery.OutgoingEmail;
import com.invoice24.workspace.WorkspaceSettings;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The receipt a client gets for a payment made online: what was paid, on which invoices, on which day. The
 * provider's processing fee is the workspace's to bear, so the receipt says the whole amount was credited. Filed
 * with the invoice when the payment was for one. A client without a billing email gets none.
 */
final class PaymentReceipts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private PaymentReceipts() {
    }

    static Optional<OutgoingEmail> emailOf(Payment payment, BillingProfile client, WorkspaceSettings provider) {
        if (client.billingEmail() == null) {
            return Optional.empty();
        }
        return Optional.of(new OutgoingEmail(payment.workspaceId(), EmailKind.RECEIPT,
                payment.allocations().size() == 1 ? payment.allocations().get(0).invoiceId().value() : null, null,
                client.billingEmail(), client.ccEmails(), subject(payment, provider), body(payment, client, provider),
                List.of()));
    }

    /** "Payment received by Acme LLC — $1,250.00 — Mar 31, 2026". */
    static String subject(Payment payment, WorkspaceSettings provider) {
        return "Payment received by " + provider.invoiceName() + " — $" + payment.amount().formatted() + " — "
                + DAY.format(payment.receivedOn());
    }

    private static String body(Payment payment, BillingProfile client, WorkspaceSettings provider) {
        String greeting = client.billingContact().name() != null ? client.billingContact().name() : client.name();
        StringBuilder body = new StringBuilder()
                .append("Hello ").append(greeting).append(",\n\n")
                .append("Thank you: we received your payment of $").append(payment.amount().formatted())
                .append(" by ").append(payment.method().label().toLowerCase(Locale.US)).append(" on ")
                .append(DAY.format(payment.receivedOn())).append(".\n");
        if (!payment.allocations().isEmpty()) {
            body.append("\nPaid on\n");
            for (Allocation allocation : payment.allocations()) {
                body.append("Invoice ").append(allocation.invoiceNumber()).append(": $")
                        .append(allocation.amount().formatted()).append('\n');
            }
        }
        if (payment.unapplied().isPositive()) {
            body.append("\n$").append(payment.unapplied().formatted())
                    .append(" is kept as a credit on your account for your next invoice.\n");
        }
        body.append("\nThe whole amount is credited to you; the processing fee is ours, not deducted from your payment.")
                .append("\nReference: ").append(payment.reference()).append('\n')
                .append("\nQuestions about this payment? Reply to this email");
        if (provider.email() != null) {
            body.append(" or write to ").append(provider.email());
        }
        return body.append(".\n\nThank you,\n").append(provider.invoiceName()).append('\n').toString();
    }
}
