package com.invoice24.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class RolesTests extends IntegrationTest {

    @Test
    void ownerInvitesABookkeeperWhoJoinsAndGetsATokenWithTheirPassword() {
        Workspace acme = signUp("Acme Consulting LLC");
        String email = join(acme, Role.BOOKKEEPER);

        String token = tokenFor(email);
        http.get().uri("/api/v1/me").header("Authorization", bearer(token))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.role").isEqualTo("BOOKKEEPER")
                .jsonPath("$.workspaceId").isEqualTo(acme.id().toString());
        http.get().uri("/api/v1/members").headers(acme::authorize)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(2);
    }

    @Test
    void readOnlyMemberReadsButCannotChangeAnything() {
        Workspace acme = signUp("Acme Consulting LLC");
        String token = tokenFor(join(acme, Role.READ_ONLY));

        http.get().uri("/api/v1/members").header("Authorization", bearer(token))
                .exchange().expectStatus().isOk();
        http.post().uri("/api/v1/invitations").header("Authorization", bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", "someone@example.com", "role", "STAFF"))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void readOnlyMemberSeesThePagesButNotMemberSettings() {
        Workspace acme = signUp("Acme Consulting LLC");
        String email = join(acme, Role.READ_ONLY);
        PageSession browser = signedIn(email);

        assertThat(browser.get("/").getStatus().value()).isEqualTo(200);
        assertThat(browser.get("/settings/members").getStatus().value()).isEqualTo(403);
        assertThat(browser.get("/").getResponseBody()).doesNotContain("Invite someone");
    }

    @Test
    void bookkeeperCannotInviteMembers() {
        Workspace acme = signUp("Acme Consulting LLC");
        String token = tokenFor(join(acme, Role.BOOKKEEPER));

        http.post().uri("/api/v1/invitations").header("Authorization", bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", "someone@example.com", "role", "STAFF"))
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void anInvitationWorksOnce() {
        Workspace acme = signUp("Acme Consulting LLC");
        String secret = invite(acme, "twice-" + UUID.randomUUID() + "@example.com", Role.STAFF);
        accept(secret).expectStatus().isCreated();

        accept(secret).expectStatus().isNotFound();
    }

    @Test
    void nobodyCanBeInvitedAsASecondOwner() {
        Workspace acme = signUp("Acme Consulting LLC");
        http.post().uri("/api/v1/invitations").headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", "partner@example.com", "role", "OWNER"))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("role");
    }

    private String join(Workspace workspace, Role role) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.com";
        accept(invite(workspace, email, role)).expectStatus().isCreated();
        return email;
    }

    private String invite(Workspace workspace, String email, Role role) {
        String acceptUrl = (String) http.post().uri("/api/v1/invitations").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", email, "role", role.name()))
                .exchange()
                .expectStatus().isCreated()
                .returnResult(Map.class).getResponseBody().get("acceptUrl");
        return acceptUrl.substring(acceptUrl.lastIndexOf('/') + 1);
    }

    private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec accept(String secret) {
        return http.post().uri("/api/v1/invitations/{secret}/accept", secret)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Sam Ortiz", "password", PASSWORD))
                .exchange();
    }

    private String tokenFor(String email) {
        return (String) http.post().uri("/api/v1/tokens").header("Authorization", basic(email, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "mine"))
                .exchange().expectStatus().isCreated()
                .returnResult(Map.class).getResponseBody().get("token");
    }
}
