package com.invoice24.shared;

import com.invoice24.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class TestClockTests extends IntegrationTest {

    @Test
    void aBareDateMeansFivePmUtcAndStaysSet() {
        http.put().uri("/api/v1/test/clock").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("today", "2026-04-20"))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.now").isEqualTo("2026-04-20T17:00:00Z");

        http.get().uri("/api/v1/test/clock").exchange()
                .expectBody().jsonPath("$.today").isEqualTo("2026-04-20");
    }

    @Test
    void anExactInstantCanBeSet() {
        http.put().uri("/api/v1/test/clock").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("now", "2026-04-20T21:30:00Z"))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.now").isEqualTo("2026-04-20T21:30:00Z");
    }

    @Test
    void settingNeitherDateNorInstantIsRefused() {
        http.put().uri("/api/v1/test/clock").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of())
                .exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void runningJobsRunsEveryRegisteredJobAndReturnsWhenDone() {
        http.post().uri("/api/v1/test/jobs/run")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.jobs[?(@ == 'forget-expired-idempotency-keys')]").exists();
    }
}
