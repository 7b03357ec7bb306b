package com.invoice24.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** A New York firm closes January at 9 pm on the 31st, which is already February 1 in UTC. */
class JournalDatesInTheWorkspaceTimeZoneTests extends ExportTest {

    /** 21:00 in New York (EST, UTC−5) on January 31. */
    private static final String NINE_PM_JANUARY_31_IN_NEW_YORK = "2026-02-01T02:00:00Z";

    private Workspace acme;
    private String initech;

    @BeforeEach
    void aNewYorkFirmInJanuary() {
        setToday("2026-01-15");
        acme = signUp("Acme Consulting LLC");
        http.put().uri("/api/v1/workspace").headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("timeZone", "America/New_York")).exchange().expectStatus().isOk();
        initech = client(acme, "Initech");
    }

    @Test
    void aVoidAWriteOffAReversalAndARefundAtNinePmOnTheLastDayBelongToThatMonth() {
        String voided = sent(acme, initech, "700");
        String bad = sent(acme, initech, "400");
        String check = (String) pay(acme, Map.of("clientId", initech, "amount", "700.00", "receivedOn", "2026-01-15",
                "method", "CHECK", "reference", "Check 1042",
                "allocations", List.of(Map.of("invoiceId", voided, "amount", "700.00")))).get("id");
        pay(acme, Map.of("clientId", initech, "amount", "100.00", "receivedOn", "2026-01-15", "method", "WIRE",
                "reference", "FW-88", "allocations", List.of()));

        lateOnJanuary31();
        post(acme, "/api/v1/payments/" + check + "/reverse", Map.of("reason", "Check bounced")).expectStatus().isOk();
        post(acme, "/api/v1/invoices/" + voided + "/void", Map.of("reason", "Billed the wrong client"))
                .expectStatus().isOk();
        post(acme, "/api/v1/invoices/" + bad + "/write-off", Map.of("reason", "Client went out of business"))
                .expectStatus().isOk();
        post(acme, "/api/v1/clients/" + initech + "/credit/refund", Map.of("amount", "50.00", "reason",
                "Asked for part back")).expectStatus().isOk();

        List<CSVRecord> january = csv(acme, "journal.csv", "2026-01-01", "2026-01-31");
        assertThat(january).filteredOn(row -> row.get(4).contains(" voided: ") || row.get(4).endsWith(" written off")
                        || row.get(4).contains(" reversed: ") || row.get(4).startsWith("Credit refunded to "))
                .hasSize(8)
                .allSatisfy(row -> assertThat(row.get(0)).isEqualTo("2026-01-31"));
        assertThat(csv(acme, "journal.csv", "2026-02-01", "2026-02-28")).extracting(row -> row.get(1))
                .containsExactly("Account", "Total");
        assertThat(csv(acme, "payments.csv", "2026-01-01", "2026-01-31")).filteredOn(row -> row.get(2).equals("CHECK"))
                .singleElement().satisfies(row -> assertThat(row.get(7)).isEqualTo("2026-01-31"));
        assertThat(csv(acme, "ar-ledger.csv", "2026-01-01", "2026-01-31").get(1).toList())
                .containsExactly("Initech", "0.00", "400.00", "0.00", "0.00", "400.00", "0.00");
    }

    @Test
    void anInvoiceSentAtNinePmOnJanuary31IsInJanuarysBooks() {
        lateOnJanuary31();
        sent(acme, initech, "250");

        assertThat(csv(acme, "journal.csv", "2026-01-01", "2026-01-31")).extracting(row -> row.get(0))
                .containsExactly("Date", "2026-01-31", "2026-01-31", "");
        assertThat(csv(acme, "invoices.csv", "2026-01-01", "2026-01-31").get(1).get(2)).isEqualTo("2026-01-31");
        assertThat(csv(acme, "journal.csv", "2026-02-01", "2026-02-01")).hasSize(2);
    }

    private void lateOnJanuary31() {
        http.put().uri("/api/v1/test/clock").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("now", NINE_PM_JANUARY_31_IN_NEW_YORK)).exchange().expectStatus().isOk();
    }
}
