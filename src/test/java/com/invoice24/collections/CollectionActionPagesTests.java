package com.invoice24.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.PageSession;
import java.math.BigDecimal;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.util.LinkedMultiValueMap;

class CollectionActionPagesTests extends CollectionsTestSupport {

    @Test
    void aDisputeIsRecordedAndResolvedFromTheInvoicePage() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String invoice = sentInvoice(acme, client(acme));
        PageSession browser = signedIn(acme);
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
        PageSession browser = signedIn(acme);
        browser.get("/invoices/" + invoice);

        browser.submit("/invoices/" + invoice + "/promise", Map.of("promisedDate", "2026-04-10", "note", "AP run"));
        assertThat(browser.get("/invoices/" + invoice).getResponseBody()).contains("Promise recorded");

        browser.submit("/invoices/" + invoice + "/dispute", Map.of("reason", "Hours look high"));
        assertThat(browser.get("/invoices/" + invoice).getResponseBody()).contains("flash error");
    }

    @Test
    void aRefusedActionOnTheInvoicePageShowsItsReasonInItsFormWithWhatWasTyped() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String invoice = sentInvoice(acme, client(acme));
        PageSession browser = signedIn(acme);
        browser.get("/invoices/" + invoice);

        var refused = browser.submit("/invoices/" + invoice + "/dispute", Map.of("reason", "", "resolveBy", "2026-03-20"));
        assertThat(refused.getResponseHeaders().getLocation()).hasPath("/invoices/" + invoice).hasFragment("dispute");
        Element dispute = Jsoup.parse(browser.get("/invoices/" + invoice).getResponseBody()).getElementById("dispute");
        assertThat(dispute.hasClass("has-error")).isTrue();
        assertThat(dispute.selectFirst(".field-error").text()).isNotBlank();
        assertThat(dispute.selectFirst("input[name=resolveBy]").val()).isEqualTo("2026-03-20");

        LinkedMultiValueMap<String, String> plan3 = new LinkedMultiValueMap<>();
        plan3.add("_csrf", dispute.ownerDocument().selectFirst("input[name=_csrf]").val());
        plan3.put("dueOn", List.of("2026-04-15", "", ""));
        plan3.put("amount", List.of("$600", "", ""));
        browser.send(HttpMethod.POST, "/invoices/" + invoice + "/payment-plan", plan3, Set.of());
        Element plan = Jsoup.parse(browser.get("/invoices/" + invoice).getResponseBody()).getElementById("payment-plan");
        assertThat(plan.selectFirst(".field-error").text()).contains("balance due");
        assertThat(plan.selectFirst("input[name=dueOn]").val()).isEqualTo("2026-04-15");
        assertThat(plan.select("input[name=amount]").eachAttr("value")).containsExactly("$600", "", "");

        String later = Jsoup.parse(browser.get("/invoices/" + invoice).getResponseBody()).getElementById("dispute")
                .selectFirst("input[name=resolveBy]").val();
        assertThat(later).as("what was typed shows once, after the refusal").isEmpty();
    }

    @Test
    void aDateTypedWithoutADatePickerIsRefusedOnTheInvoicePageRatherThanWithAnErrorPage() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String invoice = sentInvoice(acme, client(acme));
        PageSession browser = signedIn(acme);
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
        PageSession browser = signedIn(acme);
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
        PageSession browser = signedIn(acme);
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
        PageSession browser = signedIn(acme);
        browser.get("/settings/late-fees");

        String refused = browser.submit("/settings/late-fees", Map.of("kind", "FLAT", "amount", "25",
                "percent", "", "graceDays", "5", "cap", "99999999999999")).getResponseBody();

        assertThat(refused).contains("Use a cap of 0 up to 1,000,000,000", "value=\"99999999999999.00\"");
    }
}
