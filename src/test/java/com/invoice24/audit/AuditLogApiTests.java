package com.invoice24.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.Team;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@SuppressWarnings("unchecked")
class AuditLogApiTests extends IntegrationTest {

    @Test
    void changingAClientsTermsRecordsOneEntryNamingTheFieldByTheMemberWhoDidIt() {
        Workspace acme = signUp("Acme Consulting LLC");
        Team.Joined bookkeeper = join(acme, "BOOKKEEPER");
        String globex = createClient(acme, Map.of("name", "Globex", "paymentTermsDays", 30));

        send(HttpMethod.PUT, "/api/v1/clients/" + globex, bookkeeper.token(), Map.of("paymentTermsDays", 45))
                .expectStatus().isOk();

        List<Map<String, Object>> entries = items(log(acme, "subject=CLIENT"));
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0)).containsEntry("subjectId", globex).containsEntry("subjectLabel", "Globex")
                .containsEntry("action", "changed").containsEntry("summary", "Payment terms: Net 30 → Net 45")
                .containsEntry("memberName", "Sam Ortiz").containsEntry("subject", "CLIENT");
        assertThat(entries.get(1)).containsEntry("action", "created").containsEntry("memberName", "Dana Whitfield");
    }

    @Test
    void savingAClientUnchangedRecordsNothingMore() {
        Workspace acme = signUp("Acme Consulting LLC");
        String globex = createClient(acme, Map.of("name", "Globex", "paymentTermsDays", 30));

        send(HttpMethod.PUT, "/api/v1/clients/" + globex, acme.token(), Map.of("paymentTermsDays", 30))
                .expectStatus().isOk();

        assertThat(items(log(acme, "subject=CLIENT"))).extracting(entry -> entry.get("action"))
                .containsExactly("created");
    }

    @Test
    void refusedChangesRecordNothing() {
        Workspace acme = signUp("Acme Consulting LLC");
        Team.Joined readOnly = join(acme, "READ_ONLY");
        String globex = createClient(acme, Map.of("name", "Globex", "paymentTermsDays", 30));

        send(HttpMethod.PUT, "/api/v1/clients/" + globex, acme.token(), Map.of("name", " ", "paymentTermsDays", 60))
                .expectStatus().isBadRequest();
        send(HttpMethod.PUT, "/api/v1/clients/" + globex, readOnly.token(), Map.of("paymentTermsDays", 60))
                .expectStatus().isForbidden();
        send(HttpMethod.PUT, "/api/v1/workspace", acme.token(), Map.of("invoiceNumberPattern", "no counter"))
                .expectStatus().isBadRequest();

        assertThat(items(log(acme, "subject=CLIENT"))).extracting(entry -> entry.get("action"))
                .containsExactly("created");
        assertThat(items(log(acme, "subject=SETTINGS"))).isEmpty();
    }

    @Test
    void anotherWorkspaceNeverSeesTheEntries() {
        Workspace acme = signUp("Acme Consulting LLC");
        Workspace umbrella = signUp("Umbrella Design");
        createClient(acme, Map.of("name", "Globex"));

        assertThat(items(log(umbrella, "size=200"))).extracting(entry -> entry.get("subjectLabel"))
                .doesNotContain("Globex");
        assertThat(items(log(umbrella, "subject=CLIENT"))).isEmpty();
    }

    @Test
    void onlyThoseWhoManageSettingsReadTheLog() {
        Workspace acme = signUp("Acme Consulting LLC");
        Team.Joined readOnly = join(acme, "READ_ONLY");
        Team.Joined bookkeeper = join(acme, "BOOKKEEPER");
        Team.Joined admin = join(acme, "ADMIN");

        for (String token : List.of(readOnly.token(), bookkeeper.token())) {
            http.get().uri("/api/v1/audit-log").headers(authorizedBy(token)).exchange().expectStatus().isForbidden();
        }
        http.get().uri("/api/v1/audit-log").headers(authorizedBy(admin.token())).exchange().expectStatus().isOk();
    }

    @Test
    void theLogFiltersByWhoWhatAndWhen() {
        Workspace acme = signUp("Acme Consulting LLC");
        Team.Joined bookkeeper = join(acme, "BOOKKEEPER");
        String bookkeeperId = memberId(bookkeeper.token());
        createClient(acme, Map.of("name", "Globex"));
        send(HttpMethod.POST, "/api/v1/clients", bookkeeper.token(), Map.of("name", "Initech"))
                .expectStatus().isCreated();
        send(HttpMethod.PUT, "/api/v1/workspace", acme.token(), Map.of("defaultPaymentTermsDays", 45))
                .expectStatus().isOk();

        assertThat(items(log(acme, "member=" + bookkeeperId))).extracting(entry -> entry.get("subjectLabel"))
                .containsExactly("Initech", "mine", "Sam Ortiz");
        assertThat(items(log(acme, "member=" + bookkeeperId + "&subject=client")))
                .extracting(entry -> entry.get("subjectLabel")).containsExactly("Initech");
        assertThat(items(log(acme, "subject=SETTINGS"))).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("summary", "Default payment terms: Net 30 → Net 45"));
        long everything = total(log(acme, ""));
        LocalDate today = Instant.parse((String) items(log(acme, "")).get(0).get("at")).atZone(ZoneOffset.UTC)
                .toLocalDate();
        assertThat(total(log(acme, "from=" + today.minusDays(1) + "&to=" + today.plusDays(1)))).isEqualTo(everything);
        assertThat(total(log(acme, "from=2001-01-01&to=2001-12-31"))).isZero();
        assertThat(items(log(acme, "member=system"))).extracting(entry -> entry.get("memberName")).containsOnly("System");
        Map<String, Object> paged = log(acme, "size=2&page=1");
        assertThat(paged).containsEntry("page", 1).containsEntry("size", 2).containsEntry("total", (int) everything);
        assertThat(items(paged)).hasSize(2);
    }

    @Test
    void settingsChangesSayWhatChangedButNeverTheTaxId() {
        Workspace acme = signUp("Acme Consulting LLC");

        send(HttpMethod.PUT, "/api/v1/workspace", acme.token(), Map.of("ein", "12-3456789",
                "invoiceNumberPattern", "ACME-{yyyy}-{seq:5}", "legalName", "Acme Consulting LLC")).expectStatus().isOk();

        String summary = (String) items(log(acme, "subject=SETTINGS")).get(0).get("summary");
        assertThat(summary).contains("EIN: changed").doesNotContain("3456789")
                .contains("Invoice number pattern: ").contains("→ ACME-{yyyy}-{seq:5}")
                .contains("Legal name: none → Acme Consulting LLC");
    }

    @Test
    void itemsAndTemplatesRecordTheirCreationChangesAndArchiving() {
        Workspace acme = signUp("Acme Consulting LLC");
        String item = (String) send(HttpMethod.POST, "/api/v1/items", acme.token(),
                Map.of("name", "SEO retainer", "unit", "MONTH", "unitPrice", "1500.00"))
                .expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
        send(HttpMethod.PUT, "/api/v1/items/" + item, acme.token(),
                Map.of("name", "SEO retainer", "unit", "MONTH", "unitPrice", "1750.00")).expectStatus().isOk();
        send(HttpMethod.POST, "/api/v1/items/" + item + "/archive", acme.token(), Map.of()).expectStatus().isOk();
        send(HttpMethod.POST, "/api/v1/invoice-templates", acme.token(), Map.of("name", "Monthly retainer",
                "billingModel", "RETAINER")).expectStatus().isCreated();

        assertThat(items(log(acme, "subject=ITEM&size=200"))).filteredOn(entry -> item.equals(entry.get("subjectId")))
                .extracting(entry -> entry.get("action") + " " + entry.get("summary"))
                .containsExactly("archived ", "changed Unit price: 1500 → 1750", "created ");
        assertThat(items(log(acme, "subject=TEMPLATE")).get(0)).containsEntry("subjectLabel", "Monthly retainer")
                .containsEntry("action", "created").containsEntry("memberName", "Dana Whitfield");
    }

    @Test
    void membersAndTokensRecordInvitingJoiningAndRevoking() {
        Workspace acme = signUp("Acme Consulting LLC");
        Team.Joined staff = join(acme, "STAFF");
        String tokenId = (String) ((List<Map<String, Object>>) http.get().uri("/api/v1/tokens")
                .headers(authorizedBy(staff.token())).exchange().returnResult(Map.class).getResponseBody().get("items"))
                .get(0).get("id");
        http.delete().uri("/api/v1/tokens/" + tokenId).headers(acme::authorize).exchange().expectStatus().isNoContent();

        assertThat(items(log(acme, "subject=MEMBER"))).extracting(entry -> entry.get("action") + " by "
                + entry.get("memberName") + ": " + entry.get("summary"))
                .containsExactly("joined by Sam Ortiz: Role: Staff", "invited by Dana Whitfield: Role: Staff");
        assertThat(items(log(acme, "subject=API_TOKEN"))).extracting(entry -> entry.get("action") + " by "
                + entry.get("memberName"))
                .containsExactly("revoked by Dana Whitfield", "created by Sam Ortiz", "created by Dana Whitfield");
    }

    @Test
    void collectionPoliciesRecordWhatChanged() {
        Workspace acme = signUp("Acme Consulting LLC");

        send(HttpMethod.PUT, "/api/v1/workspace/late-fee-policy", acme.token(),
                Map.of("kind", "FLAT", "amount", "25.00", "graceDays", 5)).expectStatus().isOk();

        assertThat(items(log(acme, "subject=LATE_FEES"))).singleElement().satisfies(entry -> assertThat(entry)
                .containsEntry("summary", "Kind: none → flat; Amount: none → 25.00; Grace days: 0 → 5")
                .containsEntry("subjectLabel", "Late-fee policy"));
    }

    private static Consumer<HttpHeaders> authorizedBy(String token) {
        return headers -> headers.setBearerAuth(token);
    }

    private RestTestClient.ResponseSpec send(HttpMethod method, String path, String token, Map<String, ?> body) {
        return http.method(method).uri(path).headers(authorizedBy(token)).contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange();
    }

    private String createClient(Workspace workspace, Map<String, ?> body) {
        return (String) send(HttpMethod.POST, "/api/v1/clients", workspace.token(), body).expectStatus().isCreated()
                .returnResult(Map.class).getResponseBody().get("id");
    }

    private String memberId(String token) {
        return (String) http.get().uri("/api/v1/me").headers(authorizedBy(token)).exchange()
                .returnResult(Map.class).getResponseBody().get("userId");
    }

    private Map<String, Object> log(Workspace workspace, String query) {
        return http.get().uri("/api/v1/audit-log?" + query).headers(workspace::authorize).exchange()
                .expectStatus().isOk().returnResult(Map.class).getResponseBody();
    }

    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private static long total(Map<String, Object> page) {
        return ((Number) page.get("total")).longValue();
    }
}
