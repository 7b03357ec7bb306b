package com.invoice24.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.invoice24.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class JobSchedulingTests extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void twoInstancesNeverRunTheSameJobAtOnce() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        Job sweep = new Job("test-sweep", Duration.ofMillis(50), () -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            sleep(150);
            runs.incrementAndGet();
            running.decrementAndGet();
        });
        JobScheduling first = new JobScheduling(List.of(sweep), dataSource, true, Duration.ofMillis(100));
        JobScheduling second = new JobScheduling(List.of(sweep), dataSource, true, Duration.ofMillis(100));

        first.start();
        second.start();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> runs.get() > 3);
        } finally {
            first.stop();
            second.stop();
        }

        assertThat(runs.get()).isGreaterThan(3);
        assertThat(mostAtOnce.get()).isEqualTo(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
