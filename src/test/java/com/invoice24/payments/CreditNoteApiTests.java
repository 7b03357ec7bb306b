package com.invoice24.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PdfText;
import com.invoice24.Team;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@SuppressWarnings("unchecked")
class CreditNoteApiTests extends IntegrationTest {

    /** $1,000.00. */
    private static final Map<String, Object> FOUR_HOURS = Map.of("description",
            "Discovery workshop (4 hours) – Project X", "quantity", "4", "unit", "HOUR", "unitPrice", "250");

    private Workspace acme;

    @BeforeEach
    void acmeOnMarch2() {
        setToday("2026-03-02");
        acme = signUp("Acme Consulting LLC");
    }

    @Test
    void aCreditNoteLowersTheBalanceAndLeavesTheInvoiceSent() {
        String invoice = sentInvoice(acme);

        credit(acme, Map.of("invoiceId", invoice, "amount", "250.00", "reason", "One workshop hour not delivered"))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.id").exists()
                .jsonPath("$.number").isEqualTo("CN-2026-0001")
                .jsonPath("$.invoiceId").isEqualTo(invoice)
                .jsonPath("$.invoiceNumber").isEqualTo("INV-2026-0001")
                .jsonPath("$.clientId").exists()
                .jsonPath("$.amount").isEqualTo("250.00")
                .jsonPath("$.reason").isEqualTo("One workshop hour not delivered")
                .jsonPath("$.issuedOn").isEqualTo("2026-03-02")
                .jsonPath("$.balanceDueAfter").isEqualTo("750.00")
                .jsonPath("$.createdAt").exists();

        invoice(acme, invoice)
                .jsonPath("$.status").isEqualTo("SENT")
                .jsonPath("$.total").isEqualTo("1000.00")
                .jsonPath("$.amountCredited").isEqualTo("250.00")
                .jsonPath("$.balanceDue").isEqualTo("750.00");
        http.get().uri("/api/v1/invoices/{id}/activity", invoice).headers(acme::authorize).exchange()
                .expectBody()
                .jsonPath("$[2].type").isEqualTo("credit")
                .jsonPath("$[2].detail").isEqualTo(
                        "Credit note CN-2026-0001 for $250.00: One workshop hour not delivered");
        credit(acme, Map.of("invoiceId", invoice, "amount", "100", "reason", "Travel billed twice"))
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.number").isEqualTo("CN-2026-0002");
    }

    @Test
    void aCreditAboveTheBalanceIsRefusedAndUsesNoNumber() {
        String invoice = sentInvoice(acme);

        credit(acme, Map.of("invoiceId", invoice, "amount", "1000.01", "reason", "Too much"))
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.detail").isEqualTo(
                        "Invoice INV-2026-0001 has $1,000.00 due; a credit note can be for at most that.")
                .jsonPath("$.errors[0].field").isEqualTo("amount");

