package com.invoice24.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

/** Every response tells the browser what it may run and send; over HTTPS, also behind a proxy, it pins HTTPS. */
class SecurityHeadersTests extends IntegrationTest {

    private static final String PROXIED_HTTPS = "X-Forwarded-Proto";

    @Test
    void pagesAndApiResponsesCarryThePolicyAndRunNoInlineScript() {
        Workspace acme = signUp("Acme Consulting LLC");
        List<HttpHeaders> responses = List.of(
                http.get().uri("/login").exchange().returnResult(String.class).getResponseHeaders(),
                http.get().uri("/invoices").exchange().returnResult(String.class).getResponseHeaders(),
                http.get().uri("/api/v1/workspace").headers(acme::authorize).exchange()
                        .returnResult(String.class).getResponseHeaders(),
                http.post().uri("/api/v1/tokens").exchange().returnResult(String.class).getResponseHeaders());

        assertThat(responses).allSatisfy(headers -> {
            assertThat(headers.getFirst("Content-Security-Policy")).contains("script-src 'self';",
                    "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'",
                    "style-src 'self' 'unsafe-inline'").doesNotContain("unsafe-eval");
            assertThat(directive(headers.getFirst("Content-Security-Policy"), "script-src")).isEqualTo("'self'");
            assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
            assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
            assertThat(headers.containsHeader("Strict-Transport-Security")).as("no HSTS over plain HTTP").isFalse();
        });
    }

    @Test
    void overPlainHttpTheSessionCookieIsNotMarkedSecure() {
        EntityExchangeResult<String> login = http.get().uri("/login").exchange().returnResult(String.class);

        assertThat(sessionCookie(login)).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void behindAnHttpsProxyTheBrowserIsToldToStayOnHttpsAndTheSessionCookieIsSecure() {
        EntityExchangeResult<String> login = http.get().uri("/login").header(PROXIED_HTTPS, "https").exchange()
                .returnResult(String.class);

        assertThat(login.getResponseHeaders().getFirst("Strict-Transport-Security"))
                .contains("max-age=31536000", "includeSubDomains");
        assertThat(sessionCookie(login)).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    private static String sessionCookie(EntityExchangeResult<String> response) {
        return response.getResponseHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .filter(cookie -> cookie.startsWith("SESSION=")).findFirst().orElseThrow();
    }

    private static String directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            String trimmed = directive.strip();
            if (trimmed.startsWith(name + " ")) {
                return trimmed.substring(name.length() + 1);
            }
        }
        throw new AssertionError(name + " missing from " + policy);
    }
}
