package com.invoice24.workspace;

import static com.invoice24.PageSession.assertRedirectsTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Every way in that sets a password refuses a weak or over-long one, names the field, and keeps nothing. */
class ChoosingAPasswordTests extends IntegrationTest {

    /** 19 emoji: 76 bytes in UTF-8, past the 72 bcrypt reads. */
    private static final String EMOJI = "🦦🏮🌊🫖".repeat(4) + "🦦🏮🌊";

    @Test
    void signingUpWithAWeakPasswordIsRefusedWithTheEstimatorsAdviceAndCreatesNothing() {
        String email = "weak-" + UUID.randomUUID() + "@example.com";

        signUpWith(email, "password12").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("password")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message)
                        .startsWith("This password is too easy to guess.").contains("top-10 common password"));
        signUpWith(email, "aaaaaaaaaa").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].message").value(message -> assertThat((String) message)
                        .contains("Repeats like \"aaa\" are easy to guess."));
        signUpWith(email, email).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].message").isEqualTo(PasswordPolicy.OWN_WORDS);

        assertThat(membersWith(email)).isZero();
        signUpWith(email, PASSWORD).expectStatus().isCreated();
    }

    @Test
    void signingUpWithAnEmojiPasswordPastSeventyTwoBytesIsRefusedNotAnError() {
        String email = "emoji-" + UUID.randomUUID() + "@example.com";

        signUpWith(email, EMOJI).expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("password")
                .jsonPath("$.errors[0].message").isEqualTo(PasswordPolicy.TOO_LONG);

        assertThat(membersWith(email)).isZero();
    }

    @Test
    void acceptingAnInvitationWithAWeakOrOverLongPasswordIsRefusedAndTheInvitationStaysOpen() {
        Workspace acme = signUp("Acme Consulting LLC");
        String email = "invited-" + UUID.randomUUID() + "@example.com";
        String secret = invite(acme, email);

        accept(secret, "password12").expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("password")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message)
                        .startsWith("This password is too easy to guess."));
        accept(secret, EMOJI).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].message").isEqualTo(PasswordPolicy.TOO_LONG);
        accept(secret, "Sam Ortiz Acme").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].message").isEqualTo(PasswordPolicy.OWN_WORDS);

        assertThat(membersWith(email)).isZero();
        accept(secret, PASSWORD).expectStatus().isCreated();
    }

    @Test
    void signingInWithAPasswordPastSeventyTwoBytesIsAWrongPasswordNotAnError() {
        Workspace acme = signUp("Acme Consulting LLC");

        http.post().uri("/api/v1/tokens").header("Authorization", basic(acme.ownerEmail(), PASSWORD + EMOJI))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "too long"))
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void signUpPageShowsWhyAPasswordIsRefusedNextToItAndSavesNothing() {
        String email = "page-" + UUID.randomUUID() + "@example.com";
        PageSession browser = new PageSession(port);
        browser.get("/signup");

        EntityExchangeResult<String> weak = browser.submit("/signup", signUpForm(email, "password12"));
        EntityExchangeResult<String> emoji = browser.submit("/signup", signUpForm(email, EMOJI));

        assertThat(weak.getStatus().value()).isEqualTo(200);
        assertThat(weak.getResponseBody()).contains("id=\"password-error\"").contains("This password is too easy to guess.");
        assertThat(emoji.getStatus().value()).isEqualTo(200);
        assertThat(emoji.getResponseBody()).contains("id=\"password-error\"").contains("Use at most 72 characters");
        assertThat(membersWith(email)).isZero();
        assertRedirectsTo(browser.submit("/signup", signUpForm(email, PASSWORD)), "/");
    }

    @Test
    void joinPageShowsWhyAPasswordIsRefusedNextToItAndTheLinkStillWorks() {
        Workspace acme = signUp("Acme Consulting LLC");
        String email = "joining-" + UUID.randomUUID() + "@example.com";
        String secret = invite(acme, email);
        PageSession browser = new PageSession(port);
        browser.get("/invitations/" + secret);

        EntityExchangeResult<String> weak = browser.submit("/invitations/" + secret,
                Map.of("name", "Sam Ortiz", "password", "aaaaaaaaaa"));
        EntityExchangeResult<String> emoji = browser.submit("/invitations/" + secret,
                Map.of("name", "Sam Ortiz", "password", EMOJI));

        assertThat(weak.getStatus().value()).isEqualTo(200);
        assertThat(weak.getResponseBody()).contains("id=\"password-error\"").contains("This password is too easy to guess.");
        assertThat(emoji.getStatus().value()).isEqualTo(200);
        assertThat(emoji.getResponseBody()).contains("id=\"password-error\"").contains("Use at most 72 characters");
        assertThat(membersWith(email)).isZero();
        assertRedirectsTo(browser.submit("/invitations/" + secret, Map.of("name", "Sam Ortiz", "password", PASSWORD)),
                "/");
    }

    private RestTestClient.ResponseSpec signUpWith(String email, String password) {
        return http.post().uri("/api/v1/signup").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("workspaceName", "Northwind Studio", "name", "Dana Whitfield", "email", email,
                        "password", password))
                .exchange();
    }

    private static Map<String, String> signUpForm(String email, String password) {
        return Map.of("workspaceName", "Northwind Studio", "name", "Dana Whitfield", "email", email,
                "password", password);
    }

    private String invite(Workspace workspace, String email) {
        String acceptUrl = (String) http.post().uri("/api/v1/invitations").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", email, "role", "STAFF"))
                .exchange()
                .expectStatus().isCreated()
                .returnResult(Map.class).getResponseBody().get("acceptUrl");
        return acceptUrl.substring(acceptUrl.lastIndexOf('/') + 1);
    }

    private RestTestClient.ResponseSpec accept(String secret, String password) {
        return http.post().uri("/api/v1/invitations/{secret}/accept", secret)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Sam Ortiz", "password", password))
                .exchange();
    }

    private long membersWith(String email) {
        return jdbc().sql("SELECT count(*) FROM members WHERE email = :email").param("email", email)
                .query(Long.class).single();
    }
}
