package com.invoice24.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** A Los Angeles firm working at 6 pm on January 31 sees January 31 on its pages, not UTC's February 1. */
class MomentsInTheWorkspaceZoneTests extends IntegrationTest {

    @Test
    void settingsPagesDateTokensAndInvitationsInTheWorkspacesZone() {
        http.put().uri("/api/v1/test/clock").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("now", "2026-02-01T02:00:00Z")).exchange().expectStatus().isOk();
        Workspace acme = signUp("Acme Consulting LLC");
        http.put().uri("/api/v1/workspace").headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("timeZone", "America/Los_Angeles")).exchange().expectStatus().isOk();
        http.post().uri("/api/v1/invitations").headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", "sam@example.com", "role", "BOOKKEEPER")).exchange().expectStatus().isCreated();
        PageSession browser = new PageSession(port);
        browser.get("/login");
        browser.submit("/login", Map.of("email", acme.ownerEmail(), "password", PASSWORD));

        assertThat(browser.get("/settings/tokens").getResponseBody())
                .contains("Jan 31, 2026").contains("6:00 PM").doesNotContain("Feb 1, 2026");
        assertThat(browser.get("/settings/members").getResponseBody()).contains("Feb 7, 2026");
    }
}
