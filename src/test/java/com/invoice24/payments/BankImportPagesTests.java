package com.invoice24.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

@SuppressWarnings("unchecked")
class BankImportPagesTests extends IntegrationTest {

    @Test
    void bookkeeperAppliesASuggestionFromTheReviewQueueAndDismissesAnotherLine() {
        Workspace acme = signUp("Acme Consulting LLC");
        String initech = client(acme, "Initech LLC");
        String invoice = sent(acme, initech, "400");
        String file = "Date,Amount,Description,Reference\n"
                + "3/24/2026,400.00,REMOTE ONLINE DEPOSIT,4471\n"
                + "3/25/2026,9000.00,TRANSFER FROM SAVINGS,\n";
        Map<String, Object> imported = upload(acme, file);
        PageSession browser = new PageSession(port);
        browser.get("/login");
        browser.submit("/login", Map.of("email", acme.ownerEmail(), "password", PASSWORD));

        assertThat(browser.get("/payments/import").getResponseBody()).contains("Upload a bank statement",
                "Map a bank's CSV columns");
        assertThat(browser.get("/payments/import/" + imported.get("id")).getResponseBody())
                .contains("2 deposits: 0 applied, 2 for review", "REMOTE ONLINE DEPOSIT");
        String queue = browser.get("/payments/review").getResponseBody();
        assertThat(queue).contains("$400.00 on Mar 24, 2026", "Apply to Initech LLC", "TRANSFER FROM SAVINGS");

        List<Map<String, Object>> lines = (List<Map<String, Object>>) imported.get("items");
        PageSession.assertRedirectsTo(browser.submit("/payments/review/" + lines.get(0).get("id") + "/apply",
                Map.of("clientId", initech, "invoiceIds", invoice)), "/payments/review");
        PageSession.assertRedirectsTo(browser.submit("/payments/review/" + lines.get(1).get("id") + "/dismiss",
                Map.of("reason", "Transfer from savings")), "/payments/review");

        assertThat(browser.get("/payments/review").getResponseBody()).contains("Nothing to review");
        http.get().uri("/api/v1/invoices/{id}", invoice).headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.status").isEqualTo("PAID");
    }

    @Test
    void aMappingWithoutAnAmountOrCreditColumnIsRefusedNextToTheField() {
        Workspace acme = signUp("Acme Consulting LLC");
        PageSession browser = new PageSession(port);
        browser.get("/login");
        browser.submit("/login", Map.of("email", acme.ownerEmail(), "password", PASSWORD));
        browser.get("/payments/import");

        String refused = browser.submit("/payments/import/mappings", Map.of("name", "Chase business checking",
                "dateColumn", "Posting Date", "amountColumn", "", "creditColumn", "", "debitColumn", "",
                "memoColumn", "Description", "referenceColumn", "", "dateFormat", "MM/dd/yyyy", "hasHeader", "true"))
                .getResponseBody();
        assertThat(refused).contains("Give the amount column");

        PageSession.assertRedirectsTo(browser.submit("/payments/import/mappings", Map.of("name",
                "Chase business checking", "dateColumn", "Posting Date", "amountColumn", "Amount", "creditColumn", "",
                "debitColumn", "", "memoColumn", "Description", "referenceColumn", "", "dateFormat", "MM/dd/yyyy",
                "hasHeader", "true")), "/payments/import");
        assertThat(browser.get("/payments/import").getResponseBody()).contains("<option value=\"")
                .contains(">Chase business checking</option>");
    }

    private Map<String, Object> upload(Workspace workspace, String content) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "march.csv";
            }
        });
        return http.post().uri("/api/v1/bank-imports").headers(workspace::authorize)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(body).exchange()
                .expectStatus().isCreated().returnResult(Map.class).getResponseBody();
    }

    private String client(Workspace workspace, String name) {
        return (String) http.post().uri("/api/v1/clients").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", name, "billingEmail", "ap@initech.example"))
                .exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
    }

    private String sent(Workspace workspace, String client, String total) {
        String id = (String) http.post().uri("/api/v1/invoices").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("clientId", client, "lines", List.of(Map.of("description", "Retainer – March 2026",
                        "quantity", "1", "unitPrice", total))))
                .exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
        http.post().uri("/api/v1/invoices/{id}/send", id).headers(workspace::authorize).exchange().expectStatus().isOk();
        return id;
    }
}
