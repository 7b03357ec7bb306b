package com.invoice24.shared;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every date rule reads; the test clock replaces it when enabled. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    @ConditionalOnProperty(name = "invoice24.test-clock.enabled", havingValue = "false", matchIfMissing = true)
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnProperty(name = "invoice24.test-clock.enabled", havingValue = "true")
    TestClock testClock() {
        return new TestClock(Clock.systemUTC().instant());
    }
}
