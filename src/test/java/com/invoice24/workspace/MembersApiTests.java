package com.invoice24.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import com.invoice24.Team;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@SuppressWarnings("unchecked")
class MembersApiTests extends IntegrationTest {

    @Test
    void ownerPromotesABookkeeperToAdmin() {
        Workspace acme = signUp("Acme Consulting LLC");
        Team.Joined bookkeeper = join(acme, "BOOKKEEPER");

        changeRole(acme.token(), memberId(acme, bookkeeper.email()), "ADMIN").expectStatus().isOk()
                .expectBody().jsonPath("$.role").isEqualTo("ADMIN").jsonPath("$.email").isEqualTo(bookkeeper.email());

        assertThat(member(acme, bookkeeper.email())).containsEntry("role", "ADMIN");
    }

    @Test
    void aBookkeeperDemotedToStaffIsRefusedMoneyWithTheTokenTheyAlreadyHave() {
        Workspace acme = signUp("Acme Consulting LLC");
        Team.Joined bookkeeper = join(acme, "BOOKKEEPER");
        get("/api/v1/invoices", bookkeeper.token()).expectStatus().isOk();

        changeRole(acme.token(), memberId(acme, bookkeeper.email()), "STAFF").expectStatus().isOk();

        get("/api/v1/invoices", bookkeeper.token()).expectStatus().isForbidden();
        get("/api/v1/me", bookkeeper.token()).expectStatus().isOk().expectBody().jsonPath("$.role").isEqualTo("STAFF");
    }

    @Test
    void aSignedInBookkeeperDemotedToStaffIsRefusedInvoicesOnTheNextPage() {
        Workspace acme = signUp("Acme Consulting LLC");
        Team.Joined bookkeeper = join(acme, "BOOKKEEPER");
        PageSession session = atHome(bookkeeper.email());
        assertThat(session.getHtml("/invoices").getStatus().value()).isEqualTo(200);

        changeRole(acme.token(), memberId(acme, bookkeeper.email()), "STAFF").expectStatus().isOk();

        assertThat(session.getHtml("/invoices").getStatus().value()).isEqualTo(403);
        assertThat(session.getHtml("/").getResponseBody()).contains("You are Staff");
    }

    @Test
    void theOwnersRoleCannotBeChangedNorTheOwnerRemoved() {
        Workspace acme = signUp("Acme Consulting LLC");
        Team.Joined admin = join(acme, "ADMIN");
        String owner = memberId(acme, acme.ownerEmail());

        changeRole(admin.token(), owner, "BOOKKEEPER").expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("owner's role cannot be changed"));
        delete(admin.token(), owner).expectStatus().isEqualTo(422);

