package com.invoice24.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@SuppressWarnings("unchecked")
class InvoiceApiTests extends IntegrationTest {

    private static final List<Map<String, Object>> WORKSHOP = List.of(
            Map.of("description", "Discovery workshop (4 hours) – Project X", "quantity", "4", "unit", "HOUR",
                    "unitPrice", "187.5"),
            Map.of("description", "Workshop materials", "quantity", "1", "unitPrice", "250", "taxable", true));

    @Test
    void draftAddsUpLinesDiscountAndTaxOnTheTaxableLinesAfterDiscount() {
        Workspace acme = workspaceWithTax("8.875");
        String client = clients(acme).create(Map.of("name", "Globex", "billingEmail", "ap@globex.example",
                "defaultPoNumber", "4500123"));

        draft(acme, Map.of("clientId", client, "issueDate", "2026-03-02", "lines", WORKSHOP, "discount", "100.00"))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.number").doesNotExist()
                .jsonPath("$.status").isEqualTo("DRAFT")
                .jsonPath("$.subtotal").isEqualTo("1000.00")
                .jsonPath("$.discount").isEqualTo("100.00")
                .jsonPath("$.tax").isEqualTo("19.97")
                .jsonPath("$.total").isEqualTo("919.97")
                .jsonPath("$.balanceDue").isEqualTo("0.00")
                .jsonPath("$.amountPaid").isEqualTo("0.00")
                .jsonPath("$.poNumber").isEqualTo("4500123")
                .jsonPath("$.dueDate").isEqualTo("2026-04-01")
                .jsonPath("$.lines[0].amount").isEqualTo("750.00")
                .jsonPath("$.lines[0].unitPrice").isEqualTo("187.5");
    }

    @Test
    void sendingFinalizesWithTheNextNumberAndQueuesTheEmailInTheSameTransaction() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String client = clients(acme).create(Map.of("name", "Globex", "billingEmail", "ap@globex.example",
                "ccEmails", List.of("controller@globex.example"), "defaultPoNumber", "4500123"));
        String id = id(draft(acme, Map.of("clientId", client, "lines", WORKSHOP)));

        send(acme, id).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.number").isEqualTo("INV-2026-0001")
                .jsonPath("$.status").isEqualTo("SENT")
                .jsonPath("$.issueDate").isEqualTo("2026-03-02")
                .jsonPath("$.dueDate").isEqualTo("2026-04-01")
                .jsonPath("$.balanceDue").isEqualTo("1000.00");

