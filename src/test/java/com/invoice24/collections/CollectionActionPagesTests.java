package com.invoice24.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.PageSession;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CollectionActionPagesTests extends CollectionsTestSupport {

    @Test
    void aDisputeIsRecordedAndResolvedFromTheInvoicePage() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String invoice = sentInvoice(acme, client(acme));
        PageSession browser = signIn(acme);
        browser.get("/invoices/" + invoice);

        browser.submit("/invoices/" + invoice + "/dispute", Map.of("reason", "Hours look high", "resolveBy", "2026-03-20"));
        assertThat(browser.get("/invoices/" + invoice).getResponseBody())
                .contains("Dispute recorded", "Resolve the dispute", "Disputed");

        browser.submit("/invoices/" + invoice + "/dispute/resolve", Map.of("outcome", "REJECTED", "note", "Timesheets sent"));
        assertThat(browser.get("/invoices/" + invoice).getResponseBody()).contains("Dispute resolved; reminders resume");
    }

    @Test
    void aPromiseIsRecordedFromTheInvoicePageAndADisputeWithoutDateIsRefusedWithAMessage() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String invoice = sentInvoice(acme, client(acme));
        PageSession browser = signIn(acme);
        browser.get("/invoices/" + invoice);

        browser.submit("/invoices/" + invoice + "/promise", Map.of("promisedDate", "2026-04-10", "note", "AP run"));
        assertThat(browser.get("/invoices/" + invoice).getResponseBody()).contains("Promise recorded");

        browser.submit("/invoices/" + invoice + "/dispute", Map.of("reason", "Hours look high"));
        assertThat(browser.get("/invoices/" + invoice).getResponseBody()).contains("flash error");
    }

    @Test
    void aDateTypedWithoutADatePickerIsRefusedOnTheInvoicePageRatherThanWithAnErrorPage() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String invoice = sentInvoice(acme, client(acme));
        PageSession browser = signIn(acme);
        browser.get("/invoices/" + invoice);

        assertThat(browser.submit("/invoices/" + invoice + "/dispute",
                Map.of("reason", "Hours look high", "resolveBy", "next week")).getStatus().is3xxRedirection()).isTrue();
        assertThat(browser.get("/invoices/" + invoice).getResponseBody()).contains("The dispute is missing details.");

        assertThat(browser.submit("/invoices/" + invoice + "/payment-plan",
                Map.of("dueOn", "15/04/2026", "amount", "1000")).getStatus().is3xxRedirection()).isTrue();
        assertThat(browser.get("/invoices/" + invoice).getResponseBody()).contains("The payment plan is not valid.");
    }

    @Test
    void aPaymentPlanIsSignedFromTheInvoicePage() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String invoice = sentInvoice(acme, client(acme));
        PageSession browser = signIn(acme);
        browser.get("/invoices/" + invoice);
        String balance = (String) http.get().uri("/api/v1/invoices/{id}", invoice).headers(acme::authorize).exchange()
                .returnResult(Map.class).getResponseBody().get("balanceDue");
        BigDecimal half = new BigDecimal(balance).divide(BigDecimal.valueOf(2));

        browser.submit("/invoices/" + invoice + "/payment-plan", Map.of("dueOn", "2026-04-15", "amount",
                half.toPlainString()));
        assertThat(browser.get("/invoices/" + invoice).getResponseBody()).contains("flash error");
        http.get().uri("/api/v1/invoices/{id}/payment-plan", invoice).headers(acme::authorize).exchange()
                .expectStatus().isNotFound();

        browser.submit("/invoices/" + invoice + "/payment-plan", Map.of("dueOn", "2026-04-15", "amount", balance));
        assertThat(browser.get("/invoices/" + invoice).getResponseBody()).contains("Payment plan signed");
        http.get().uri("/api/v1/invoices/{id}/payment-plan", invoice).headers(acme::authorize).exchange()
                .expectStatus().isOk();
    }

    @Test
    void theLateFeePolicyIsSetOnItsSettingsPage() {
        Workspace acme = signUp("Acme Consulting LLC");
        PageSession browser = signIn(acme);
        assertThat(browser.get("/settings/late-fees").getResponseBody()).contains("Late-fee policy");

        browser.submit("/settings/late-fees", Map.of("kind", "FLAT", "amount", "25", "percent", "", "graceDays", "5",
                "cap", ""));

        http.get().uri("/api/v1/workspace/late-fee-policy").headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.kind").isEqualTo("FLAT").jsonPath("$.graceDays").isEqualTo(5);
        String refused = browser.submit("/settings/late-fees", Map.of("kind", "FLAT", "amount", "", "percent", "",
                "graceDays", "5", "cap", "300")).getResponseBody();
        assertThat(refused).contains("Enter a flat fee of more than 0", "value=\"300.00\"");
        String garbage = browser.submit("/settings/late-fees", Map.of("kind", "FLAT", "amount", "twenty",
                "percent", "", "graceDays", "five", "cap", "99999999999999")).getResponseBody();
        assertThat(garbage).contains("Enter a whole number", "value=\"twenty\"");
        http.get().uri("/api/v1/workspace/late-fee-policy").headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.amount").isEqualTo("25.00");
    }

    @Test
    void aLateFeeCapBeyondAnyRealFeeIsRefusedNextToTheField() {
        Workspace acme = signUp("Acme Consulting LLC");
        PageSession browser = signIn(acme);
        browser.get("/settings/late-fees");

        String refused = browser.submit("/settings/late-fees", Map.of("kind", "FLAT", "amount", "25",
                "percent", "", "graceDays", "5", "cap", "99999999999999")).getResponseBody();

        assertThat(refused).contains("Use a cap of 0 up to 1,000,000,000", "value=\"99999999999999.00\"");
    }
}
