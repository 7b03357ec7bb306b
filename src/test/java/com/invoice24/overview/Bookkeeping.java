package com.invoice24.overview;

import com.invoice24.IntegrationTest.Workspace;
import com.invoice24.fixtures.Clients;
import com.invoice24.fixtures.Invoices;
import com.invoice24.fixtures.Payments;
import com.invoice24.fixtures.TestTime;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** A workspace's day of bookkeeping through the API: clients, invoices, payments, disputes, credit notes. */
@SuppressWarnings("unchecked")
public final class Bookkeeping {

    private final RestTestClient http;
    private final Workspace workspace;
    private final Clients clients;
    private final Invoices invoices;
    private final Payments payments;
    private final TestTime time;

    public Bookkeeping(RestTestClient http, Workspace workspace) {
        this.http = http;
        this.workspace = workspace;
        this.clients = new Clients(http, workspace);
        this.invoices = new Invoices(http, workspace);
        this.payments = new Payments(http, workspace);
        this.time = new TestTime(http);
    }

    /** A client with every onboarding item done. */
    public String onboardedClient(String name) {
        return clients.create(Map.of("name", name, "billingEmail", "ap@" + slug(name) + ".example",
                "paymentTermsDays", 30, "apContact", Map.of("name", "Jordan Lee", "email", "ap@" + slug(name) + ".example"),
                "vendorOnboarding", Map.of("w9Sent", true, "coiSent", true, "vendorFormComplete", true,
                        "bankingFormComplete", true)));
    }

    /** A client with only a name and a billing email: the rest of the checklist is missing. */
    public String newClient(String name) {
        return clients.named(name).billingEmail("ap@" + slug(name) + ".example").create();
    }

    public String draft(String client, String amount) {
        return invoices.forClient(client).paymentTermsDays(30)
                .line("Managed IT support, monthly retainer", "1", amount).draft();
    }

    /** A Net 30 invoice issued on {@code issueDate}, sent. */
    public String sentInvoice(String client, String issueDate, String amount) {
        return invoices.forClient(client).with("issueDate", issueDate).paymentTermsDays(30)
                .line("Discovery workshop, 2 days", "1", amount).sent();
    }

    public String payment(String client, String invoice, String amount, String receivedOn, String reference) {
        return payments.from(client, amount).receivedOn(receivedOn).reference(reference).allocate(invoice, amount)
                .record();
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
        time.setToday(date);
    }

    public void runJobs() {
        time.runJobs();
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
