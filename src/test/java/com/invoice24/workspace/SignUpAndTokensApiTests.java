package com.invoice24.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class SignUpAndTokensApiTests extends IntegrationTest {

    @Test
    void signUpReturnsATokenThatOpensTheApi() {
        Workspace acme = signUp("Acme Consulting LLC");

        http.get().uri("/api/v1/me").headers(acme::authorize)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.workspaceId").isEqualTo(acme.id().toString())
                .jsonPath("$.workspaceName").isEqualTo("Acme Consulting LLC")
                .jsonPath("$.role").isEqualTo("OWNER");
    }

    @Test
    void callWithoutTokenIsUnauthorizedWithProblemDetails() {
        http.get().uri("/api/v1/me")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("Bearer"));
    }

    @Test
    void unknownTokenIsUnauthorized() {
        http.get().uri("/api/v1/me").header("Authorization", bearer("i24_not-a-real-token"))
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void basicAuthGivesANewTokenAndAWrongPasswordDoesNot() {
        Workspace acme = signUp("Acme Consulting LLC");

        String token = (String) http.post().uri("/api/v1/tokens")
                .header("Authorization", basic(acme.ownerEmail(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "Accounting sync"))
                .exchange()
                .expectStatus().isCreated()
                .returnResult(Map.class).getResponseBody().get("token");
        http.get().uri("/api/v1/me").header("Authorization", bearer(token)).exchange().expectStatus().isOk();

        http.post().uri("/api/v1/tokens")
                .header("Authorization", basic(acme.ownerEmail(), "not the password"))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "Nope"))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void revokedTokenNoLongerOpensTheApi() {
        Workspace acme = signUp("Acme Consulting LLC");
        Map<?, ?> issued = http.post().uri("/api/v1/tokens").headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "Temporary"))
                .exchange().expectStatus().isCreated()
                .returnResult(Map.class).getResponseBody();

        http.delete().uri("/api/v1/tokens/{id}", issued.get("id")).headers(acme::authorize)
                .exchange().expectStatus().isNoContent();

        http.get().uri("/api/v1/me").header("Authorization", bearer((String) issued.get("token")))
                .exchange().expectStatus().isUnauthorized();
        http.get().uri("/api/v1/tokens").headers(acme::authorize)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.name == 'Temporary')]").doesNotExist();
    }

    @Test
    void aTokensLastUseIsRecordedToTheMinuteWithoutAWriteOnEveryCall() {
        Workspace acme = signUp("Acme Consulting LLC");
        Instant nine = Instant.parse("2026-03-02T14:00:00Z");
        time().setNow(nine);
        http.get().uri("/api/v1/me").headers(acme::authorize).exchange().expectStatus().isOk();
        time().setNow(nine.plusSeconds(30));
        http.get().uri("/api/v1/me").headers(acme::authorize).exchange().expectStatus().isOk();
        assertThat(lastUsed(acme)).isEqualTo(nine);

        time().setNow(nine.plusSeconds(90));
        http.get().uri("/api/v1/me").headers(acme::authorize).exchange().expectStatus().isOk();
        assertThat(lastUsed(acme)).isEqualTo(nine.plusSeconds(90));
    }

    private Instant lastUsed(Workspace workspace) {
        Map<?, ?> token = (Map<?, ?>) ((List<?>) http.get().uri("/api/v1/tokens").headers(workspace::authorize)
                .exchange().returnResult(Map.class).getResponseBody().get("items")).get(0);
        return Instant.parse((String) token.get("lastUsedAt"));
    }

    @Test
    void anotherWorkspacesTokenIsNotFound() {
        Workspace acme = signUp("Acme Consulting LLC");
        Workspace globex = signUp("Globex Partners");
        Object globexTokenId = http.get().uri("/api/v1/tokens").headers(globex::authorize)
                .exchange().returnResult(Map.class).getResponseBody().get("items");
        String id = (String) ((Map<?, ?>) ((java.util.List<?>) globexTokenId).get(0)).get("id");

        http.delete().uri("/api/v1/tokens/{id}", id).headers(acme::authorize)
                .exchange()
                .expectStatus().isNotFound();
        http.get().uri("/api/v1/me").headers(globex::authorize).exchange().expectStatus().isOk();
    }

    @Test
    void signUpWithAnEmailInUseIsRefused() {
        Workspace acme = signUp("Acme Consulting LLC");

        http.post().uri("/api/v1/signup").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("workspaceName", "Copycat", "name", "Eve", "email", acme.ownerEmail().toUpperCase(),
                        "password", PASSWORD))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("email");
    }

    @Test
    void signUpNamesEveryFieldThatIsMissingOrInvalid() {
        http.post().uri("/api/v1/signup").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("workspaceName", "", "email", "not-an-email", "password", "short"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'workspaceName')]").exists()
                .jsonPath("$.errors[?(@.field == 'name')]").exists()
                .jsonPath("$.errors[?(@.field == 'email')]").exists()
                .jsonPath("$.errors[?(@.field == 'password')]").exists();
    }

    @Test
    void malformedJsonIsABadRequestNotAServerError() {
        http.post().uri("/api/v1/signup").contentType(MediaType.APPLICATION_JSON)
                .body("{\"workspaceName\": ")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").exists();
    }

    @Test
    void unknownApiPathIsNotFoundAsProblemDetails() {
        Workspace acme = signUp("Acme Consulting LLC");
        http.get().uri("/api/v1/nothing-here").headers(acme::authorize)
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
