package com.invoice24.collections;

import com.invoice24.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Clients, sent invoices, the test clock and the email log, as the collections tests use them. */
@SuppressWarnings("unchecked")
abstract class CollectionsTestSupport extends IntegrationTest {

    /** Globex on Net 30, with its controller copied on every email. */
    String client(Workspace workspace) {
        return clients(workspace).globex().ccEmails("controller@globex.example").paymentTermsDays(30).create();
    }

    /** A Net 30 invoice for $1,000.00, sent today (per the test clock). */
    String sentInvoice(Workspace workspace, String client) {
        return invoices(workspace).forClient(client).paymentTermsDays(30)
                .line("Discovery workshop, 2 days", "1", "1000.00").sent();
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

    RestTestClient.ResponseSpec post(Workspace workspace, String path, String invoice, Map<String, ?> body) {
        return http.post().uri(path, invoice).headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }
}
