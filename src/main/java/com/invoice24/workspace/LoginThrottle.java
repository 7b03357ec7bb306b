package com.invoice24.workspace;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per email address and per IP address; past the limit within the window,
 * sign-in is refused until the window has passed. This is about real elapsed time, so it runs on
 * the system clock, not the (test) business clock.
 */
@Component
class LoginThrottle {

    /** Buckets at rest are full; past this many we drop those, so a spray of addresses cannot fill memory. */
    private static final int TIDY_ABOVE = 10_000;

    private final Map<String, Bucket> failures = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration window;

    LoginThrottle(@Value("${invoice24.login-throttle.max-failures:10}") int maxFailures,
                  @Value("${invoice24.login-throttle.window:15m}") Duration window) {
        this.maxFailures = maxFailures;
        this.window = window;
    }

    boolean locked(String email, String ipAddress) {
        return exhausted(emailKey(email)) || exhausted(ipKey(ipAddress));
    }

    void recordFailure(String email, String ipAddress) {
        bucket(emailKey(email)).tryConsume(1);
        bucket(ipKey(ipAddress)).tryConsume(1);
        if (failures.size() > TIDY_ABOVE) {
            failures.values().removeIf(bucket -> bucket.getAvailableTokens() >= maxFailures);
        }
    }

    Duration window() {
        return window;
    }

    private boolean exhausted(String key) {
        Bucket bucket = failures.get(key);
        return bucket != null && bucket.getAvailableTokens() <= 0;
    }

    private Bucket bucket(String key) {
        return failures.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(maxFailures).refillIntervally(maxFailures, window))
                .build());
    }

    private static String emailKey(String email) {
        return "email:" + email.trim().toLowerCase(Locale.ROOT);
    }

    private static String ipKey(String ipAddress) {
        return "ip:" + ipAddress;
    }
}
