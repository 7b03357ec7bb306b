package com.invoice24.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.PageSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaymentPlansTests extends CollectionsTestSupport {

    private static final String PLAN = "/api/v1/invoices/{id}/payment-plan";

    @Test
    void aPlanMustAddUpToTheBalanceWithFutureIncreasingDates() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String invoice = sentInvoice(acme, client(acme));
        setToday("2026-03-10");

        post(acme, PLAN, invoice, Map.of("installments", List.of(installment("2026-04-01", "400.00"),
                installment("2026-05-01", "500.00")))).expectStatus().isEqualTo(422);
        post(acme, PLAN, invoice, Map.of("installments", List.of(installment("2026-03-05", "500.00"),
                installment("2026-05-01", "500.00")))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("installments[0].dueOn");
        post(acme, PLAN, invoice, Map.of("installments", List.of(installment("2026-05-01", "500.00"),
                installment("2026-04-01", "500.00")))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("installments[1].dueOn");
        post(acme, PLAN, invoice, Map.of("installments", List.of())).expectStatus().isBadRequest();
        http.get().uri(PLAN, invoice).headers(acme::authorize).exchange().expectStatus().isNotFound();

        post(acme, PLAN, invoice, Map.of("installments", List.of(installment("2026-04-01", "500.00"),
                installment("2026-05-01", "500.00")))).expectStatus().isCreated();
        http.get().uri(PLAN, invoice).headers(acme::authorize).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.installments.length()").isEqualTo(2)
                .jsonPath("$.installments[0].dueOn").isEqualTo("2026-04-01")
                .jsonPath("$.installments[1].amount").isEqualTo("500.00")
                .jsonPath("$.total").isEqualTo("1000.00");
    }

    @Test
    void eachInstallmentIsRemindedOnceOnItsDateAndTheRegularStepsPause() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String invoice = sentInvoice(acme, client(acme));
        setToday("2026-03-10");
        post(acme, PLAN, invoice, Map.of("installments", List.of(installment("2026-03-20", "500.00"),
                installment("2026-04-20", "500.00")))).expectStatus().isCreated();

        on("2026-03-19");
        assertThat(remindersOf(acme, invoice)).isEmpty();
        on("2026-03-20");
        runJobs();
        assertThat(remindersOf(acme, invoice)).containsExactly("installment-1");
        on("2026-03-29");
        on("2026-04-01");
        on("2026-04-08");
        assertThat(remindersOf(acme, invoice)).containsExactly("installment-1");
        on("2026-04-20");
        runJobs();
        assertThat(remindersOf(acme, invoice)).containsExactly("installment-1", "installment-2");
    }

    @Test
    void aMissedInstallmentShowsOnTheCollectionsPage() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String invoice = sentInvoice(acme, client(acme));
        setToday("2026-03-10");
        post(acme, PLAN, invoice, Map.of("installments", List.of(installment("2026-03-20", "300.00"),
                installment("2026-04-20", "700.00")))).expectStatus().isCreated();
        PageSession browser = signedIn(acme);

        assertThat(browser.get("/collections").getResponseBody()).contains("No missed installments.");

        setToday("2026-03-23");
        http.get().uri(PLAN, invoice).headers(acme::authorize).exchange().expectBody()
                .jsonPath("$.installments[0].missed").isEqualTo(true)
                .jsonPath("$.installments[1].missed").isEqualTo(false);
        String page = browser.get("/collections").getResponseBody();
        assertThat(page).contains("Missed installments", "Mar 20, 2026", "1 of 2", "$300.00")
                .doesNotContain("No missed installments.");
    }

    private static Map<String, String> installment(String dueOn, String amount) {
        return Map.of("dueOn", dueOn, "amount", amount);
    }
}
