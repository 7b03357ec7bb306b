package com.invoice24.collections;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Clients, sent invoices, the test clock and the email log, as the collections tests use them. */
@SuppressWarnings("unchecked")
abstract class CollectionsTestSupport extends IntegrationTest {

    String client(Workspace workspace) {
        return (String) http.post().uri("/api/v1/clients").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Globex", "billingEmail", "ap@globex.example",
                        "ccEmails", List.of("controller@globex.example"), "paymentTermsDays", 30))
                .exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
    }

    /** A Net 30 invoice for $1,000.00, sent today (per the test clock). */
    String sentInvoice(Workspace workspace, String client) {
        String id = (String) http.post().uri("/api/v1/invoices").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("clientId", client, "paymentTermsDays", 30, "lines", List.of(Map.of("description",
                        "Discovery workshop, 2 days", "quantity", "1", "unitPrice", "1000.00"))))
                .exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
        http.post().uri("/api/v1/invoices/{id}/send", id).headers(workspace::authorize).exchange()
                .expectStatus().isOk();
        return id;
    }

    void setToday(String today) {
        http.put().uri("/api/v1/test/clock").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("today", today)).exchange().expectStatus().isOk();
    }

    void runJobs() {
        http.post().uri("/api/v1/test/jobs/run").exchange().expectStatus().isOk();
    }

    void on(String today) {
        setToday(today);
        runJobs();
    }

    /** The reminder steps emailed for the invoice, in the order they were queued. */
    List<String> remindersOf(Workspace workspace, String invoice) {
        List<Map<String, Object>> emails = http.get().uri("/api/v1/emails?invoiceId={id}", invoice)
                .headers(workspace::authorize).exchange().expectStatus().isOk()
                .returnResult(List.class).getResponseBody();
        return emails.stream().filter(email -> "REMINDER".equals(email.get("kind")))
                .map(email -> (String) email.get("reminderStep"))
                .toList();
    }

    PageSession signIn(Workspace workspace) {
        PageSession browser = new PageSession(port);
        browser.get("/login");
        browser.submit("/login", Map.of("email", workspace.ownerEmail(), "password", PASSWORD));
        return browser;
    }

    RestTestClient.ResponseSpec post(Workspace workspace, String path, String invoice, Map<String, ?> body) {
        return http.post().uri(path, invoice).headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }
}
