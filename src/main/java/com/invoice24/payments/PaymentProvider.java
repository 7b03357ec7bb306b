package com.invoice24.payments;

import com.invoice24.clients.PaymentMethod;
import com.invoice24.shared.Money;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A payment processor that takes the client's money on its own pages: it starts a checkout for what we ask
 * and later tells, through a signed webhook, how the checkout ended. What a checkout pays is kept on our side
 * ({@link OnlinePayments}); the provider only names the checkout, the payment and its fee.
 */
public interface PaymentProvider {

    /** The provider's name as our records keep it, such as {@code stripe}. */
    String name();

    /** Opens a checkout at the provider; the client is sent to its address. */
    Checkout startCheckout(CheckoutRequest request);

    /**
     * The webhook's event once its signature is proven, or {@link InvalidWebhookException} when it is not
     * (or the payload is no event). Asks the provider nothing.
     */
    Event verify(String payload, @Nullable String signature);

    /** How a payment the provider took was made and what it kept of it; asks the provider. */
    Settlement settlement(String paymentReference);

    /** One checkout: who pays, what for, and where the client comes back to afterwards. */
    record CheckoutRequest(UUID checkoutId, String workspaceName, String clientName, @Nullable String email,
                           List<Line> lines, String successUrl, String cancelUrl) {

        public CheckoutRequest {
            lines = List.copyOf(lines);
        }
    }

    /** One invoice's part of a checkout, named as the client sees it on the provider's page. */
    record Line(String description, Money amount) {
    }

    /** The checkout as the provider opened it: its id, which its events name, and the page for the client. */
    record Checkout(String id, String url) {
    }

    /** What an event says happened to a checkout. */
    enum Outcome {
        /** The money is taken. */
        PAID,
        /** Submitted, but a bank debit has yet to clear. */
        PROCESSING,
        /** The bank debit was refused. */
        FAILED,
        /** The client left without paying. */
        EXPIRED,
        /** Nothing we act on. */
        OTHER
    }

    /**
     * A webhook event: its id (for doing it once), what it says, and the checkout and payment it is about; a
     * {@link Outcome#PAID} event always names its payment.
     */
    record Event(String id, String type, Outcome outcome, @Nullable String checkoutId,
                 @Nullable String paymentReference) {
    }

    /** How the client paid and the processing fee the provider kept, which the workspace bears. */
    record Settlement(PaymentMethod method, Money fee) {
    }

    /** The provider could not be reached or refused what we asked: the same call may work later. */
    final class ProviderUnavailableException extends RuntimeException {

        public ProviderUnavailableException(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }

    /** A webhook whose signature does not hold: it was not sent by the provider, or was changed on the way. */
    final class InvalidWebhookException extends RuntimeException {

        public InvalidWebhookException(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }
}
