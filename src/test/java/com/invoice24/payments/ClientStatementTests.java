package com.invoice24.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import com.invoice24.PdfText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

@SuppressWarnings("unchecked")
class ClientStatementTests extends IntegrationTest {

    @Test
    void statementListsChargesAndPaymentsWithARunningBalanceThatEndsAtWhatIsOwed() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String client = clients(acme).globex().create();
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
        PageSession browser = signedIn(acme);
        assertThat(browser.get("/clients/" + client + "/statement").getResponseBody())
                .contains("STATEMENT", "Payment, ACH ref ACH 5521", "$2,400.00");
        assertThat(browser.get("/clients/" + client + "/statement.pdf").getResponseBody()).startsWith("%PDF-");
    }

    @Test
    void anotherWorkspacesClientHasNoStatement() {
        Workspace acme = signUp("Acme Consulting LLC");
        Workspace globex = signUp("Globex Partners");
        String client = clients(acme).named("Initech").create();

        http.get().uri("/api/v1/clients/{id}/statement", client).headers(globex::authorize).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void anEmailedStatementIsKeptInTheEmailLogWithItsPdfAndReadsWithThousandsSeparators() throws IOException {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String client = clients(acme).globex().create();
        sent(acme, client, "12000");
        http.post().uri("/api/v1/payments").headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("clientId", client, "amount", "1500.00", "receivedOn", "2026-03-20", "method", "ACH"))
                .exchange().expectStatus().isCreated();
        setToday("2026-03-31");
        PageSession browser = signedIn(acme);
        browser.get("/clients/" + client + "/statement");

        PageSession.assertRedirectsTo(browser.submit("/clients/" + client + "/statement/email", Map.of()),
                "/clients/" + client + "/statement");

        Map<String, Object> email = (Map<String, Object>) http.get().uri("/api/v1/emails").headers(acme::authorize)
                .exchange().expectStatus().isOk().returnResult(List.class).getResponseBody().get(0);
        assertThat(email.get("kind")).isEqualTo("STATEMENT");
        assertThat(email.get("subject")).isEqualTo(
                "Statement of account from Acme Consulting LLC — as of Mar 31, 2026 — $10,500.00 due");
        byte[] pdf = http.get().uri("/api/v1/emails/{id}/attachments/0", email.get("id")).headers(acme::authorize)
                .exchange().expectStatus().isOk().returnResult(byte[].class).getResponseBody();
        Files.createDirectories(Path.of("target", "pdfs"));
        Files.write(Path.of("target", "pdfs", "statement.pdf"), pdf);
        assertThat(PdfText.of(pdf).text()).contains("$12,000.00", "$10,500.00", "$1,500.00",
                "CHARGES", "BALANCE", "HOW TO PAY").doesNotContain("12000.00");
        assertThat(browser.download("/clients/" + client + "/statement.pdf")).startsWith("%PDF-".getBytes());
    }

    @Test
    void aStatementForAClientWithoutABillingEmailIsRefusedWithTheReason() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).named("Initech").create();

        http.post().uri("/api/v1/clients/{id}/statement/email", client).headers(acme::authorize).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.detail")
                .isEqualTo("Add a billing email to Initech's profile to email their statement.");
    }

    private void sent(Workspace workspace, String client, String total) {
        invoices(workspace).forClient(client).line("Retainer – March 2026", "1", total).sent();
    }
}
