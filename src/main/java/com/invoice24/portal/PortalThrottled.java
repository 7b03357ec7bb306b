package com.invoice24.portal;

import java.time.Duration;

/** A portal request over its address's or its link's budget; it may be tried again after {@code retryAfter}. */
class PortalThrottled extends RuntimeException {

    private final Duration retryAfter;

    PortalThrottled(Duration retryAfter) {
        super("Too many portal requests; retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up and at least one, as the Retry-After header counts them. */
    long retryAfterSeconds() {
        return Math.max(1, retryAfter.plusNanos(999_999_999).toSeconds());
    }

    /** "a minute", "3 minutes": how long to wait, as the page says it. */
    String waitInWords() {
        long minutes = Math.max(1, (retryAfterSeconds() + 59) / 60);
        return minutes == 1 ? "a minute" : minutes + " minutes";
    }
}
