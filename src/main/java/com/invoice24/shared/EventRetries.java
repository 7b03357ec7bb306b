package com.invoice24.shared;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Keeps the event publication registry moving while the application runs. A listener that failed (a lost
 * connection, a conflict) leaves its publication incomplete; the registry hands those over again at the next
 * start, and this job does so every few minutes, so a payment that should lift a hold never waits for a
 * restart. Listeners are idempotent (see docs/events.md), so a second delivery is harmless. Completed
 * publications are kept a week for inspection, then forgotten.
 */
@Configuration(proxyBeanMethods = false)
class EventRetries {

    static final Duration RETRY_AFTER = Duration.ofMinutes(5);
    static final Duration KEEP_COMPLETED = Duration.ofDays(7);

    @Bean
    Job retryIncompleteEvents(IncompleteEventPublications incomplete, CompletedEventPublications completed) {
        return new Job("retry-incomplete-events", RETRY_AFTER, () -> {
            incomplete.resubmitIncompletePublicationsOlderThan(RETRY_AFTER);
            completed.deletePublicationsOlderThan(KEEP_COMPLETED);
        });
    }
}
