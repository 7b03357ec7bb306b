package com.invoice24.payments;

import com.invoice24.shared.Problems;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Stripe reports how checkouts ended. Public (the signature is the authentication), outside {@code /api}.
 * Any 2xx tells Stripe the event arrived; anything else makes it try again for days, so only a forged or garbled
 * event (400) and a moment when Stripe itself cannot be asked for the fee (503) answer otherwise.
 */
@RestController
class PaymentWebhooks {

    private static final Logger log = LoggerFactory.getLogger(PaymentWebhooks.class);

    private final OnlinePayments payments;

    PaymentWebhooks(OnlinePayments payments) {
        this.payments = payments;
    }

    /** The raw bytes, as signed: a body decoded and encoded again might not match its signature. */
    @PostMapping("/webhooks/stripe")
    ResponseEntity<Void> stripe(@RequestBody(required = false) byte @Nullable [] body,
                                @RequestHeader(name = "Stripe-Signature", required = false) @Nullable String signature) {
        if (!payments.available()) {
            return ResponseEntity.notFound().build();
        }
        payments.receive(body == null ? "" : new String(body, StandardCharsets.UTF_8), signature);
        return ResponseEntity.ok().build();
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> forged(PaymentProvider.InvalidWebhookException refused) {
        log.warn("Refused a payment webhook: {}", refused.getMessage());
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, refused.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> providerDown(PaymentProvider.ProviderUnavailableException down) {
        log.warn("A payment webhook waits for the provider: {}", down.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "The payment provider could not be asked about this "
                        + "payment; send the event again later."));
    }
}
