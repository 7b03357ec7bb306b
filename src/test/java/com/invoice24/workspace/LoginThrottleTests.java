package com.invoice24.workspace;

import com.invoice24.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

/** Its own application context, so the failures it provokes do not lock out other tests' logins. */
@TestPropertySource(properties = "invoice24.login-throttle.window=15m")
class LoginThrottleTests extends IntegrationTest {

    @Test
    void eleventhFailedLoginInARowIsTooManyRequests() {
        Workspace acme = signUp("Acme Consulting LLC");

        for (int attempt = 1; attempt <= 10; attempt++) {
            requestToken(acme.ownerEmail(), "wrong password " + attempt).expectStatus().isUnauthorized();
        }

        requestToken(acme.ownerEmail(), "wrong again")
                .expectStatus().isEqualTo(429)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> org.assertj.core.api.Assertions
                        .assertThat((String) detail).contains("Too many failed sign-in attempts"));
        requestToken(acme.ownerEmail(), PASSWORD).expectStatus().isEqualTo(429);
    }

    private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec requestToken(String email,
                                                                                                 String password) {
        return http.post().uri("/api/v1/tokens")
                .header("Authorization", basic(email, password))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "attempt"))
                .exchange();
    }
}
