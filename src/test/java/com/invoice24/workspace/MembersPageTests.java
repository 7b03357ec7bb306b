package com.invoice24.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import com.invoice24.Team;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MembersPageTests extends IntegrationTest {

    @Test
    void ownerChangesARoleAndRemovesAMemberFromTheMembersPage() {
        Workspace acme = signUp("Acme Consulting LLC");
        Team.Joined bookkeeper = join(acme, "BOOKKEEPER");
        String id = memberId(acme, bookkeeper.email());
        PageSession owner = atHome(acme.ownerEmail());

        String page = owner.getHtml("/settings/members").getResponseBody();
        assertThat(page).contains("action=\"/settings/members/" + id + "/role\"", "Change role",
                "action=\"/settings/members/" + id + "/remove\"", "data-confirm=\"Remove Sam Ortiz?");

        PageSession.assertRedirectsTo(owner.submit("/settings/members/" + id + "/role", Map.of("role", "ADMIN")),
                "/settings/members");
        assertThat(owner.getHtml("/settings/members").getResponseBody()).contains("Sam Ortiz is now Admin.");
        assertThat(role(acme, bookkeeper.email())).isEqualTo("ADMIN");

        PageSession.assertRedirectsTo(owner.submit("/settings/members/" + id + "/remove", Map.of()),
                "/settings/members");
        assertThat(owner.getHtml("/settings/members").getResponseBody()).contains("Sam Ortiz was removed")
                .doesNotContain(bookkeeper.email());
    }

    @Test
    void theOwnerAndYourselfHaveNoControlsAndRefusalsShowOnThePage() {
        Workspace acme = signUp("Acme Consulting LLC");
        Team.Joined admin = join(acme, "ADMIN");
        String ownerId = memberId(acme, acme.ownerEmail());
        String adminId = memberId(acme, admin.email());
        PageSession session = atHome(admin.email());

        String page = session.getHtml("/settings/members").getResponseBody();
        assertThat(page).doesNotContain("/settings/members/" + ownerId + "/", "/settings/members/" + adminId + "/");

        PageSession.assertRedirectsTo(session.submit("/settings/members/" + ownerId + "/role",
                Map.of("role", "STAFF")), "/settings/members");
        assertThat(session.getHtml("/settings/members").getResponseBody())
                .contains("class=\"flash error\"", "role cannot be changed and the owner cannot be removed");

        PageSession.assertRedirectsTo(session.submit("/settings/members/" + adminId + "/remove", Map.of()),
                "/settings/members");
        assertThat(session.getHtml("/settings/members").getResponseBody())
                .contains("class=\"flash error\"", "You cannot remove yourself");

        PageSession.assertRedirectsTo(session.submit("/settings/members/" + adminId + "/role",
                Map.of("role", "READ_ONLY")), "/settings/members");
        assertThat(session.getHtml("/settings/members").getResponseBody()).contains("You cannot change your own role");

        assertThat(role(acme, acme.ownerEmail())).isEqualTo("OWNER");
        assertThat(role(acme, admin.email())).isEqualTo("ADMIN");
    }

    @Test
    void aRoleTheSelectNeverOffersIsRefusedOnThePage() {
        Workspace acme = signUp("Acme Consulting LLC");
        Team.Joined staff = join(acme, "STAFF");
        String id = memberId(acme, staff.email());
        PageSession owner = atHome(acme.ownerEmail());
        owner.getHtml("/settings/members");

        for (String role : List.of("OWNER", "SUPERUSER", "")) {
            PageSession.assertRedirectsTo(owner.submit("/settings/members/" + id + "/role", Map.of("role", role)),
                    "/settings/members");
            assertThat(owner.getHtml("/settings/members").getResponseBody())
                    .contains("class=\"flash error\"", "Choose admin, bookkeeper, staff or read-only");
        }
        assertThat(role(acme, staff.email())).isEqualTo("STAFF");
    }

    private String role(Workspace workspace, String email) {
        return (String) WorkspaceMembers.withEmail(http, workspace, email).get("role");
    }

    private String memberId(Workspace workspace, String email) {
        return WorkspaceMembers.idOf(http, workspace, email);
    }

    /** Signed in and on the home page, whose forms carry the session's CSRF token. */
    private PageSession atHome(String email) {
        PageSession browser = signedIn(email);
        browser.get("/");
        return browser;
    }
}
