package com.invoice24.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class WorkspaceSettingsTests extends IntegrationTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @Test
    void newWorkspaceStartsWithNet30AndTheDefaultNumberPattern() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");

        http.get().uri("/api/v1/workspace").headers(acme::authorize)
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.name").isEqualTo("Acme Consulting LLC")
                .jsonPath("$.defaultPaymentTermsDays").isEqualTo(30)
                .jsonPath("$.invoiceNumberPattern").isEqualTo("INV-{yyyy}-{seq:4}")
                .jsonPath("$.nextInvoiceNumberExample").isEqualTo("INV-2026-0001")
                .jsonPath("$.rollDueDateToBusinessDay").isEqualTo(true)
                .jsonPath("$.salesTaxRatePercent").isEqualTo("0")
                .jsonPath("$.timeZone").isEqualTo("America/New_York");
    }

    @Test
    void ownerFillsInTheBusinessAsInvoicesShowIt() {
        Workspace acme = signUp("Acme Consulting");

        http.put().uri("/api/v1/workspace").headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("legalName", "Acme Consulting LLC", "ein", "12-3456789",
                        "address", Map.of("line1", "100 Main St", "city", "Albany", "state", "ny",
                                "postalCode", "12207"),
                        "defaultPaymentTermsDays", 45, "invoiceNumberPattern", "AC-{yy}{mm}-{seq:3}",
                        "salesTaxRatePercent", "8.875",
                        "paymentInstructions", Map.of("ach", "Chase, routing 021000021, account 1234567"),
                        "timeZone", "America/Chicago"))
                .exchange().expectStatus().isOk();

        http.get().uri("/api/v1/workspace").headers(acme::authorize)
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.name").isEqualTo("Acme Consulting")
                .jsonPath("$.legalName").isEqualTo("Acme Consulting LLC")
                .jsonPath("$.address.state").isEqualTo("NY")
                .jsonPath("$.address.country").isEqualTo("US")
                .jsonPath("$.defaultPaymentTermsDays").isEqualTo(45)
                .jsonPath("$.salesTaxRatePercent").isEqualTo("8.875")
                .jsonPath("$.paymentInstructions.ach").isEqualTo("Chase, routing 021000021, account 1234567")
                .jsonPath("$.timeZone").isEqualTo("America/Chicago");
    }

    @Test
    void invalidSettingsNameEachFieldAndChangeNothing() {
        Workspace acme = signUp("Acme Consulting LLC");

        http.put().uri("/api/v1/workspace").headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("address", Map.of("state", "New York", "postalCode", "1220"),
                        "defaultPaymentTermsDays", 400, "invoiceNumberPattern", "INV-{yyyy}",
                        "salesTaxRatePercent", "8.87501", "email", "billing@acme"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'address.state')]").exists()
                .jsonPath("$.errors[?(@.field == 'address.postalCode')]").exists()
                .jsonPath("$.errors[?(@.field == 'defaultPaymentTermsDays')]").exists()
                .jsonPath("$.errors[?(@.field == 'salesTaxRatePercent')]").exists()
                .jsonPath("$.errors[?(@.field == 'email')]").exists();

        http.put().uri("/api/v1/workspace").headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("invoiceNumberPattern", "INV-{yyyy}", "timeZone", "Mars/Olympus"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'invoiceNumberPattern')]").exists()
                .jsonPath("$.errors[?(@.field == 'timeZone')]").exists();

        http.get().uri("/api/v1/workspace").headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.invoiceNumberPattern").isEqualTo("INV-{yyyy}-{seq:4}");
    }

    @Test
    void logoMustBeAPngOrJpegByItsBytes() {
        Workspace acme = signUp("Acme Consulting LLC");

        upload(acme, "logo.png", "not really a picture".getBytes()).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("file");
        upload(acme, "logo.bin", PNG).expectStatus().isNoContent();

        http.get().uri("/api/v1/workspace/logo").headers(acme::authorize)
                .exchange().expectStatus().isOk()
                .expectHeader().contentType(MediaType.IMAGE_PNG);
        http.get().uri("/api/v1/workspace").headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.hasLogo").isEqualTo(true);
    }

    @Test
    void businessSettingsPageSavesAndShowsFieldErrors() {
        PageSession browser = new PageSession(port);
        String email = "settings-" + UUID.randomUUID() + "@example.com";
        browser.get("/signup");
        browser.submit("/signup", Map.of("workspaceName", "Northwind Studio", "name", "Dana", "email", email,
                "password", PASSWORD));
        browser.get("/settings/business");

        EntityExchangeResult<String> refused = browser.submit("/settings/business",
                businessForm("Texas", "30", "NET", "0"));
        assertThat(refused.getStatus().value()).isEqualTo(200);
        assertThat(refused.getResponseBody()).contains("Use a two-letter state code such as NY");

        browser.get("/settings/business");
        PageSession.assertRedirectsTo(browser.submit("/settings/business",
                businessForm("TX", "15", "END_OF_MONTH", "6.25")), "/settings/business");
        assertThat(browser.get("/settings/business").getResponseBody())
                .contains("Business settings saved").contains("NW-1").doesNotContain("checked=\"checked\"");
    }

    @Test
    void numberPreviewFollowsThePatternAsTyped() {
        PageSession browser = new PageSession(port);
        browser.get("/signup");
        browser.submit("/signup", Map.of("workspaceName", "Northwind Studio", "name", "Dana",
                "email", "preview-" + UUID.randomUUID() + "@example.com", "password", PASSWORD));
        setToday("2026-11-02");

        assertThat(browser.get("/settings/business/number-preview?invoiceNumberPattern=NW-%7Byy%7D%7Bmm%7D-%7Bseq:3%7D")
                .getResponseBody()).contains("NW-2611-001");
        assertThat(browser.get("/settings/business/number-preview?invoiceNumberPattern=NW").getResponseBody())
                .contains("exactly once");
    }

    @Test
    void bookkeeperCannotChangeSettings() {
        Workspace acme = signUp("Acme Consulting LLC");
        String token = join(acme, "BOOKKEEPER").token();

        http.put().uri("/api/v1/workspace").header("Authorization", bearer(token))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("defaultPaymentTermsDays", 15))
                .exchange().expectStatus().isForbidden();
    }

    /** The form as a browser posts it: every field, the roll-over checkbox left unticked. */
    private static Map<String, String> businessForm(String state, String termsDays, String basis, String taxRate) {
        return Map.ofEntries(Map.entry("name", "Northwind Studio"), Map.entry("legalName", ""),
                Map.entry("email", ""), Map.entry("phone", ""), Map.entry("ein", ""),
                Map.entry("address.line1", "1 Main St"), Map.entry("address.line2", ""),
                Map.entry("address.city", "Austin"), Map.entry("address.state", state),
                Map.entry("address.postalCode", "78701"), Map.entry("address.country", "US"),
                Map.entry("defaultPaymentTermsDays", termsDays), Map.entry("defaultPaymentTermsBasis", basis),
                Map.entry("invoiceNumberPattern", "NW-{seq}"), Map.entry("salesTaxRatePercent", taxRate),
                Map.entry("timeZone", "America/Chicago"), Map.entry("rollDueDateToBusinessDay", "false"),
                Map.entry("paymentInstructions.ach", "First Bank, routing 111000025"),
                Map.entry("paymentInstructions.wire", ""), Map.entry("paymentInstructions.check", ""),
                Map.entry("paymentInstructions.cardUrl", ""));
    }

    private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec upload(Workspace workspace,
                                                                                           String name, byte[] bytes) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return http.put().uri("/api/v1/workspace/logo").headers(workspace::authorize)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).exchange();
    }
}
