package com.invoice24.shared;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Moves time and runs due jobs for tests from outside; absent (404) unless the test clock is enabled. */
@RestController
@RequestMapping("/api/v1/test")
@ConditionalOnProperty(name = "invoice24.test-clock.enabled", havingValue = "true")
@Tag(name = "Test clock", description = "Only with invoice24.test-clock.enabled=true")
class TestClockApi {

    private final TestClock clock;
    private final JobScheduling jobs;

    TestClockApi(TestClock clock, JobScheduling jobs) {
        this.clock = clock;
        this.jobs = jobs;
    }

    record ClockSetting(@Nullable LocalDate today, @Nullable Instant now) {
    }

    record ClockReading(LocalDate today, Instant now) {
    }

    record JobsRun(List<String> jobs) {
    }

    @GetMapping("/clock")
    ClockReading read() {
        Instant now = clock.instant();
        return new ClockReading(LocalDate.ofInstant(now, clock.getZone()), now);
    }

    @PutMapping("/clock")
    ClockReading set(@RequestBody ClockSetting setting) {
        if (setting.now() != null) {
            clock.set(setting.now());
        } else if (setting.today() != null) {
            clock.set(setting.today());
        } else {
            throw new InvalidRequestException("Give either today (a date) or now (an instant).",
                    List.of(new FieldProblem("today", "today or now is required")));
        }
        return read();
    }

    @PostMapping("/jobs/run")
    JobsRun runJobs() {
        return new JobsRun(jobs.runAllNow());
    }
}
