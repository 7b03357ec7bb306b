package com.invoice24.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class JournalTiesToReceivablesTests extends ExportTest {

    private static final String ALL_TIME_FROM = "2000-01-01";
    private static final String ALL_TIME_TO = "2099-12-31";

    private Workspace acme;
    private String globex;
    private String initech;

    @BeforeEach
    void aYearOfBooks() {
        setToday("2026-03-02");
        acme = signUp("Acme Consulting LLC");
        globex = client(acme, "Globex");
        initech = client(acme, "Initech");

        // Globex overpays two invoices (less a card fee), uses part of the credit and gets some refunded.
        sent(acme, globex, "1000");
        sent(acme, globex, "2500");
        pay(acme, Map.of("clientId", globex, "amount", "4000.00", "fee", "12.50", "receivedOn", "2026-03-02",
                "method", "CARD", "reference", "ch_3PqX"));
        sent(acme, globex, "300");
        post(acme, "/api/v1/clients/" + globex + "/credit/apply", Map.of()).expectStatus().isOk();
        post(acme, "/api/v1/clients/" + globex + "/credit/refund", Map.of("amount", "50.00", "reason",
                "Asked for part back")).expectStatus().isOk();
        String voided = sent(acme, globex, "700");
        post(acme, "/api/v1/invoices/" + voided + "/void", Map.of("reason", "Billed the wrong client"))
                .expectStatus().isOk();
        String credited = sent(acme, globex, "900");
        post(acme, "/api/v1/credit-notes", Map.of("invoiceId", credited, "amount", "200.00", "reason",
                "Two hours not delivered")).expectStatus().isCreated();

        // Initech pays a deposit that settles a later invoice, bounces a check and has a bad debt.
        pay(acme, Map.of("clientId", initech, "amount", "1000.00", "receivedOn", "2026-03-02", "method", "WIRE",
                "allocations", List.of()));
        sent(acme, initech, "800");
        post(acme, "/api/v1/clients/" + initech + "/credit/apply", Map.of()).expectStatus().isOk();
        String bounced = sent(acme, initech, "600");
        String check = (String) pay(acme, Map.of("clientId", initech, "amount", "600.00", "receivedOn", "2026-03-02",
                "method", "CHECK", "reference", "Check 1042",
                "allocations", List.of(Map.of("invoiceId", bounced, "amount", "600.00")))).get("id");
        post(acme, "/api/v1/payments/" + check + "/reverse", Map.of("reason", "Check bounced")).expectStatus().isOk();
        String bad = sent(acme, initech, "400");
        pay(acme, Map.of("clientId", initech, "amount", "100.00", "receivedOn", "2026-03-02", "method", "ACH",
                "allocations", List.of(Map.of("invoiceId", bad, "amount", "100.00"))));
        post(acme, "/api/v1/invoices/" + bad + "/write-off", Map.of("reason", "Client went out of business"))
                .expectStatus().isOk();
    }

    @Test
    void theJournalBalancesAndItsReceivablesAndCreditsEqualTheClientsBalances() {
        Map<String, Object> journal = get(acme, "/api/v1/exports/journal?from=" + ALL_TIME_FROM + "&to=" + ALL_TIME_TO);
        List<Map<String, Object>> entries = (List<Map<String, Object>>) journal.get("entries");
        Map<String, Object> totals = (Map<String, Object>) journal.get("totals");

        assertThat(sum(entries, "debit")).isEqualByComparingTo(sum(entries, "credit"));
        assertThat(new BigDecimal((String) totals.get("debit"))).isEqualByComparingTo(sum(entries, "debit"));
        assertThat(totals.get("debit")).isEqualTo(totals.get("credit"));

        List<Map<String, Object>> clients = (List<Map<String, Object>>) get(acme, "/api/v1/clients").get("items");
        BigDecimal outstanding = clients.stream().map(c -> new BigDecimal((String) c.get("outstandingBalance")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal credit = clients.stream().map(c -> new BigDecimal((String) c.get("creditBalance")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(outstanding).isEqualByComparingTo("1300.00");
        assertThat(credit).isEqualByComparingTo("350.00");
        assertThat(debitBalance(entries, "Accounts Receivable")).isEqualByComparingTo(outstanding);
        assertThat(debitBalance(entries, "Customer Credits").negate()).isEqualByComparingTo(credit);

        assertThat(debitBalance(entries, "Bad Debt Expense")).isEqualByComparingTo("300.00");
        assertThat(debitBalance(entries, "Credit Notes")).isEqualByComparingTo("200.00");
        assertThat(debitBalance(entries, "Payment Processing Fees")).isEqualByComparingTo("12.50");
        // Revenue is every invoice sent except the voided one; cash is what the bank kept.
        assertThat(debitBalance(entries, "Revenue").negate()).isEqualByComparingTo("6500.00");
        assertThat(debitBalance(entries, "Cash (Bank)")).isEqualByComparingTo("5037.50");
    }

    @Test
    void theJournalCsvEndsWithEqualTotals() {
        List<CSVRecord> rows = csv(acme, "journal.csv", ALL_TIME_FROM, ALL_TIME_TO);

        assertThat(rows.get(0).toList()).containsExactly("Date", "Account", "Debit", "Credit", "Memo", "Reference");
        CSVRecord total = rows.get(rows.size() - 1);
        assertThat(total.get(1)).isEqualTo("Total");
        assertThat(total.get(2)).isEqualTo(total.get(3));
        assertThat(rows).anySatisfy(row -> assertThat(row.toList()).containsSequence("2026-03-02",
                "Bad Debt Expense", "300.00", ""));
    }

    @Test
    void theArLedgerSplitsEachClientsReceivablesAndClosesAtTheirBalance() {
        List<CSVRecord> rows = csv(acme, "ar-ledger.csv", "2026-03-01", "2026-03-31");

        assertThat(rows.get(0).toList()).containsExactly("Client", "Opening balance", "Invoiced", "Paid", "Credited",
                "Written off", "Closing balance");
        assertThat(rows.subList(1, rows.size())).extracting(CSVRecord::toList).containsExactly(
                List.of("Globex", "0.00", "4700.00", "3800.00", "200.00", "0.00", "700.00"),
                List.of("Initech", "0.00", "1800.00", "900.00", "0.00", "300.00", "600.00"));

        List<CSVRecord> later = csv(acme, "ar-ledger.csv", "2026-04-01", "2026-04-30");
        assertThat(later.subList(1, later.size())).extracting(CSVRecord::toList).containsExactly(
                List.of("Globex", "700.00", "0.00", "0.00", "0.00", "0.00", "700.00"),
                List.of("Initech", "600.00", "0.00", "0.00", "0.00", "0.00", "600.00"));
    }

    private static BigDecimal sum(List<Map<String, Object>> entries, String side) {
        return entries.stream().map(e -> new BigDecimal((String) e.get(side))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal debitBalance(List<Map<String, Object>> entries, String account) {
        return entries.stream().filter(e -> account.equals(e.get("account")))
                .map(e -> new BigDecimal((String) e.get("debit")).subtract(new BigDecimal((String) e.get("credit"))))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
