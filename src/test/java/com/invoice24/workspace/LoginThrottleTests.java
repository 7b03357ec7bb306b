package com.invoice24.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Sign-in throttling as clients meet it, with the limits application.properties sets (10 failures an
 * address, 30 an account, in 15 minutes). Each test signs in from addresses of its own (sent as
 * X-Forwarded-For, which Tomcat takes from the local test client as from a trusted proxy), so the
 * budgets it spends are nobody else's: the counts live in the database every test shares.
 */
class LoginThrottleTests extends IntegrationTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    private DataSource dataSource;

    @Autowired
    private KnownDevices devices;

    @Autowired
    private LoginThrottle throttle;

    @Test
    void eleventhFailedLoginFromOneAddressIsTooManyRequests() {
        Workspace acme = signUp("Acme Consulting LLC");
        String address = newAddress();

        for (int attempt = 1; attempt <= 10; attempt++) {
            requestToken(acme.ownerEmail(), "wrong password " + attempt, address, null).expectStatus().isUnauthorized();
        }

        requestToken(acme.ownerEmail(), "wrong again", address, null)
                .expectStatus().isEqualTo(429)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .startsWith("Too many failed sign-in attempts from your network address. Try again in"));
        requestToken(acme.ownerEmail(), PASSWORD, address, null).expectStatus().isEqualTo(429);
    }

    @Test
    void twoInstancesSpendFromTheSameBudgets() {
        LoginThrottle first = new LoginThrottle(dataSource, 10, 30, Duration.ofMinutes(15));
        LoginThrottle second = new LoginThrottle(dataSource, 10, 30, Duration.ofMinutes(15));
        SignInAttempt guess = new SignInAttempt("dana-" + UUID.randomUUID() + "@example.com", newAddress(), null);

        for (int failure = 1; failure <= 5; failure++) {
            first.admit(guess);
            second.admit(guess);
        }

        assertThatThrownBy(() -> first.admit(guess)).isInstanceOf(LoginThrottledException.class);
        assertThatThrownBy(() -> second.admit(guess)).isInstanceOf(LoginThrottledException.class);
    }

    /**
     * The guarantee: an attacker at one address is stopped by that address's limit before the
     * account's limit (30 here, above the address's 10), and its refused tries cost the account
     * nothing; so the owner signs in from anywhere else, even on a new device, and from the
     * attacker's own address on a device they signed in on before. Judged by the throttle itself:
     * the sign-ins over HTTP below show a wrong password spending a try and a known device's cookie
     * reaching it.
     */
    @Test
    void anAttackerStoppedAtTheirAddressDoesNotLockTheOwnerOut() {
        String owner = "dana-" + UUID.randomUUID() + "@example.com";
        String attacker = newAddress();

        for (int guess = 1; guess <= 10; guess++) {
            throttle.admit(new SignInAttempt(owner, attacker, null));
        }
        for (int guess = 11; guess <= 40; guess++) {
            assertThatThrownBy(() -> throttle.admit(new SignInAttempt(owner, attacker, null)))
                    .isInstanceOf(LoginThrottledException.class);
        }

        throttle.succeeded(throttle.admit(new SignInAttempt(owner, newAddress(), null)));
        throttle.succeeded(throttle.admit(new SignInAttempt(owner, attacker, "laptop-" + UUID.randomUUID())));
    }

    @Test
    void guessesFromManyAddressesLockNewDevicesButNotTheOwnersKnownDevice() {
        Workspace acme = signUp("Acme Consulting LLC");
        String laptop = knownDevice(acme.ownerEmail(), newAddress());

        guessFromManyAddresses(acme.ownerEmail(), 30);

        requestToken(acme.ownerEmail(), PASSWORD, newAddress(), null)
                .expectStatus().isEqualTo(429)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("for this account from new devices. Sign in on a device you have signed in on before"));
        requestToken(acme.ownerEmail(), PASSWORD, newAddress(), laptop).expectStatus().isCreated();
    }

    @Test
    void aKnownDeviceHasABudgetOfItsOwn() {
        String owner = "dana-" + UUID.randomUUID() + "@example.com";
        String address = newAddress();
        String laptop = "laptop-" + UUID.randomUUID();

        for (int guess = 1; guess <= 10; guess++) {
            throttle.admit(new SignInAttempt(owner, address, laptop));
        }

        assertThatThrownBy(() -> throttle.admit(new SignInAttempt(owner, address, laptop)))
                .isInstanceOf(LoginThrottledException.class)
                .hasMessageStartingWith("Too many failed sign-in attempts on this device.");
        throttle.succeeded(throttle.admit(new SignInAttempt(owner, address, null)));
    }

    @Test
    void aDeviceCookieCountsOnlyForItsAccountAndOnlyAsIssued() {
        String laptop = devices.cookieValue("laptop", "dana@example.com");

        assertThat(devices.deviceIn(laptop, " DANA@example.com")).isEqualTo("laptop");
        assertThat(devices.deviceIn(laptop, "sam@example.com")).isNull();
        assertThat(devices.deviceIn("desktop" + laptop.substring(laptop.indexOf('.')), "dana@example.com")).isNull();
        assertThat(devices.deviceIn("laptop.forged", "dana@example.com")).isNull();
        assertThat(devices.deviceIn("no signature", "dana@example.com")).isNull();
    }

    @Test
    void signingInWithTheRightPasswordSpendsNothing() {
        Workspace acme = signUp("Acme Consulting LLC");
        String address = newAddress();

        for (int signIn = 1; signIn <= 15; signIn++) {
            requestToken(acme.ownerEmail(), PASSWORD, address, null).expectStatus().isCreated();
        }
        for (int guess = 1; guess <= 10; guess++) {
            requestToken(acme.ownerEmail(), "guess " + guess, address, null).expectStatus().isUnauthorized();
        }

        requestToken(acme.ownerEmail(), "guess 11", address, null).expectStatus().isEqualTo(429);
    }

    @Test
    void theSignInPageAnswers429AndSaysWhichLimitWasReached() {
        Workspace acme = signUp("Acme Consulting LLC");
        guessFromManyAddresses(acme.ownerEmail(), 30);
        PageSession browser = new PageSession(port);
        browser.get("/login");

        PageSession.assertRedirectsTo(browser.submit("/login",
                Map.of("email", acme.ownerEmail(), "password", PASSWORD)), "/login");
        EntityExchangeResult<String> page = browser.get("/login?throttled");

        assertThat(page.getStatus().value()).isEqualTo(429);
        assertThat(page.getResponseBody()).contains("Sign in on a device you have signed in on before");
    }

    /** Wrong passwords, nine from each address, so no address reaches its own limit. */
    private void guessFromManyAddresses(String email, int guesses) {
        String address = newAddress();
        for (int guess = 0; guess < guesses; guess++) {
            if (guess > 0 && guess % 9 == 0) {
                address = newAddress();
            }
            requestToken(email, "guess " + guess, address, null).expectStatus().isUnauthorized();
        }
    }

    /** Signs in once from the address and returns the known-device cookie that came back. */
    private String knownDevice(String email, String address) {
        String setCookie = requestToken(email, PASSWORD, address, null).expectStatus().isCreated()
                .returnResult(Map.class).getResponseHeaders().getFirst(HttpHeaders.SET_COOKIE);
        assertThat(setCookie).startsWith(KnownDevices.COOKIE + "=").contains("HttpOnly");
        return setCookie.substring(KnownDevices.COOKIE.length() + 1, setCookie.indexOf(';'));
    }

    private RestTestClient.ResponseSpec requestToken(String email, String password, String address,
                                                     @Nullable String device) {
        return http.post().uri("/api/v1/tokens")
                .header("Authorization", basic(email, password))
                .header("X-Forwarded-For", address)
                .headers(headers -> {
                    if (device != null) {
                        headers.add(HttpHeaders.COOKIE, KnownDevices.COOKIE + "=" + device);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "attempt"))
                .exchange();
    }

    /** An address no other test uses. */
    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (n / 256 % 256) + "." + (n % 256);
    }
}
