package com.invoice24.payments;

import com.invoice24.clients.PaymentMethod;
import com.invoice24.shared.Money;
import com.stripe.StripeClient;
import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.BalanceTransaction;
import com.stripe.model.Charge;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeObject;
import com.stripe.model.checkout.Session;
import com.stripe.net.Webhook;
import com.stripe.param.PaymentIntentRetrieveParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionCreateParams.LineItem;
import com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData;
import com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData.ProductData;
import java.math.BigDecimal;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * Stripe Checkout for card and US bank account (ACH debit) payments. A card payment is final when the checkout
 * completes; a bank debit completes unpaid and settles days later, with an event of its own either way. The
 * PaymentIntent's latest charge carries the fee, on its balance transaction.
 */
final class StripeProvider implements PaymentProvider {

    /** How far a signature's time may lie from ours, as Stripe's own libraries allow by default. */
    private static final long TOLERANCE_SECONDS = Webhook.DEFAULT_TOLERANCE;

    private final StripeClient stripe;
    private final String webhookSecret;
    private final Clock clock;

    StripeProvider(StripeClient stripe, String webhookSecret, Clock clock) {
        this.stripe = stripe;
        this.webhookSecret = webhookSecret;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "stripe";
    }

    @Override
    public Checkout startCheckout(CheckoutRequest request) {
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .addPaymentMethodType(SessionCreateParams.PaymentMethodType.CARD)
                .addPaymentMethodType(SessionCreateParams.PaymentMethodType.US_BANK_ACCOUNT)
                .setClientReferenceId(request.checkoutId().toString())
                .putMetadata("checkout", request.checkoutId().toString())
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .setDescription("Payment to " + request.workspaceName() + " from " + request.clientName())
                        .putMetadata("checkout", request.checkoutId().toString())
                        .build())
                .setSuccessUrl(request.successUrl())
                .setCancelUrl(request.cancelUrl());
        if (request.email() != null) {
            params.setCustomerEmail(request.email());
        }
        for (Line line : request.lines()) {
            params.addLineItem(LineItem.builder().setQuantity(1L).setPriceData(PriceData.builder()
                    .setCurrency("usd")
                    .setUnitAmount(cents(line.amount()))
                    .setProductData(ProductData.builder().setName(line.description()).build())
                    .build()).build());
        }
        try {
            Session session = stripe.v1().checkout().sessions().create(params.build());
            return new Checkout(session.getId(), session.getUrl());
        } catch (StripeException e) {
            throw new ProviderUnavailableException("Stripe did not open the checkout: " + e.getMessage(), e);
        }
    }

    @Override
    public Event verify(String payload, @Nullable String signature) {
        if (signature == null || signature.isBlank()) {
            throw new InvalidWebhookException("The webhook carries no Stripe-Signature header.", null);
        }
        com.stripe.model.Event event;
        StripeObject object;
        try {
            event = Webhook.constructEvent(payload, signature, webhookSecret, TOLERANCE_SECONDS, clock);
            object = event.getDataObjectDeserializer().deserializeUnsafe();
        } catch (SignatureVerificationException e) {
            throw new InvalidWebhookException("The Stripe signature does not match this payload.", e);
        } catch (EventDataObjectDeserializationException | RuntimeException e) {
            throw new InvalidWebhookException("The webhook is not a Stripe event.", e);
        }
        if (!(object instanceof Session session)) {
            return new Event(event.getId(), event.getType(), Outcome.OTHER, null, null);
        }
        Outcome outcome = outcome(event.getType(), session.getPaymentStatus());
        if (outcome == Outcome.PAID && session.getPaymentIntent() == null) {
            throw new InvalidWebhookException("Stripe says checkout " + session.getId()
                    + " was paid but names no payment intent.", null);
        }
        return new Event(event.getId(), event.getType(), outcome, session.getId(), session.getPaymentIntent());
    }

    @Override
    public Settlement settlement(String paymentReference) {
        try {
            PaymentIntent intent = stripe.v1().paymentIntents().retrieve(paymentReference,
                    PaymentIntentRetrieveParams.builder().addExpand("latest_charge.balance_transaction").build());
            Charge charge = intent.getLatestChargeObject();
            BalanceTransaction balance = charge == null ? null : charge.getBalanceTransactionObject();
            PaymentMethod method = charge != null && charge.getPaymentMethodDetails() != null
                    && "us_bank_account".equals(charge.getPaymentMethodDetails().getType())
                    ? PaymentMethod.ACH : PaymentMethod.CARD;
            return new Settlement(method, balance == null || balance.getFee() == null ? Money.zero()
                    : Money.of(BigDecimal.valueOf(balance.getFee(), 2)));
        } catch (StripeException e) {
            throw new ProviderUnavailableException("Stripe did not say how payment " + paymentReference
                    + " was settled: " + e.getMessage(), e);
        }
    }

    /**
     * A completed checkout is paid by card at once; paid by bank debit it completes {@code unpaid} and the
     * async events follow.
     */
    private static Outcome outcome(String type, @Nullable String paymentStatus) {
        return switch (type) {
            case "checkout.session.completed" -> "paid".equals(paymentStatus) ? Outcome.PAID
                    : "unpaid".equals(paymentStatus) ? Outcome.PROCESSING : Outcome.OTHER;
            case "checkout.session.async_payment_succeeded" -> Outcome.PAID;
            case "checkout.session.async_payment_failed" -> Outcome.FAILED;
            case "checkout.session.expired" -> Outcome.EXPIRED;
            default -> Outcome.OTHER;
        };
    }

    private static long cents(Money amount) {
        return amount.amount().movePointRight(2).longValueExact();
    }
}
