package com.invoice24.overview;

import com.invoice24.IntegrationTest.Workspace;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** A workspace's day of bookkeeping through the API: clients, invoices, payments, disputes, credit notes. */
@SuppressWarnings("unchecked")
public final class Bookkeeping {

    private final RestTestClient http;
    private final Workspace workspace;

    public Bookkeeping(RestTestClient http, Workspace workspace) {
        this.http = http;
        this.workspace = workspace;
    }

    /** A client with every onboarding item done. */
    public String onboardedClient(String name) {
        return create("/api/v1/clients", Map.of("name", name, "billingEmail", "ap@" + slug(name) + ".example",
                "paymentTermsDays", 30, "apContact", Map.of("name", "Jordan Lee", "email", "ap@" + slug(name) + ".example"),
                "vendorOnboarding", Map.of("w9Sent", true, "coiSent", true, "vendorFormComplete", true,
                        "bankingFormComplete", true)));
    }

    /** A client with only a name and a billing email: the rest of the checklist is missing. */
    public String newClient(String name) {
        return create("/api/v1/clients", Map.of("name", name, "billingEmail", "ap@" + slug(name) + ".example"));
    }

    public String draft(String client, String amount) {
        return create("/api/v1/invoices", Map.of("clientId", client, "paymentTermsDays", 30, "lines",
                List.of(Map.of("description", "Managed IT support, monthly retainer", "quantity", "1",
                        "unitPrice", amount))));
    }

    /** A Net 30 invoice issued on {@code issueDate}, sent. */
    public String sentInvoice(String client, String issueDate, String amount) {
        String id = create("/api/v1/invoices", Map.of("clientId", client, "issueDate", issueDate,
                "paymentTermsDays", 30, "lines", List.of(Map.of("description", "Discovery workshop, 2 days",
                        "quantity", "1", "unitPrice", amount))));
        post("/api/v1/invoices/" + id + "/send", Map.of()).expectStatus().isOk();
        return id;
    }

    public String payment(String client, String invoice, String amount, String receivedOn, String reference) {
        return create("/api/v1/payments", Map.of("clientId", client, "amount", amount, "receivedOn", receivedOn,
                "method", "ACH", "reference", reference,
                "allocations", List.of(Map.of("invoiceId", invoice, "amount", amount))));
    }

    public void dispute(String invoice, String reason, String resolveBy) {
        post("/api/v1/invoices/" + invoice + "/dispute", Map.of("reason", reason, "resolveBy", resolveBy))
                .expectStatus().is2xxSuccessful();
    }

    public String creditNote(String invoice, String amount, String reason) {
        return create("/api/v1/credit-notes", Map.of("invoiceId", invoice, "amount", amount, "reason", reason));
    }

    public String number(String invoice) {
        return (String) http.get().uri("/api/v1/invoices/{id}", invoice).headers(workspace::authorize).exchange()
                .expectStatus().isOk().returnResult(Map.class).getResponseBody().get("number");
    }

    public void today(String date) {
        http.put().uri("/api/v1/test/clock").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("today", date)).exchange().expectStatus().isOk();
    }

    public void runJobs() {
        http.post().uri("/api/v1/test/jobs/run").exchange().expectStatus().isOk();
    }

    private String create(String path, Map<String, ?> body) {
        return (String) post(path, body).expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
    }

    private RestTestClient.ResponseSpec post(String path, Map<String, ?> body) {
        return http.post().uri(path).headers(workspace::authorize).contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange();
    }

    private static String slug(String name) {
        return name.toLowerCase().replaceAll("[^a-z0-9]+", "");
    }
}
