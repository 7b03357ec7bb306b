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
        PageSession browser = signedIn(acme);

        assertThat(browser.get("/payments/import").getResponseBody()).contains("Upload a bank statement",
                "Map a bank's CSV columns");
        assertThat(browser.get("/payments/import/" + imported.get("id")).getResponseBody())
                .contains("2 deposits: 0 applied, 2 for review", "REMOTE ONLINE DEPOSIT");
        String queue = browser.get("/payments/review").getResponseBody();
        assertThat(queue).contains("$400.00 on Mar 24, 2026", "Amount equals " + number(acme, invoice) + "&#39;s balance",
                "TRANSFER FROM SAVINGS");

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
        PageSession browser = signedIn(acme);
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

    @Test
    void theReviewQueueSuggestsInvoicesByAmountPoAndPayerBestFirst() {
        Workspace acme = signUp("Acme Consulting LLC");
        String initech = client(acme, "Initech LLC");
        String globex = client(acme, "Globex Corporation");
        String retainer = sent(acme, initech, "400");
        String workshop = sent(acme, initech, "250");
        String travel = sentWithPo(acme, initech, "150", "4500777");
        String globexRetainer = sent(acme, globex, "400");
        upload(acme, "Date,Amount,Description,Reference\n"
                + "3/24/2026,400.00,REMOTE ONLINE DEPOSIT,\n"
                + "3/25/2026,999.00,ACH CREDIT,PO 4500777\n"
                + "3/26/2026,75.00,INITECH PAYMENT,\n");
        PageSession browser = signedIn(acme);

        String queue = browser.get("/payments/review").getResponseBody();

        String first = queue.substring(queue.indexOf("$400.00 on Mar 24, 2026"), queue.indexOf("$999.00 on Mar 25, 2026"));
        assertThat(first).contains("Amount equals " + number(acme, retainer) + "&#39;s balance",
                "Amount equals " + number(acme, globexRetainer) + "&#39;s balance",
                "Amount equals the balances of " + number(acme, workshop) + " + " + number(acme, travel));
        String second = queue.substring(queue.indexOf("$999.00 on Mar 25, 2026"), queue.indexOf("$75.00 on Mar 26, 2026"));
        assertThat(second).contains("PO 4500777 of " + number(acme, travel) + " is in the reference")
                .doesNotContain(number(acme, globexRetainer));
        String third = queue.substring(queue.indexOf("$75.00 on Mar 26, 2026"));
        assertThat(third).contains("Payer name matches Initech LLC").doesNotContain("Globex Corporation</td>");
    }

    @Test
    void bookkeeperPicksTwoInvoicesTypesOneAmountAndTheRestOfTheDepositBecomesCredit() {
        Workspace acme = signUp("Acme Consulting LLC");
        String initech = client(acme, "Initech LLC");
        String retainer = sent(acme, initech, "400");
        String workshop = sent(acme, initech, "250");
        String line = lineId(upload(acme, "Date,Amount,Description,Reference\n3/24/2026,1000.00,DEPOSIT,\n"));
        PageSession browser = signedIn(acme);
        browser.get("/payments/review");

        var done = browser.submit("/payments/review/" + line + "/apply", Map.of("invoiceIds", both(retainer, workshop),
                "amount-" + retainer, "$300"));

        PageSession.assertRedirectsTo(done, "/payments/review");
        assertThat(browser.get("/payments/review").getResponseBody()).contains("Deposit of $1,000.00 recorded: paid "
                + number(acme, retainer) + " $300.00, " + number(acme, workshop) + " $250.00; $450.00 kept as the "
                + "client&#39;s credit.", "Nothing to review");
        http.get().uri("/api/v1/invoices/{id}", retainer).headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.balanceDue").isEqualTo("100.00");
    }

    @Test
    void aDepositAppliedToTheClientWhoPaidPaysItsOldestInvoiceFirst() {
        Workspace acme = signUp("Acme Consulting LLC");
        String initech = client(acme, "Initech LLC");
        String older = sent(acme, initech, "300");
        String newer = sent(acme, initech, "500");
        String line = lineId(upload(acme, "Date,Amount,Description,Reference\n3/24/2026,450.00,CHECK DEPOSIT,\n"));
        PageSession browser = signedIn(acme);
        browser.get("/payments/review");

        PageSession.assertRedirectsTo(browser.submit("/payments/review/" + line + "/client",
                Map.of("clientId", initech, "how", "oldest")), "/payments/review");

        assertThat(browser.get("/payments/review").getResponseBody()).contains("Deposit of $450.00 recorded: paid "
                + number(acme, older) + " $300.00, " + number(acme, newer) + " $150.00.");
    }

    @Test
    void refusedPicksComeBackOnTheSamePageWithTheReasonAndWhatWasTyped() {
        Workspace acme = signUp("Acme Consulting LLC");
        String initech = client(acme, "Initech LLC");
        String globex = client(acme, "Globex Corporation");
        String retainer = sent(acme, initech, "400");
        String globexRetainer = sent(acme, globex, "400");
        String line = lineId(upload(acme, "Date,Amount,Description,Reference\n3/24/2026,400.00,DEPOSIT,\n"));
        PageSession browser = signedIn(acme);
        browser.get("/payments/review");
        String apply = "/payments/review/" + line + "/apply";

        var nothing = browser.submit(apply, Map.of());
        assertThat(nothing.getStatus().value()).isEqualTo(200);
        assertThat(nothing.getResponseBody()).contains("Tick the invoices this deposit pays, or choose the client who paid.");

        String above = browser.submit(apply, Map.of("invoiceIds", retainer, "amount-" + retainer, "450.00"))
                .getResponseBody();
        assertThat(above).contains(number(acme, retainer) + " has $400.00 due; allocate more than 0.00 and at most that.",
                "value=\"450.00\"", "value=\"" + retainer + "\" checked=\"checked\"");

        assertThat(browser.submit(apply, Map.of("invoiceIds", retainer, "amount-" + retainer, "four hundred"))
                .getResponseBody()).contains("&quot;four hundred&quot; is not an amount", "value=\"four hundred\"");
        assertThat(browser.submit(apply, Map.of("invoiceIds", both(retainer, globexRetainer)))
                .getResponseBody()).contains("The invoices ticked belong to different clients");
        assertThat(browser.submit(apply, Map.of("invoiceIds", "not-an-invoice")).getResponseBody())
                .contains("An invoice ticked is no longer open");
        assertThat(browser.submit("/payments/review/" + line + "/client", Map.of("clientId", "", "how", "credit"))
                .getResponseBody()).contains("Choose the client who paid.");

        PageSession.assertRedirectsTo(browser.submit("/payments/review/" + line + "/client",
                Map.of("clientId", initech, "how", "credit")), "/payments/review");
        assertThat(browser.get("/payments/review").getResponseBody())
                .contains("Deposit of $400.00 recorded: $400.00 kept as the client&#39;s credit.");
        var again = browser.submit(apply, Map.of("invoiceIds", retainer));
        assertThat(again.getStatus().value()).isEqualTo(200);
        assertThat(again.getResponseBody()).contains("only lines waiting for review can be applied or dismissed");
    }

    private String lineId(Map<String, Object> imported) {
        return (String) ((List<Map<String, Object>>) imported.get("items")).get(0).get("id");
    }

    private String number(Workspace workspace, String invoice) {
        return (String) http.get().uri("/api/v1/invoices/{id}", invoice).headers(workspace::authorize).exchange()
                .returnResult(Map.class).getResponseBody().get("number");
    }

    /** Two ticked boxes of one name, as the form field reads them (comma-separated values are split). */
    private static String both(String invoice, String another) {
        return invoice + "," + another;
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
        return clients(workspace).named(name).billingEmail("ap@initech.example").create();
    }

    private String sent(Workspace workspace, String client, String total) {
        return sentWithPo(workspace, client, total, "");
    }

    private String sentWithPo(Workspace workspace, String client, String total, String po) {
        return invoices(workspace).forClient(client).with("poNumber", po).line("Retainer – March 2026", "1", total)
                .sent();
    }
}
