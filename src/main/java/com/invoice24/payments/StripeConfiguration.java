package com.invoice24.payments;

import com.stripe.StripeClient;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Stripe as the {@link PaymentProvider}, only when {@code invoice24.payments.stripe.secret-key} is set; without it
 * there is no provider and clients see the payment instructions alone. A secret key without the webhook's signing
 * secret stops the start: payments would be taken that the app could never hear of.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(StripeConfiguration.SecretKeySet.class)
class StripeConfiguration {

    static final String PREFIX = "invoice24.payments.stripe.";

    @Bean
    PaymentProvider stripe(Environment environment, Clock clock) {
        String webhookSecret = environment.getProperty(PREFIX + "webhook-secret", "");
        if (webhookSecret.isBlank()) {
            throw new IllegalStateException(PREFIX + "webhook-secret must be set with " + PREFIX
                    + "secret-key: it is the signing secret of the webhook endpoint (whsec_...) in Stripe's dashboard");
        }
        StripeClient.StripeClientBuilder client = StripeClient.builder()
                .setApiKey(environment.getRequiredProperty(PREFIX + "secret-key").trim())
                .setMaxNetworkRetries(2);
        String apiBase = environment.getProperty(PREFIX + "api-base", "");
        if (!apiBase.isBlank()) {
            client.setApiBase(apiBase.trim());
        }
        return new StripeProvider(client.build(), webhookSecret.trim(), clock);
    }

    static class SecretKeySet implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().getProperty(PREFIX + "secret-key", "").isBlank();
        }
    }
}
