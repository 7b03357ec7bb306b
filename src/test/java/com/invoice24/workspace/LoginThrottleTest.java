package com.invoice24.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle(10, Duration.ofMinutes(15));

    @Test
    void tenFailuresForOneEmailLockThatEmailFromEveryAddress() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("dana@example.com", "10.0.0." + i);
        }

        assertThat(throttle.locked("DANA@example.com", "192.168.1.1")).isTrue();
        assertThat(throttle.locked("sam@example.com", "192.168.1.1")).isFalse();
    }

    @Test
    void tenFailuresFromOneAddressLockThatAddressForEveryEmail() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("guess" + i + "@example.com", "203.0.113.7");
        }

        assertThat(throttle.locked("dana@example.com", "203.0.113.7")).isTrue();
        assertThat(throttle.locked("dana@example.com", "198.51.100.1")).isFalse();
    }

    @Test
    void nineFailuresDoNotLock() {
        for (int i = 0; i < 9; i++) {
            throttle.recordFailure("dana@example.com", "203.0.113.7");
        }

        assertThat(throttle.locked("dana@example.com", "203.0.113.7")).isFalse();
    }
}
