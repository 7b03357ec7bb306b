package com.invoice24.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class ClientStatementTests extends IntegrationTest {

    @Test
    void statementListsChargesAndPaymentsWithARunningBalanceThatEndsAtWhatIsOwed() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String client = (String) http.post().uri("/api/v1/clients").headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "Globex", "billingEmail", "ap@globex.example"))
                .exchange().returnResult(Map.class).getResponseBody().get("id");
        sent(acme, client, "1000");
        setToday("2026-03-09");
        sent(acme, client, "2500");
        http.post().uri("/api/v1/payments").headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("clientId", client, "amount", "1100.00", "receivedOn", "2026-03-20", "method", "ACH",
                        "reference", "ACH 5521"))
                .exchange().expectStatus().isCreated();

        http.get().uri("/api/v1/clients/{id}/statement?asOf=2026-04-30", client).headers(acme::authorize).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.activity.length()").isEqualTo(3)
                .jsonPath("$.activity[0].balance").isEqualTo("1000.00")
                .jsonPath("$.activity[1].balance").isEqualTo("3500.00")
                .jsonPath("$.activity[2].credit").isEqualTo("1100.00")
                .jsonPath("$.activity[2].balance").isEqualTo("2400.00")
                .jsonPath("$.balanceDue").isEqualTo("2400.00")
                .jsonPath("$.openInvoices.length()").isEqualTo(1)
                .jsonPath("$.openInvoices[0].balanceDue").isEqualTo("2400.00")
                .jsonPath("$.openInvoices[0].daysOverdue").isEqualTo(22);

        setToday("2026-04-30");
        PageSession browser = new PageSession(port);
        browser.get("/login");
        browser.submit("/login", Map.of("email", acme.ownerEmail(), "password", PASSWORD));
        assertThat(browser.get("/clients/" + client + "/statement").getResponseBody())
                .contains("STATEMENT", "Payment, ACH ref ACH 5521", "$2,400.00");
        assertThat(browser.get("/clients/" + client + "/statement.pdf").getResponseBody()).startsWith("%PDF-");
    }

    @Test
    void anotherWorkspacesClientHasNoStatement() {
        Workspace acme = signUp("Acme Consulting LLC");
        Workspace globex = signUp("Globex Partners");
        String client = (String) http.post().uri("/api/v1/clients").headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "Initech"))
                .exchange().returnResult(Map.class).getResponseBody().get("id");

        http.get().uri("/api/v1/clients/{id}/statement", client).headers(globex::authorize).exchange()
                .expectStatus().isNotFound();
    }

    private void sent(Workspace workspace, String client, String total) {
        String id = (String) http.post().uri("/api/v1/invoices").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("clientId", client, "lines", List.of(Map.of("description", "Retainer – March 2026",
                        "quantity", "1", "unitPrice", total))))
                .exchange().returnResult(Map.class).getResponseBody().get("id");
        http.post().uri("/api/v1/invoices/{id}/send", id).headers(workspace::authorize).exchange().expectStatus().isOk();
    }

    private void setToday(String today) {
        http.put().uri("/api/v1/test/clock").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("today", today)).exchange().expectStatus().isOk();
    }
}