        assertThat(member(acme, acme.ownerEmail())).containsEntry("role", "OWNER");
        get("/api/v1/me", acme.token()).expectStatus().isOk();
    }

    @Test
    void nobodyChangesTheirOwnRoleOrRemovesThemselves() {
        Workspace acme = signUp("Acme Consulting LLC");
        Team.Joined admin = join(acme, "ADMIN");
        String self = memberId(acme, admin.email());

        changeRole(admin.token(), self, "READ_ONLY").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("cannot change your own role"));
        delete(admin.token(), self).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("cannot remove yourself"));

        assertThat(member(acme, admin.email())).containsEntry("role", "ADMIN");
    }

    @Test
    void aRoleThatIsNotOneOfTheFourIsABadRequestNamingRole() {
        Workspace acme = signUp("Acme Consulting LLC");
        String staff = memberId(acme, join(acme, "STAFF").email());

        for (Object role : List.of("SUPERUSER", "OWNER", "admin", 3)) {
            send(acme.token(), staff, Map.of("role", role)).expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("role");
        }
        send(acme.token(), staff, Map.of()).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("role");

        assertThat(member(acme, memberEmail(acme, staff))).containsEntry("role", "STAFF");
    }

    @Test
    void anotherWorkspacesMemberIsNotFound() {
        Workspace acme = signUp("Acme Consulting LLC");
        Workspace umbrella = signUp("Umbrella Design");
        String theirs = memberId(umbrella, join(umbrella, "BOOKKEEPER").email());

        changeRole(acme.token(), theirs, "STAFF").expectStatus().isNotFound();
        delete(acme.token(), theirs).expectStatus().isNotFound();
        delete(acme.token(), "6b0f3c1e-0d4a-4d7e-9f55-2a0c7f1b9e10").expectStatus().isNotFound();

        assertThat(member(umbrella, memberEmail(umbrella, theirs))).containsEntry("role", "BOOKKEEPER");
    }

    @Test
    void aRemovedMembersTokenIsRefusedAndTheirSessionEndsAtTheSignInPage() {
        Workspace acme = signUp("Acme Consulting LLC");
        Team.Joined bookkeeper = join(acme, "BOOKKEEPER");
        PageSession session = atHome(bookkeeper.email());

        delete(acme.token(), memberId(acme, bookkeeper.email())).expectStatus().isNoContent();

        get("/api/v1/invoices", bookkeeper.token()).expectStatus().isUnauthorized();
        PageSession.assertRedirectsTo(session.getHtml("/invoices"), "/login");
        http.post().uri("/api/v1/tokens").headers(headers -> headers.setBasicAuth(bookkeeper.email(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "again")).exchange()
                .expectStatus().isUnauthorized();
        assertThat(members(acme)).extracting(member -> member.get("email")).doesNotContain(bookkeeper.email());
    }

    @Test
    void aRemovedPersonCanBeInvitedBack() {
        Workspace acme = signUp("Acme Consulting LLC");
        Team.Joined staff = join(acme, "STAFF");
        delete(acme.token(), memberId(acme, staff.email())).expectStatus().isNoContent();

        http.post().uri("/api/v1/invitations").headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", staff.email(), "role", "STAFF")).exchange().expectStatus().isCreated();
    }

    @Test
    void roleChangesAndRemovalsAreInTheAuditLogNamingTheMemberByWhoeverDidIt() {
        Workspace acme = signUp("Acme Consulting LLC");
        Team.Joined admin = join(acme, "ADMIN");
        Team.Joined bookkeeper = join(acme, "BOOKKEEPER");
        String bookkeeperId = memberId(acme, bookkeeper.email());

        changeRole(admin.token(), bookkeeperId, "ADMIN").expectStatus().isOk();
        changeRole(admin.token(), bookkeeperId, "ADMIN").expectStatus().isOk();
        delete(acme.token(), bookkeeperId).expectStatus().isNoContent();

        List<Map<String, Object>> entries = ((List<Map<String, Object>>) get("/api/v1/audit-log?subject=MEMBER",
                acme.token()).expectStatus().isOk().returnResult(Map.class).getResponseBody().get("items"))
                .stream().filter(entry -> bookkeeperId.equals(entry.get("subjectId"))).toList();
        assertThat(entries).hasSize(3);
        assertThat(entries.get(0)).containsEntry("action", "member removed").containsEntry("subjectLabel", "Sam Ortiz")
                .containsEntry("memberName", "Dana Whitfield")
                .containsEntry("summary", "Was Admin; 1 API token revoked");
        assertThat(entries.get(1)).containsEntry("action", "role changed").containsEntry("subjectLabel", "Sam Ortiz")
                .containsEntry("summary", "Bookkeeper → Admin")
                .containsEntry("memberId", memberId(acme, admin.email()));
        assertThat(entries.get(2)).containsEntry("action", "joined");
    }

    private RestTestClient.ResponseSpec changeRole(String token, String member, String role) {
        return send(token, member, Map.of("role", role));
    }

    private RestTestClient.ResponseSpec send(String token, String member, Map<String, ?> body) {
        return http.put().uri("/api/v1/members/{id}/role", member).headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private RestTestClient.ResponseSpec delete(String token, String member) {
        return http.delete().uri("/api/v1/members/{id}", member).headers(headers -> headers.setBearerAuth(token))
                .exchange();
    }

    private RestTestClient.ResponseSpec get(String path, String token) {
        return http.get().uri(path).headers(headers -> headers.setBearerAuth(token)).exchange();
    }

    private List<Map<String, Object>> members(Workspace workspace) {
        return WorkspaceMembers.of(http, workspace);
    }

    private Map<String, Object> member(Workspace workspace, String email) {
        return WorkspaceMembers.withEmail(http, workspace, email);
    }

    private String memberId(Workspace workspace, String email) {
        return WorkspaceMembers.idOf(http, workspace, email);
    }

    private String memberEmail(Workspace workspace, String id) {
        return (String) members(workspace).stream().filter(member -> id.equals(member.get("id"))).findFirst()
                .orElseThrow().get("email");
    }

    /** Signed in and on the home page, whose forms carry the session's CSRF token. */
    private PageSession atHome(String email) {
        PageSession browser = signedIn(email);
        browser.get("/");
        return browser;
    }
}
