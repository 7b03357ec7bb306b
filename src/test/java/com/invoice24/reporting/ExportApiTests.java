package com.invoice24.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.PageSession;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class ExportApiTests extends ExportTest {

    private Workspace acme;
    private Workspace globexWorkspace;
    private String initech;

    @BeforeEach
    void acmeAndAnotherFirmOnMarch2() {
        setToday("2026-03-02");
        acme = signUp("Acme Consulting LLC");
        initech = client(acme, "Initech");
        globexWorkspace = signUp("Globex Partners");
    }

    @Test
    void invoicesIssuedInTheRangeAreExportedWithTheirFiguresButNotDrafts() {
        String january = sent(acme, initech, "1000", Map.of("issueDate", "2026-01-15", "poNumber", "PO-77"));
        sent(acme, initech, "250", Map.of("issueDate", "2026-02-10"));
        draft(acme, initech, "999", Map.of("issueDate", "2026-01-20"));
        pay(acme, Map.of("clientId", initech, "amount", "400.00", "receivedOn", "2026-01-30", "method", "ACH",
                "allocations", List.of(Map.of("invoiceId", january, "amount", "400.00"))));
        sent(globexWorkspace, client(globexWorkspace, "Umbrella"), "5000", Map.of("issueDate", "2026-01-15"));

        export(acme, "invoices.csv", "2026-01-01", "2026-01-31").expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(new MediaType("text", "csv"))
                .expectHeader().valueEquals(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"invoices-2026-01-01-to-2026-01-31.csv\"");
        List<CSVRecord> rows = csv(acme, "invoices.csv", "2026-01-01", "2026-01-31");

        assertThat(rows.get(0).toList()).containsExactly("Number", "Client", "Issue date", "Due date", "Status", "PO",
                "Subtotal", "Discount", "Tax", "Total", "Paid", "Credited", "Balance due");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).toList()).startsWith("INV-2026-0001", "Initech", "2026-01-15")
                .endsWith("OVERDUE", "PO-77", "1000.00", "0.00", "0.00", "1000.00", "400.00", "0.00", "600.00");
        assertThat(csv(acme, "invoices.csv", "2026-01-01", "2026-02-28")).hasSize(3);
    }

    @Test
    void paymentsReceivedInTheRangeShowWhatWasAllocatedAndWhatBecameCredit() {
        sent(acme, initech, "1000");
        pay(acme, Map.of("clientId", initech, "amount", "1200.00", "receivedOn", "2026-02-20", "method", "WIRE",
                "reference", "FW-88"));
        pay(acme, Map.of("clientId", initech, "amount", "50.00", "receivedOn", "2026-03-01", "method", "ACH"));
        pay(globexWorkspace, Map.of("clientId", client(globexWorkspace, "Umbrella"), "amount", "75.00",
                "receivedOn", "2026-02-21", "method", "ACH"));

        List<CSVRecord> rows = csv(acme, "payments.csv", "2026-02-01", "2026-02-28");

        assertThat(rows.get(0).toList()).containsExactly("Received on", "Client", "Method", "Reference", "Amount",
                "Allocated", "Unapplied", "Reversed on");
        assertThat(rows.subList(1, rows.size())).extracting(CSVRecord::toList).containsExactly(
                List.of("2026-02-20", "Initech", "WIRE", "FW-88", "1200.00", "1000.00", "200.00", ""));
    }

    @Test
    void creditNotesIssuedInTheRangeAreExported() {
        String invoice = sent(acme, initech, "1000");
        post(acme, "/api/v1/credit-notes", Map.of("invoiceId", invoice, "amount", "250.00",
                "reason", "=One workshop hour not delivered")).expectStatus().isCreated();

        List<CSVRecord> rows = csv(acme, "credit-notes.csv", "2026-03-01", "2026-03-31");

        assertThat(rows.get(0).toList()).containsExactly("Number", "Date", "Client", "Invoice number", "Amount",
                "Reason");
        // A leading "=" would run as a spreadsheet formula, so the reason is written quoted with an apostrophe.
        assertThat(rows.get(1).toList()).containsExactly("CN-2026-0001", "2026-03-02", "Initech", "INV-2026-0001",
                "250.00", "'=One workshop hour not delivered");
        assertThat(csv(acme, "credit-notes.csv", "2026-02-01", "2026-02-28")).hasSize(1);
        assertThat(csv(globexWorkspace, "credit-notes.csv", "2026-03-01", "2026-03-31")).hasSize(1);
    }

    @Test
    void theArLedgerOpensWithWhatWasOwedBeforeTheRange() {
        sent(acme, initech, "1000");

        assertThat(csv(acme, "ar-ledger.csv", "2026-03-01", "2026-03-02").get(1).toList())
                .containsExactly("Initech", "0.00", "1000.00", "0.00", "0.00", "0.00", "1000.00");
        assertThat(csv(acme, "ar-ledger.csv", "2026-03-03", "2026-03-31").get(1).toList())
                .containsExactly("Initech", "1000.00", "0.00", "0.00", "0.00", "0.00", "1000.00");
        assertThat(csv(acme, "ar-ledger.csv", "2026-02-01", "2026-02-28")).hasSize(1);
        assertThat(csv(globexWorkspace, "ar-ledger.csv", "2026-03-01", "2026-03-31")).hasSize(1);
    }

    @Test
    void theJournalOfARangeHoldsOnlyItsDaysAndBalances() {
        String invoice = sent(acme, initech, "1000");
        pay(acme, Map.of("clientId", initech, "amount", "1000.00", "receivedOn", "2026-03-10", "method", "ACH",
                "allocations", List.of(Map.of("invoiceId", invoice, "amount", "1000.00"))));

        http.get().uri("/api/v1/exports/journal?from=2026-03-01&to=2026-03-02").headers(acme::authorize).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.from").isEqualTo("2026-03-01")
                .jsonPath("$.entries.length()").isEqualTo(2)
                .jsonPath("$.entries[0].account").isEqualTo("Accounts Receivable")
                .jsonPath("$.entries[0].debit").isEqualTo("1000.00")
                .jsonPath("$.entries[0].reference").isEqualTo("INV-2026-0001")
                .jsonPath("$.entries[1].account").isEqualTo("Revenue")
                .jsonPath("$.entries[1].credit").isEqualTo("1000.00")
                .jsonPath("$.totals.debit").isEqualTo("1000.00")
                .jsonPath("$.totals.credit").isEqualTo("1000.00");
        http.get().uri("/api/v1/exports/journal?from=2026-03-01&to=2026-03-31").headers(globexWorkspace::authorize)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.entries.length()").isEqualTo(0);
    }

    @Test
    void salesTaxGoesToItsLiabilityAndAVoidReversesTheInvoiceWhole() {
        http.put().uri("/api/v1/workspace").headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("salesTaxRatePercent", "10")).exchange().expectStatus().isOk();
        String invoice = draft(acme, initech, "1000", Map.of());
        post(acme, "/api/v1/invoices/" + invoice + "/send", Map.of()).expectStatus().isOk();
        post(acme, "/api/v1/invoices/" + invoice + "/void", Map.of("reason", "Wrong client")).expectStatus().isOk();

        List<CSVRecord> journal = csv(acme, "journal.csv", "2026-03-02", "2026-03-02");

        assertThat(journal.subList(1, journal.size())).extracting(row -> row.toList().subList(1, 4)).containsExactly(
                List.of("Accounts Receivable", "1100.00", ""),
                List.of("Revenue", "", "1000.00"),
                List.of("Sales Tax Payable", "", "100.00"),
                List.of("Revenue", "1000.00", ""),
                List.of("Sales Tax Payable", "100.00", ""),
                List.of("Accounts Receivable", "", "1100.00"),
                List.of("Total", "2200.00", "2200.00"));
        assertThat(csv(acme, "invoices.csv", "2026-03-01", "2026-03-31").get(1).toList())
                .containsSubsequence("VOID", "1000.00", "0.00", "100.00", "1100.00", "0.00", "0.00", "0.00");
    }

    @Test
    void aMissingInvalidOrBackwardsRangeIsABadRequest() {
        for (String file : List.of("invoices.csv", "payments.csv", "credit-notes.csv", "ar-ledger.csv",
                "journal.csv", "journal")) {
            export(acme, file, "2026-03-31", "2026-03-01").expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            export(acme, file, "2026-13-01", "2026-03-01").expectStatus().isBadRequest();
            http.get().uri("/api/v1/exports/" + file + "?from=2026-03-01").headers(acme::authorize).exchange()
                    .expectStatus().isBadRequest();
        }
        http.get().uri("/api/v1/exports/invoices.csv?from=2026-03-01&to=2026-03-31").exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void anyMemberMayDownloadAndThePageLinksEveryExport() {
        String viewer = join(acme, "READ_ONLY").token();
        http.get().uri("/api/v1/exports/payments.csv?from=2026-03-01&to=2026-03-31")
                .header(HttpHeaders.AUTHORIZATION, bearer(viewer)).exchange().expectStatus().isOk();

        PageSession browser = signedIn(acme);
        String page = browser.get("/reports/exports").getResponseBody();
        assertThat(page).contains("Exports for your accountant", "value=\"2026-03-01\"", "value=\"2026-03-02\"",
                "/reports/exports/invoices.csv?from=2026-03-01&amp;to=2026-03-02", "/reports/exports/journal.csv");
        assertThat(browser.get("/reports/exports?from=2026-03-31&to=2026-03-01").getResponseBody())
                .contains("Choose a date on or before 2026-03-01").doesNotContain("invoices.csv");
        assertThat(browser.get("/reports/exports/ar-ledger.csv?from=2026-03-01&to=2026-03-31").getResponseBody())
                .startsWith("Client,Opening balance");
    }
}
