package com.invoice24.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoice24.fixtures.StripeStub;
import com.invoice24.payments.PaymentProvider.Outcome;
import com.stripe.StripeClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** What each Stripe Checkout event means for the checkout it names, read without asking Stripe anything. */
class StripeProviderTest {

    private static final Instant NOW = Instant.parse("2026-03-02T17:00:00Z");

    private final StripeProvider stripe = new StripeProvider(StripeClient.builder().setApiKey("sk_test_none").build(),
            StripeStub.WEBHOOK_SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aCardCheckoutIsPaidWhenItCompletesAndABankDebitWhenItClears() {
        assertThat(outcome("checkout.session.completed", "paid")).isEqualTo(Outcome.PAID);
        assertThat(outcome("checkout.session.completed", "unpaid")).isEqualTo(Outcome.PROCESSING);
        assertThat(outcome("checkout.session.async_payment_succeeded", "paid")).isEqualTo(Outcome.PAID);
        assertThat(outcome("checkout.session.async_payment_failed", "unpaid")).isEqualTo(Outcome.FAILED);
        assertThat(outcome("checkout.session.expired", "unpaid")).isEqualTo(Outcome.EXPIRED);
        assertThat(outcome("checkout.session.completed", "no_payment_required")).isEqualTo(Outcome.OTHER);
    }

    @Test
    void theEventNamesItsCheckoutAndPayment() {
        String payload = StripeStub.event("evt_1", "checkout.session.completed", "cs_1", "pi_1", "paid");

        PaymentProvider.Event event = stripe.verify(payload, StripeStub.signature(payload, NOW));

        assertThat(event).isEqualTo(new PaymentProvider.Event("evt_1", "checkout.session.completed", Outcome.PAID,
                "cs_1", "pi_1"));
    }

    @Test
    void aSignatureFromAnotherSecretOrTooLongAgoIsRefused() {
        String payload = StripeStub.event("evt_1", "checkout.session.completed", "cs_1", "pi_1", "paid");
        StripeProvider otherSecret = new StripeProvider(StripeClient.builder().setApiKey("sk_test_none").build(),
                "whsec_someone_else", Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> otherSecret.verify(payload, StripeStub.signature(payload, NOW)))
                .isInstanceOf(PaymentProvider.InvalidWebhookException.class);
        assertThatThrownBy(() -> stripe.verify(payload, StripeStub.signature(payload, NOW.minusSeconds(301))))
                .isInstanceOf(PaymentProvider.InvalidWebhookException.class);
    }

    private Outcome outcome(String type, String paymentStatus) {
        String payload = StripeStub.event("evt_1", type, "cs_1", "pi_1", paymentStatus);
        return stripe.verify(payload, StripeStub.signature(payload, NOW)).outcome();
    }
}
