package com.invoice24.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still where it was set, so billing tests can move through months of due
 * dates. Only present with {@code invoice24.test-clock.enabled=true}.
 */
public class TestClock extends Clock {

    /** Noon in New York, nine in Los Angeles: inside business hours in every US time zone. */
    static final LocalTime TIME_OF_A_BARE_DATE = LocalTime.of(17, 0);

    private final AtomicReference<Instant> now;

    public TestClock(Instant now) {
        this.now = new AtomicReference<>(now);
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    public void set(LocalDate today) {
        set(today.atTime(TIME_OF_A_BARE_DATE).toInstant(ZoneOffset.UTC));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new InZone(this, zone);
    }

    /** The same moving instant seen from another zone. */
    private static final class InZone extends Clock {

        private final TestClock clock;
        private final ZoneId zone;

        InZone(TestClock clock, ZoneId zone) {
            this.clock = clock;
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new InZone(clock, other);
        }
    }
}
