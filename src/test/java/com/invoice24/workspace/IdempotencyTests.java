package com.invoice24.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class IdempotencyTests extends IntegrationTest {

    @Test
    void retryWithTheSameKeyAndBodyReturnsTheFirstResponseAndCreatesNothingMore() {
        Workspace acme = signUp("Acme Consulting LLC");

        Map<?, ?> first = createToken(acme, "key-1", "Accounting sync");
        Map<?, ?> retry = http.post().uri("/api/v1/tokens").headers(acme::authorize)
                .header("Idempotency-Key", "key-1")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "Accounting sync"))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .returnResult(Map.class).getResponseBody();

        assertThat(retry).isEqualTo(first);
        assertThat(tokensNamed(acme, "Accounting sync")).isEqualTo(1);
    }

    @Test
    void sameKeyWithAnotherBodyIsRefused() {
        Workspace acme = signUp("Acme Consulting LLC");
        createToken(acme, "key-2", "First");

        http.post().uri("/api/v1/tokens").headers(acme::authorize)
                .header("Idempotency-Key", "key-2")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "Second"))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(tokensNamed(acme, "Second")).isZero();
    }

    @Test
    void keysBelongToOneWorkspace() {
        Workspace acme = signUp("Acme Consulting LLC");
        Workspace globex = signUp("Globex Partners");
        createToken(acme, "shared-key", "Acme's");

        createToken(globex, "shared-key", "Globex's");

        assertThat(tokensNamed(globex, "Globex's")).isEqualTo(1);
    }

    private Map<?, ?> createToken(Workspace workspace, String key, String name) {
        return http.post().uri("/api/v1/tokens").headers(workspace::authorize)
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", name))
                .exchange()
                .expectStatus().isCreated()
                .returnResult(Map.class).getResponseBody();
    }

    private long tokensNamed(Workspace workspace, String name) {
        return jdbc().sql("SELECT count(*) FROM api_tokens WHERE workspace_id = :workspace AND name = :name")
                .param("workspace", workspace.id())
                .param("name", name)
                .query(Long.class).single();
    }
}
