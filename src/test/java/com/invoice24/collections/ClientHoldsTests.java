package com.invoice24.collections;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class ClientHoldsTests extends IntegrationTest {

    @Test
    void aClientGoesOnHoldFourteenDaysPastDueAndComesOffWhenPaid() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String client = clients(acme).globex().create();
        String invoice = invoices(acme).forClient(client).line("Retainer – March 2026", "1", "1000").draft();
        http.post().uri("/api/v1/invoices/{id}/send", invoice).headers(acme::authorize).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.dueDate").isEqualTo("2026-04-01");

        setToday("2026-04-15");
        runJobs();
        onHold(acme, client, false);

        setToday("2026-04-16");
        runJobs();
        onHold(acme, client, true);
        http.get().uri("/api/v1/clients?onHold=true").headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.total").isEqualTo(1);
        PageSession browser = signedIn(acme);
        org.assertj.core.api.Assertions.assertThat(browser.get("/collections").getResponseBody())
                .contains("Clients on hold", "Globex");

        http.post().uri("/api/v1/payments").headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("clientId", client, "amount", "1000.00", "method", "ACH")).exchange()
                .expectStatus().isCreated();
        runJobs();
        onHold(acme, client, false);
        http.get().uri("/api/v1/clients/{id}/holds", client).headers(acme::authorize).exchange()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].onHold").isEqualTo(true)
                .jsonPath("$[0].reason").value(reason -> org.assertj.core.api.Assertions.assertThat((String) reason)
                        .contains("more than 14 days past due"))
                .jsonPath("$[1].onHold").isEqualTo(false);
    }

    @Test
    void aSignedPaymentPlanLiftsTheHold() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String client = clients(acme).globex().create();
        String invoice = invoices(acme).forClient(client).line("Retainer – March 2026", "1", "1000").draft();
        http.post().uri("/api/v1/invoices/{id}/send", invoice).headers(acme::authorize).exchange().expectStatus().isOk();
        setToday("2026-04-20");
        runJobs();
        onHold(acme, client, true);

        http.post().uri("/api/v1/invoices/{id}/payment-plan", invoice).headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("installments", List.of(Map.of("dueOn", "2026-05-01", "amount", "500.00"),
                        Map.of("dueOn", "2026-06-01", "amount", "500.00"))))
                .exchange().expectStatus().isCreated();
        runJobs();

        onHold(acme, client, false);
    }

    @Test
    void theHoldPolicyCanBeChangedWithinSensibleBounds() {
        Workspace acme = signUp("Acme Consulting LLC");

        http.get().uri("/api/v1/workspace/hold-policy").headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.holdAfterDays").isEqualTo(14).jsonPath("$.enabled").isEqualTo(true);
        http.put().uri("/api/v1/workspace/hold-policy").headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("holdAfterDays", 0)).exchange().expectStatus().isBadRequest();
        http.put().uri("/api/v1/workspace/hold-policy").headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("holdAfterDays", 30)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.holdAfterDays").isEqualTo(30);
    }

    private void onHold(Workspace workspace, String client, boolean expected) {
        http.get().uri("/api/v1/clients/{id}", client).headers(workspace::authorize).exchange()
                .expectBody().jsonPath("$.onHold").isEqualTo(expected);
    }
}