        list(acme, "?invoiceId=" + invoice).jsonPath("$.total").isEqualTo(0);
        invoice(acme, invoice).jsonPath("$.balanceDue").isEqualTo("1000.00");
        credit(acme, Map.of("invoiceId", invoice, "amount", "1000.00", "reason", "Cancelled engagement"))
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.number").isEqualTo("CN-2026-0001");
    }

    @Test
    void creditingTheWholeBalancePaysTheInvoice() {
        String invoice = sentInvoice(acme);

        credit(acme, Map.of("invoiceId", invoice, "amount", "1000.00", "reason", "Workshop cancelled by us"))
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.balanceDueAfter").isEqualTo("0.00");

        invoice(acme, invoice).jsonPath("$.status").isEqualTo("PAID").jsonPath("$.balanceDue").isEqualTo("0.00");
        credit(acme, Map.of("invoiceId", invoice, "amount", "0.01", "reason", "Once more"))
                .expectStatus().isEqualTo(422);
    }

    @Test
    void onlySentInvoicesAreCredited() {
        String client = clients(acme).globex().create();
        String draft = draft(acme, client);
        String voided = draft(acme, client);
        invoices(acme).send(voided);
        http.post().uri("/api/v1/invoices/{id}/void", voided).headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", "Sent in error")).exchange()
                .expectStatus().isOk();

        credit(acme, Map.of("invoiceId", draft, "amount", "100.00", "reason", "Discount"))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("draft"));
        credit(acme, Map.of("invoiceId", voided, "amount", "100.00", "reason", "Discount"))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("void"));
    }

    @Test
    void anotherWorkspacesInvoiceAndCreditNotesDoNotExist() {
        Workspace globex = signUp("Globex Partners");
        String invoice = sentInvoice(acme);
        String note = id(credit(acme, Map.of("invoiceId", invoice, "amount", "50.00", "reason", "Goodwill")));

        credit(globex, Map.of("invoiceId", invoice, "amount", "50.00", "reason", "Goodwill"))
                .expectStatus().isNotFound();
        http.get().uri("/api/v1/credit-notes/{id}", note).headers(globex::authorize).exchange()
                .expectStatus().isNotFound();
        http.get().uri("/api/v1/credit-notes/{id}/pdf", note).headers(globex::authorize).exchange()
                .expectStatus().isNotFound();
        list(globex, "").jsonPath("$.total").isEqualTo(0);
        invoice(acme, invoice).jsonPath("$.balanceDue").isEqualTo("950.00");
    }

    @Test
    void aCreditNoteNeedsAReasonAndAnAmountAboveZero() {
        String invoice = sentInvoice(acme);

        credit(acme, Map.of("invoiceId", invoice, "amount", "100.00"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        credit(acme, Map.of("invoiceId", invoice, "amount", "100.00", "reason", "  "))
                .expectStatus().isBadRequest();
        credit(acme, Map.of("invoiceId", invoice, "reason", "No amount"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("amount");
        credit(acme, Map.of("invoiceId", invoice, "amount", "-5.00", "reason", "Negative"))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("amount");
        credit(acme, Map.of("amount", "5.00", "reason", "Which invoice?"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("invoiceId");
    }

    @Test
    void linesMakeTheAmountAndMustAddUpToIt() {
        String invoice = sentInvoice(acme);
        List<Map<String, String>> lines = List.of(
                Map.of("description", "Workshop hour not delivered", "amount", "250.00"),
                Map.of("description", "Materials not used", "amount", "50.00"));

        credit(acme, Map.of("invoiceId", invoice, "amount", "400.00", "reason", "Scope cut", "lines", lines))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("amount");
        credit(acme, Map.of("invoiceId", invoice, "reason", "Scope cut", "lines", lines))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.number").isEqualTo("CN-2026-0001")
                .jsonPath("$.amount").isEqualTo("300.00")
                .jsonPath("$.lines[1].description").isEqualTo("Materials not used")
                .jsonPath("$.lines[1].amount").isEqualTo("50.00");
        invoice(acme, invoice).jsonPath("$.balanceDue").isEqualTo("700.00");
    }

    @Test
    void theClientIsEmailedTheCreditNoteWithTheNewBalance() {
        String invoice = sentInvoice(acme);
        credit(acme, Map.of("invoiceId", invoice, "amount", "250.00", "reason", "One workshop hour not delivered"))
                .expectStatus().isCreated();

        List<Map<String, Object>> emails = http.get().uri("/api/v1/emails?invoiceId={id}", invoice)
                .headers(acme::authorize).exchange()
                .expectStatus().isOk().returnResult(List.class).getResponseBody();
        assertThat(emails).hasSize(2);
        Map<String, Object> email = emails.get(1);
        assertThat(email).containsEntry("kind", "CREDIT_NOTE").containsEntry("to", "ap@globex.example")
                .containsEntry("subject",
                        "Credit note CN-2026-0001 from Acme Consulting LLC — for invoice INV-2026-0001 — $250.00");
        assertThat((List<Map<String, Object>>) email.get("attachments")).singleElement()
                .satisfies(pdf -> assertThat(pdf).containsEntry("filename", "Credit-note-CN-2026-0001.pdf")
                        .containsEntry("contentType", "application/pdf"));
        http.get().uri("/api/v1/emails/{id}", email.get("id")).headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.body").value(body -> assertThat((String) body)
                        .contains("Reason: One workshop hour not delivered",
                                "The balance due on INV-2026-0001 is now $750.00, due Apr 1, 2026."));
    }

    @Test
    void aClientWithoutABillingEmailIsNotEmailed() {
        String client = clients(acme).globex().create();
        String invoice = draft(acme, client);
        invoices(acme).send(invoice);
        http.put().uri("/api/v1/clients/{id}", client).headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("billingEmail", "")).exchange()
                .expectStatus().isOk();

        credit(acme, Map.of("invoiceId", invoice, "amount", "10.00", "reason", "Rounding")).expectStatus().isCreated();

        http.get().uri("/api/v1/emails?invoiceId={id}", invoice).headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.length()").isEqualTo(1);
        invoice(acme, invoice).jsonPath("$.balanceDue").isEqualTo("990.00");
    }

    @Test
    void creditNotesAreListedByInvoiceAndClientAndReadBack() {
        String client = clients(acme).globex().create();
        String first = draft(acme, client);
        invoices(acme).send(first);
        String second = draft(acme, client);
        invoices(acme).send(second);
        String note = id(credit(acme, Map.of("invoiceId", first, "amount", "10.00", "reason", "A")));
        credit(acme, Map.of("invoiceId", second, "amount", "20.00", "reason", "B")).expectStatus().isCreated();

        list(acme, "?invoiceId=" + first)
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(note)
                .jsonPath("$.page").isEqualTo(0)
                .jsonPath("$.size").isEqualTo(50);
        list(acme, "?clientId=" + client).jsonPath("$.total").isEqualTo(2)
                .jsonPath("$.items[0].number").isEqualTo("CN-2026-0002");
        http.get().uri("/api/v1/credit-notes/{id}", note).headers(acme::authorize).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.number").isEqualTo("CN-2026-0001").jsonPath("$.reason").isEqualTo("A");
    }

    @Test
    void numbersStartAgainEachYear() {
        String invoice = sentInvoice(acme);
        credit(acme, Map.of("invoiceId", invoice, "amount", "10.00", "reason", "A")).expectStatus().isCreated();

        setToday("2027-01-04");
        credit(acme, Map.of("invoiceId", invoice, "amount", "10.00", "reason", "B"))
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.number").isEqualTo("CN-2027-0001").jsonPath("$.issuedOn")
                .isEqualTo("2027-01-04");
    }

    @Test
    void thePdfIsAPdf() {
        String note = id(credit(acme, Map.of("invoiceId", sentInvoice(acme), "amount", "250.00", "reason", "A")));

        byte[] pdf = http.get().uri("/api/v1/credit-notes/{id}/pdf", note).headers(acme::authorize).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .returnResult(byte[].class).getResponseBody();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void aCreditNotesPdfStaysAsIssuedAndItsEmailIsLabelledCreditNote() throws IOException {
        String invoice = sentInvoice(acme);
        String note = id(credit(acme, Map.of("invoiceId", invoice, "amount", "1000.00", "reason", "Cancelled")));
        byte[] asIssued = creditNotePdf(note);
        Files.createDirectories(Path.of("target", "pdfs"));
        Files.write(Path.of("target", "pdfs", "credit-note.pdf"), asIssued);

        http.put().uri("/api/v1/workspace").headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("legalName", "Acme Holdings Inc.")).exchange().expectStatus().isOk();

        assertThat(creditNotePdf(note)).isEqualTo(asIssued);
        assertThat(PdfText.of(asIssued).text()).contains("Acme Consulting LLC", "$1,000.00")
                .doesNotContain("Acme Holdings");
        List<Map<String, Object>> emails = http.get().uri("/api/v1/emails?invoiceId={id}", invoice)
                .headers(acme::authorize).exchange().expectStatus().isOk().returnResult(List.class).getResponseBody();
        assertThat(emails).extracting(email -> email.get("kind")).containsExactly("INVOICE", "CREDIT_NOTE");
        String creditNoteEmail = (String) emails.get(1).get("id");
        assertThat(http.get().uri("/api/v1/emails/{id}/attachments/0", creditNoteEmail).headers(acme::authorize)
                .exchange().expectStatus().isOk().returnResult(byte[].class).getResponseBody()).isEqualTo(asIssued);
    }

    @Test
    void onlyMembersWhoManageMoneyIssueCreditNotesAndEveryMemberReadsThem() {
        String invoice = sentInvoice(acme);
        Team.Joined readOnly = join(acme, "READ_ONLY");
        Team.Joined staff = join(acme, "STAFF");
        Team.Joined bookkeeper = join(acme, "BOOKKEEPER");
        Map<String, String> body = Map.of("invoiceId", invoice, "amount", "10.00", "reason", "A");

        credit(readOnly.token(), body).expectStatus().isForbidden();
        credit(staff.token(), body).expectStatus().isForbidden();
        credit(bookkeeper.token(), body).expectStatus().isCreated();
        http.get().uri("/api/v1/credit-notes").headers(headers -> headers.setBearerAuth(readOnly.token())).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(1);
    }

    private byte[] creditNotePdf(String note) {
        return http.get().uri("/api/v1/credit-notes/{id}/pdf", note).headers(acme::authorize).exchange()
                .expectStatus().isOk().returnResult(byte[].class).getResponseBody();
    }

    private String sentInvoice(Workspace workspace) {
        return invoices(workspace).forClient(clients(workspace).globex().create()).line(FOUR_HOURS).sent();
    }

    private String draft(Workspace workspace, String client) {
        return invoices(workspace).forClient(client).line(FOUR_HOURS).draft();
    }

    private RestTestClient.BodyContentSpec invoice(Workspace workspace, String invoice) {
        return http.get().uri("/api/v1/invoices/{id}", invoice).headers(workspace::authorize).exchange()
                .expectStatus().isOk().expectBody();
    }

    private RestTestClient.BodyContentSpec list(Workspace workspace, String query) {
        return http.get().uri("/api/v1/credit-notes" + query).headers(workspace::authorize).exchange()
                .expectStatus().isOk().expectBody();
    }

    private RestTestClient.ResponseSpec credit(Workspace workspace, Map<String, ?> body) {
        return credit(workspace.token(), body);
    }

    private RestTestClient.ResponseSpec credit(String token, Map<String, ?> body) {
        return http.post().uri("/api/v1/credit-notes").headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private static String id(RestTestClient.ResponseSpec created) {
        return (String) created.expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
    }
}
