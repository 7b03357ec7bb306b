package com.invoice24.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Stripe is the payment provider only when its keys are configured; half a configuration stops the start. */
class StripeConfigurationTest {

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withBean(Clock.class, Clock::systemUTC)
            .withUserConfiguration(StripeConfiguration.class);

    @Test
    void withoutASecretKeyThereIsNoProvider() {
        app.run(context -> assertThat(context).doesNotHaveBean(PaymentProvider.class));
        app.withPropertyValues("invoice24.payments.stripe.secret-key= ")
                .run(context -> assertThat(context).doesNotHaveBean(PaymentProvider.class));
    }

    @Test
    void withBothKeysStripeIsTheProvider() {
        app.withPropertyValues("invoice24.payments.stripe.secret-key=sk_test_1",
                        "invoice24.payments.stripe.webhook-secret=whsec_1")
                .run(context -> assertThat(context.getBean(PaymentProvider.class).name()).isEqualTo("stripe"));
    }

    @Test
    void aSecretKeyWithoutTheWebhookSecretStopsTheStart() {
        app.withPropertyValues("invoice24.payments.stripe.secret-key=sk_test_1")
                .run(context -> assertThat(context).hasFailed()
                        .getFailure().hasStackTraceContaining("invoice24.payments.stripe.webhook-secret must be set"));
    }
}