        http.get().uri("/api/v1/emails?invoiceId={id}", id).headers(acme::authorize).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[0].kind").isEqualTo("INVOICE")
                .jsonPath("$[0].to").isEqualTo("ap@globex.example")
                .jsonPath("$[0].cc[0]").isEqualTo("controller@globex.example")
                .jsonPath("$[0].subject").isEqualTo(
                        "Invoice INV-2026-0001 from Acme Consulting LLC — PO 4500123 — due Apr 1, 2026");
        http.get().uri("/api/v1/invoices/{id}/activity", id).headers(acme::authorize).exchange()
                .expectBody()
                .jsonPath("$[0].type").isEqualTo("created")
                .jsonPath("$[1].type").isEqualTo("sent");
    }

    @Test
    void aSentInvoiceCannotBeEditedOrSentAgain() {
        Workspace acme = signUp("Acme Consulting LLC");
        String id = id(draft(acme, Map.of("clientId", readyClient(acme), "lines", WORKSHOP)));
        send(acme, id).expectStatus().isOk();

        http.put().uri("/api/v1/invoices/{id}", id).headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("notes", "changed")).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("void it"));
        send(acme, id).expectStatus().isEqualTo(409);
    }

    @Test
    void sendIsRefusedNamingEachProblemAndNothingIsNumbered() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).create(Map.of("name", "Initech", "poRequired", true));
        String id = id(draft(acme, Map.of("clientId", client, "lines", List.of(
                Map.of("description", "Courtesy call", "quantity", "1", "unitPrice", "0")))));

        send(acme, id).expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'billingEmail')]").exists()
                .jsonPath("$.errors[?(@.field == 'poNumber')]").exists()
                .jsonPath("$.errors[?(@.field == 'total')]").exists();
        http.get().uri("/api/v1/invoices/{id}", id).headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.status").isEqualTo("DRAFT").jsonPath("$.number").doesNotExist();
    }

    @Test
    void vagueLinesAreWarnedAboutButDoNotStopTheSend() {
        Workspace acme = signUp("Acme Consulting LLC");
        String id = id(draft(acme, Map.of("clientId", readyClient(acme), "lines", List.of(
                Map.of("description", "Consulting services", "quantity", "10", "unitPrice", "150")))));

        http.get().uri("/api/v1/invoices/{id}", id).headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.warnings[0].field").isEqualTo("lines[0].description");
        send(acme, id).expectStatus().isOk();
    }

    @Test
    void twentyParallelSendsGetTwentyConsecutiveNumbers() throws Exception {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = readyClient(acme);
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            drafts.add(id(draft(acme, Map.of("clientId", client, "issueDate", "2026-05-04", "lines", WORKSHOP))));
        }

        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<String>> sends = drafts.stream().<Callable<String>>map(id -> () -> (String) send(acme, id)
                .expectStatus().isOk().returnResult(Map.class).getResponseBody().get("number")).toList();
        List<String> numbers = new ArrayList<>();
        for (Future<String> sent : pool.invokeAll(sends)) {
            numbers.add(sent.get());
        }
        pool.shutdown();

        assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(n -> "INV-2026-%04d".formatted(n)).toList());
    }

    @Test
    void aVoidedInvoiceKeepsItsNumberAndTheNextSendTakesTheNextOne() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = readyClient(acme);
        String first = id(draft(acme, Map.of("clientId", client, "issueDate", "2026-03-02", "lines", WORKSHOP)));
        send(acme, first).expectStatus().isOk();

        voidInvoice(acme, first, Map.of()).expectStatus().isBadRequest();
        voidInvoice(acme, first, Map.of("reason", "Wrong rate; reissued")).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("VOID")
                .jsonPath("$.number").isEqualTo("INV-2026-0001")
                .jsonPath("$.balanceDue").isEqualTo("0.00");
        voidInvoice(acme, first, Map.of("reason", "again")).expectStatus().isEqualTo(409);

        String second = id(draft(acme, Map.of("clientId", client, "issueDate", "2026-03-03", "lines", WORKSHOP)));
        send(acme, second).expectBody().jsonPath("$.number").isEqualTo("INV-2026-0002");
        http.get().uri("/api/v1/invoices/{id}/activity", first).headers(acme::authorize).exchange()
                .expectBody().jsonPath("$[2].detail").isEqualTo("Voided: Wrong rate; reissued");
    }

    @Test
    void anInvoiceIsOverdueOnceTheClockPassesItsDueDate() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String id = id(draft(acme, Map.of("clientId", readyClient(acme), "lines", WORKSHOP)));
        send(acme, id);

        setToday("2026-04-01");
        http.get().uri("/api/v1/invoices/{id}", id).headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.status").isEqualTo("SENT");
        setToday("2026-04-02");
        http.get().uri("/api/v1/invoices/{id}", id).headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.status").isEqualTo("OVERDUE");
        http.get().uri("/api/v1/invoices?status=OVERDUE").headers(acme::authorize).exchange()
                .expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.totalBalanceDue").isEqualTo("1000.00");
        http.get().uri("/api/v1/invoices?status=SENT").headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.total").isEqualTo(0);
    }

    @Test
    void linesFromTheItemLibraryTakeTheClientsOwnRate() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = readyClient(acme);
        String item = (String) http.post().uri("/api/v1/items").headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Senior consultant hour", "description", "Senior consultant – {period}",
                        "unit", "HOUR", "unitPrice", "200", "taxable", false))
                .exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
        http.put().uri("/api/v1/items/{item}/client-rates/{client}", item, client).headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("unitPrice", "180"))
                .exchange().expectStatus().isOk();

        draft(acme, Map.of("clientId", client, "lines", List.of(Map.of("itemId", item, "quantity", "10"))))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.lines[0].unitPrice").isEqualTo("180")
                .jsonPath("$.lines[0].unit").isEqualTo("hour")
                .jsonPath("$.total").isEqualTo("1800.00");
    }

    @Test
    void badDraftsAreRefusedWithTheFieldsNamed() {
        Workspace acme = signUp("Acme Consulting LLC");
        Workspace globex = signUp("Globex Partners");
        String client = readyClient(acme);

        draft(acme, Map.of("lines", WORKSHOP)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("clientId");
        draft(globex, Map.of("clientId", client, "lines", WORKSHOP)).expectStatus().isNotFound();
        draft(acme, Map.of("clientId", client, "lines", List.of(Map.of("quantity", "1", "unitPrice", "10"))))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("lines[0].description");
        draft(acme, Map.of("clientId", client, "lines", List.of(Map.of("description", "x", "quantity", "1.23456",
                "unitPrice", "10")))).expectStatus().isBadRequest();
        draft(acme, Map.of("clientId", client, "lines", WORKSHOP, "discount", "5000.00"))
                .expectStatus().isEqualTo(422);
        draft(acme, Map.of("clientId", client, "issueDate", "2026-03-10", "dueDate", "2026-03-01",
                "lines", WORKSHOP)).expectStatus().isBadRequest();
    }

    @Test
    void anotherWorkspacesInvoiceDoesNotExist() {
        Workspace acme = signUp("Acme Consulting LLC");
        Workspace globex = signUp("Globex Partners");
        String id = id(draft(acme, Map.of("clientId", readyClient(acme), "lines", WORKSHOP)));

        http.get().uri("/api/v1/invoices/{id}", id).headers(globex::authorize).exchange().expectStatus().isNotFound();
        send(globex, id).expectStatus().isNotFound();
        http.get().uri("/api/v1/invoices/{id}/pdf", id).headers(globex::authorize).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void theRetriedCreateWithTheSameKeyMakesOneDraft() {
        Workspace acme = signUp("Acme Consulting LLC");
        Map<String, Object> body = Map.of("clientId", readyClient(acme), "lines", WORKSHOP);

        Object first = http.post().uri("/api/v1/invoices").headers(acme::authorize).header("Idempotency-Key", "draft-1")
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isCreated()
                .returnResult(Map.class).getResponseBody().get("id");
        Object retry = http.post().uri("/api/v1/invoices").headers(acme::authorize).header("Idempotency-Key", "draft-1")
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isCreated()
                .returnResult(Map.class).getResponseBody().get("id");

        assertThat(retry).isEqualTo(first);
        http.get().uri("/api/v1/invoices").headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.total").isEqualTo(1);
    }

    @Test
    void sentInvoicesShowOnTheClientsBalanceAndUseUpItsPurchaseOrder() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = readyClient(acme);
        http.post().uri("/api/v1/clients/{id}/purchase-orders", client).headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("number", "PO-7781", "amount", "1500.00", "makeDefault", true))
                .exchange().expectStatus().isCreated();
        String first = id(draft(acme, Map.of("clientId", client, "lines", WORKSHOP)));
        send(acme, first).expectStatus().isOk();

        http.get().uri("/api/v1/clients/{id}", client).headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.outstandingBalance").isEqualTo("1000.00");
        http.get().uri("/api/v1/clients/{id}/purchase-orders", client).headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.items[0].remaining").isEqualTo("500.00");

        String second = id(draft(acme, Map.of("clientId", client, "lines", WORKSHOP)));
        http.get().uri("/api/v1/invoices/{id}", second).headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.warnings[?(@.field == 'poNumber')]").exists();
    }

    @Test
    void thePdfIsAPdf() {
        Workspace acme = signUp("Acme Consulting LLC");
        String id = id(draft(acme, Map.of("clientId", readyClient(acme), "lines", WORKSHOP)));

        byte[] pdf = http.get().uri("/api/v1/invoices/{id}/pdf", id).headers(acme::authorize).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .returnResult(byte[].class).getResponseBody();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void aLineFromTheItemLibraryHasItsPlaceholdersFilledFromTheServicePeriod() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = readyClient(acme);
        String seo = item(acme, "Monthly SEO management – {period}", "MONTH", "1500");

        draft(acme, Map.of("clientId", client, "servicePeriod", Map.of("start", "2026-02-01", "end", "2026-02-28"),
                "lines", List.of(Map.of("itemId", seo, "quantity", "1"))))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.lines[0].description").isEqualTo("Monthly SEO management – February 2026")
                .jsonPath("$.lines[0].unit").isEqualTo("month");
    }

    @Test
    void aPlaceholderLeftInALineStopsTheSend() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = readyClient(acme);
        String seo = item(acme, "Monthly SEO management – {period}", "MONTH", "1500");
        String id = id(draft(acme, Map.of("clientId", client, "lines", List.of(Map.of("itemId", seo, "quantity", "1")))));

        send(acme, id).expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("lines[0].description")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message)
                        .contains("{period}", "service period"));
    }

    @Test
    void aDraftStartsFromATemplateAtTheClientsOwnRate() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = readyClient(acme);
        Map<String, Object> recurring = template(acme, "Monthly recurring service");
        Map<String, Object> templateLine = ((List<Map<String, Object>>) recurring.get("lines")).get(0);
        http.put().uri("/api/v1/items/{item}/client-rates/{client}", templateLine.get("itemId"), client)
                .headers(acme::authorize).contentType(MediaType.APPLICATION_JSON).body(Map.of("unitPrice", "1400"))
                .exchange().expectStatus().isOk();

        draft(acme, Map.of("clientId", client, "templateId", recurring.get("id"),
                "servicePeriod", Map.of("start", "2026-03-01", "end", "2026-03-31")))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.lines[0].description").isEqualTo("Monthly SEO management – March 2026")
                .jsonPath("$.lines[0].unitPrice").isEqualTo("1400")
                .jsonPath("$.lines[0].unit").isEqualTo("month")
                .jsonPath("$.notes").isEqualTo("Service period March 2026. Invoiced on the same day each month.")
                .jsonPath("$.total").isEqualTo("1400.00");
    }

    @Test
    void anUnknownTemplateIsRefused() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = readyClient(acme);

        draft(acme, Map.of("clientId", client, "templateId", "00000000-0000-0000-0000-000000000001"))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("templateId");
    }

    @Test
    void aCopyIsANewDraftWithTheSameClientLinesPoAndReferenceButNoDates() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = readyClient(acme);
        String original = id(draft(acme, Map.of("clientId", client, "issueDate", "2026-02-27",
                "dueDate", "2026-03-31", "poNumber", "PO-881", "reference", "SOW-12",
                "servicePeriod", Map.of("start", "2026-02-01", "end", "2026-02-28"), "lines", WORKSHOP)));
        send(acme, original).expectStatus().isOk();

        http.post().uri("/api/v1/invoices/{id}/copy", original).headers(acme::authorize).exchange()
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.id").value(copy -> assertThat(copy).isNotEqualTo(original))
                .jsonPath("$.status").isEqualTo("DRAFT")
                .jsonPath("$.number").doesNotExist()
                .jsonPath("$.issueDate").doesNotExist()
                .jsonPath("$.servicePeriod.start").doesNotExist()
                .jsonPath("$.clientId").isEqualTo(client)
                .jsonPath("$.poNumber").isEqualTo("PO-881")
                .jsonPath("$.reference").isEqualTo("SOW-12")
                .jsonPath("$.lines.length()").isEqualTo(2)
                .jsonPath("$.lines[0].description").isEqualTo("Discovery workshop (4 hours) – Project X")
                .jsonPath("$.lines[1].taxable").isEqualTo(true);
    }

    @Test
    void sendNeedsNoConfirmationAndAnswersWithTheWarningsItWentAheadDespite() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = readyClient(acme);
        String id = id(draft(acme, Map.of("clientId", client, "lines", List.of(
                Map.of("description", "Consulting services", "quantity", "10", "unitPrice", "150")))));

        send(acme, id).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("SENT")
                .jsonPath("$.warnings[?(@.field == 'lines[0].description')]").exists()
                .jsonPath("$.warnings[?(@.field == 'paymentInstructions')]").exists();
    }

    private String item(Workspace workspace, String description, String unit, String unitPrice) {
        return (String) http.post().uri("/api/v1/items").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", description.replace(" – {period}", ""), "description", description, "unit", unit,
                        "unitPrice", unitPrice, "taxable", false))
                .exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
    }

    private Map<String, Object> template(Workspace workspace, String name) {
        Map<String, Object> page = http.get().uri("/api/v1/invoice-templates").headers(workspace::authorize)
                .exchange().expectStatus().isOk().returnResult(Map.class).getResponseBody();
        return ((List<Map<String, Object>>) page.get("items")).stream()
                .filter(template -> name.equals(template.get("name"))).findFirst().orElseThrow();
    }

    private Workspace workspaceWithTax(String rate) {
        Workspace workspace = signUp("Acme Consulting LLC");
        http.put().uri("/api/v1/workspace").headers(workspace::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("salesTaxRatePercent", rate)).exchange().expectStatus().isOk();
        return workspace;
    }

    String readyClient(Workspace workspace) {
        return clients(workspace).globex().create();
    }

    RestTestClient.ResponseSpec draft(Workspace workspace, Map<String, ?> invoice) {
        return http.post().uri("/api/v1/invoices").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(invoice).exchange();
    }

    RestTestClient.ResponseSpec send(Workspace workspace, String id) {
        return http.post().uri("/api/v1/invoices/{id}/send", id).headers(workspace::authorize).exchange();
    }

    private RestTestClient.ResponseSpec voidInvoice(Workspace workspace, String id, Map<String, ?> body) {
        return http.post().uri("/api/v1/invoices/{id}/void", id).headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    static String id(RestTestClient.ResponseSpec created) {
        return (String) created.expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
    }
}
