package com.invoice24.shared;

import com.invoice24.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "invoice24.test-clock.enabled=false")
class TestClockOffTests extends IntegrationTest {

    @Test
    void testClockIsNotFoundUnlessEnabled() {
        http.put().uri("/api/v1/test/clock").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("today", "2026-04-20"))
                .exchange()
                .expectStatus().isNotFound();
        http.post().uri("/api/v1/test/jobs/run").exchange().expectStatus().isNotFound();
    }
}
