package com.invoice24.collections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@SuppressWarnings("unchecked")
class LateFeesTests extends CollectionsTestSupport {

    @Test
    void aFlatFeeAfterTheGraceDaysOncePerMonthAnnouncedInTheNextReminder() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String invoice = sentInvoice(acme, client(acme));
        String number = numberOf(acme, invoice);
        putPolicy(acme, Map.of("kind", "FLAT", "amount", "25.00", "graceDays", 5)).expectStatus().isOk();

        on("2026-04-06");
        assertThat(feesOn(invoice)).isEmpty();

        on("2026-04-07");
        runJobs();
        assertThat(feesOn(invoice)).containsExactly("25.00");
        String fee = feeInvoices(invoice).get(0);
        http.get().uri("/api/v1/invoices/{id}", fee).headers(acme::authorize).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("SENT")
                .jsonPath("$.total").isEqualTo("25.00")
                .jsonPath("$.reference").isEqualTo(number)
                .jsonPath("$.lines[0].description").isEqualTo("Late fee on invoice " + number
                        + " (balance $1,000.00 past due since Apr 1, 2026)");

        on("2026-04-08");
        assertThat(remindersOf(acme, invoice)).containsExactly("due+0", "due+7");
        assertThat(reminderBody(acme, invoice, "due+0")).doesNotContain("late fee");
        assertThat(reminderBody(acme, invoice, "due+7")).contains("A late fee of $25.00 has been charged");

        on("2026-04-30");
        runJobs();
        assertThat(feesOn(invoice)).containsExactly("25.00");
        on("2026-05-04");
        assertThat(feesOn(invoice)).containsExactly("25.00", "25.00");
    }

    @Test
    void aPercentPerMonthFeeStopsAtTheCap() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String invoice = sentInvoice(acme, client(acme));
        putPolicy(acme, Map.of("kind", "PERCENT_PER_MONTH", "percent", "1.5", "graceDays", 0, "cap", "20.00"))
                .expectStatus().isOk();

        on("2026-04-01");
        assertThat(feesOn(invoice)).isEmpty();
        on("2026-04-02");
        runJobs();
        on("2026-05-04");
        on("2026-06-02");
        on("2026-07-02");

        assertThat(feesOn(invoice)).containsExactly("15.00", "5.00");
        // The late-fee invoices, overdue themselves by now, are never charged a fee.
        assertThat(jdbc().sql("SELECT count(*) FROM late_fees WHERE workspace_id = :workspace")
                .param("workspace", acme.id()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void offByDefaultAndNeverOnADisputedInvoice() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String client = client(acme);
        String invoice = sentInvoice(acme, client);
        String disputed = sentInvoice(acme, client);

        on("2026-05-04");
        assertThat(feesOn(invoice)).isEmpty();
        assertThat(feesOn(disputed)).isEmpty();

        post(acme, "/api/v1/invoices/{id}/dispute", disputed, Map.of("reason", "Hours not approved",
                "resolveBy", "2026-06-30")).expectStatus().isCreated();
        putPolicy(acme, Map.of("kind", "FLAT", "amount", "40", "graceDays", 0)).expectStatus().isOk();
        on("2026-05-05");

        assertThat(feesOn(invoice)).containsExactly("40.00");
        assertThat(feesOn(disputed)).isEmpty();
    }

    @Test
    void thePolicyIsValidatedAndRoundTrips() {
        Workspace acme = signUp("Acme Consulting LLC");
        http.get().uri("/api/v1/workspace/late-fee-policy").headers(acme::authorize).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.kind").isEqualTo("NONE");

        putPolicy(acme, Map.of("kind", "FLAT", "graceDays", 5)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("amount");
        putPolicy(acme, Map.of("kind", "FLAT", "amount", "0", "graceDays", 5)).expectStatus().isBadRequest();
        putPolicy(acme, Map.of("kind", "PERCENT_PER_MONTH", "percent", "12", "graceDays", 5))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("percent");
        putPolicy(acme, Map.of("kind", "PERCENT_PER_MONTH", "percent", "1.5", "graceDays", 91, "cap", "-1"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors.length()").isEqualTo(2);
        putPolicy(acme, Map.of()).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("kind");

        putPolicy(acme, Map.of("kind", "PERCENT_PER_MONTH", "percent", "1.5", "graceDays", 10, "cap", "50"))
                .expectStatus().isOk();
        http.get().uri("/api/v1/workspace/late-fee-policy").headers(acme::authorize).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.kind").isEqualTo("PERCENT_PER_MONTH")
                .jsonPath("$.percent").isEqualTo(1.5)
                .jsonPath("$.graceDays").isEqualTo(10)
                .jsonPath("$.cap").isEqualTo("50.00");

        String bookkeeper = join(acme, "BOOKKEEPER").token();
        http.put().uri("/api/v1/workspace/late-fee-policy").headers(headers -> headers.setBearerAuth(bookkeeper))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("kind", "NONE", "graceDays", 0))
                .exchange().expectStatus().isForbidden();
    }

    private RestTestClient.ResponseSpec putPolicy(Workspace workspace, Map<String, ?> body) {
        return http.put().uri("/api/v1/workspace/late-fee-policy").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private String numberOf(Workspace workspace, String invoice) {
        return (String) http.get().uri("/api/v1/invoices/{id}", invoice).headers(workspace::authorize).exchange()
                .expectStatus().isOk().returnResult(Map.class).getResponseBody().get("number");
    }

    /** The late fees charged on the invoice, month by month. */
    private List<String> feesOn(String invoice) {
        return jdbc().sql("SELECT amount FROM late_fees WHERE invoice_id = :invoice AND late_fee_invoice_id IS NOT NULL "
                        + "ORDER BY month")
                .param("invoice", UUID.fromString(invoice))
                .query((rs, row) -> rs.getBigDecimal("amount").toPlainString()).list();
    }

    private List<String> feeInvoices(String invoice) {
        return jdbc().sql("SELECT late_fee_invoice_id FROM late_fees WHERE invoice_id = :invoice ORDER BY month")
                .param("invoice", UUID.fromString(invoice))
                .query((rs, row) -> rs.getObject(1, UUID.class).toString()).list();
    }

    private String reminderBody(Workspace workspace, String invoice, String step) {
        List<Map<String, Object>> emails = http.get().uri("/api/v1/emails?invoiceId={id}", invoice)
                .headers(workspace::authorize).exchange().expectStatus().isOk()
                .returnResult(List.class).getResponseBody();
        Object id = emails.stream().filter(email -> step.equals(email.get("reminderStep"))).findFirst()
                .orElseThrow().get("id");
        return (String) http.get().uri("/api/v1/emails/{id}", id).headers(workspace::authorize).exchange()
                .expectStatus().isOk().returnResult(Map.class).getResponseBody().get("body");
    }
}
