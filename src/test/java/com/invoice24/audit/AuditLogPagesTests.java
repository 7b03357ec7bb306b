package com.invoice24.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import com.invoice24.Team;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

class AuditLogPagesTests extends IntegrationTest {

    @Test
    void ownerReadsWhoChangedWhatNewestFirst() {
        Workspace acme = signUp("Acme Consulting LLC");
        changeGlobexTerms(acme);
        PageSession owner = signedIn(acme.ownerEmail());

        String page = ok(owner.get("/settings/audit"));

        assertThat(page).contains("Audit log").contains("Payment terms: Net 30 → Net 45").contains("Dana Whitfield");
        assertThat(page.indexOf("Payment terms: Net 30 → Net 45")).isLessThan(page.indexOf(">created<"));
    }

    @Test
    void theFiltersNarrowTheListAndSayWhenNothingMatches() {
        Workspace acme = signUp("Acme Consulting LLC");
        changeGlobexTerms(acme);
        PageSession owner = signedIn(acme.ownerEmail());

        assertThat(ok(owner.get("/settings/audit?subject=CLIENT"))).contains("Globex").contains("2 changes");
        assertThat(ok(owner.get("/settings/audit?subject=SETTINGS&member=&from=&to=")))
                .doesNotContain("Payment terms: Net 30").contains("No changes match these filters");
        assertThat(ok(owner.get("/settings/audit?member=system&subject=CLIENT")))
                .contains("No changes match these filters");
        assertThat(ok(owner.get("/settings/audit?from=2001-01-01&to=2001-01-31")))
                .contains("No changes match these filters");
        assertThat(ok(owner.get("/settings/audit?to=9999-12-31&subject=CLIENT"))).contains("2 changes");
    }

    @Test
    void filtersThatMakeNoSenseComeBackBesideTheirFields() {
        Workspace acme = signUp("Acme Consulting LLC");
        PageSession owner = signedIn(acme.ownerEmail());

        assertThat(ok(owner.get("/settings/audit?member=nobody&subject=WEATHER&from=31/03/2026&to=%00")))
                .contains("Choose someone from the list").contains("Choose a kind of change from the list")
                .contains("Use a date such as 2026-03-31").doesNotContain("<caption");
        assertThat(ok(owner.get("/settings/audit?from=2026-03-31&to=2026-03-01")))
                .contains("Use a date on or after the start date");
        assertThat(ok(owner.get("/settings/audit?page=lots"))).contains("Use a whole number from 0");
        assertThat(ok(owner.get("/settings/audit?from=" + "9".repeat(5000)))).contains("Use a date such as");
    }

    @Test
    void onlyThoseWhoManageSettingsSeeTheLogOrItsLink() {
        Workspace acme = signUp("Acme Consulting LLC");
        Team.Joined readOnly = join(acme, "READ_ONLY");
        PageSession owner = signedIn(acme.ownerEmail());
        PageSession reader = signedIn(readOnly.email());

        assertThat(ok(owner.get("/settings/business"))).contains("href=\"/settings/audit\"");
        assertThat(ok(reader.get("/settings/business"))).doesNotContain("href=\"/settings/audit\"");
        assertThat(reader.get("/settings/audit").getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private void changeGlobexTerms(Workspace workspace) {
        String globex = (String) http.post().uri("/api/v1/clients").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "Globex", "paymentTermsDays", 30))
                .exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
        http.put().uri("/api/v1/clients/" + globex).headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("paymentTermsDays", 45))
                .exchange().expectStatus().isOk();
    }

    private static String ok(EntityExchangeResult<String> page) {
        assertThat(page.getStatus()).as(page.getUrl().toString()).isEqualTo(HttpStatus.OK);
        return page.getResponseBody();
    }
}
