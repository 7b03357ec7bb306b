package com.invoice24.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@SuppressWarnings("unchecked")
class PaymentApiTests extends IntegrationTest {

    @Test
    void oneWireThatPaysThreeInvoicesAndABitMoreLeavesTheRestAsCredit() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).globex().create();
        List<String> invoices = List.of(sent(acme, client, "1000"), sent(acme, client, "2500"), sent(acme, client, "400"));

        pay(acme, Map.of("clientId", client, "amount", "4000.00", "receivedOn", "2026-03-20", "method", "WIRE",
                "reference", "FEDWIRE 20260320-88"))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.allocations.length()").isEqualTo(3)
                .jsonPath("$.unapplied").isEqualTo("100.00");

        invoices.forEach(id -> invoice(acme, id).jsonPath("$.status").isEqualTo("PAID").jsonPath("$.balanceDue")
                .isEqualTo("0.00"));
        http.get().uri("/api/v1/clients/{id}", client).headers(acme::authorize).exchange()
                .expectBody()
                .jsonPath("$.creditBalance").isEqualTo("100.00")
                .jsonPath("$.outstandingBalance").isEqualTo("0.00");
    }

    @Test
    void aPartialPaymentLeavesTheRestDue() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).globex().create();
        String invoice = sent(acme, client, "1000");

        pay(acme, Map.of("clientId", client, "amount", "400.00", "method", "ACH",
                "allocations", List.of(Map.of("invoiceId", invoice, "amount", "400.00")))).expectStatus().isCreated();

        invoice(acme, invoice).jsonPath("$.status").isEqualTo("PARTIALLY_PAID")
                .jsonPath("$.amountPaid").isEqualTo("400.00")
                .jsonPath("$.balanceDue").isEqualTo("600.00");
        http.get().uri("/api/v1/invoices/{id}/activity", invoice).headers(acme::authorize).exchange()
                .expectBody().jsonPath("$[?(@.type == 'payment')]").exists();
    }

    @Test
    void allocationsAboveABalanceOrAboveTheAmountAreRefusedAndNothingIsWritten() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).globex().create();
        String invoice = sent(acme, client, "1000");

        pay(acme, Map.of("clientId", client, "amount", "1500.00", "method", "ACH",
                "allocations", List.of(Map.of("invoiceId", invoice, "amount", "1200.00"))))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("allocations[0].amount");
        pay(acme, Map.of("clientId", client, "amount", "100.00", "method", "ACH",
                "allocations", List.of(Map.of("invoiceId", invoice, "amount", "500.00"))))
                .expectStatus().isEqualTo(422);
        pay(acme, Map.of("clientId", client, "amount", "0.00", "method", "ACH")).expectStatus().isEqualTo(422);
        pay(acme, Map.of("clientId", client, "amount", "-5.00", "method", "ACH")).expectStatus().isEqualTo(422);
        pay(acme, Map.of("clientId", client, "amount", "5.00", "method", "BITCOIN")).expectStatus().isBadRequest();

        invoice(acme, invoice).jsonPath("$.amountPaid").isEqualTo("0.00");
        http.get().uri("/api/v1/payments?clientId={id}", client).headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.total").isEqualTo(0);
    }

    @Test
    void anotherWorkspacesClientOrAnotherClientsInvoiceCannotBePaid() {
        Workspace acme = signUp("Acme Consulting LLC");
        Workspace globex = signUp("Globex Partners");
        String client = clients(acme).globex().create();
        String other = clients(acme).globex().create();
        String invoice = sent(acme, other, "1000");

        pay(globex, Map.of("clientId", client, "amount", "10.00", "method", "ACH")).expectStatus().isNotFound();
        pay(acme, Map.of("clientId", client, "amount", "10.00", "method", "ACH",
                "allocations", List.of(Map.of("invoiceId", invoice, "amount", "10.00"))))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("allocations[0].invoiceId");
    }

    @Test
    void twoPaymentsOnTheSameInvoiceAtTheSameInstantNeverOverApply() throws Exception {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).globex().create();
        String invoice = sent(acme, client, "1000");
        Map<String, Object> fullPayment = Map.of("clientId", client, "amount", "1000.00", "method", "ACH",
                "allocations", List.of(Map.of("invoiceId", invoice, "amount", "1000.00")));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            attempts.add(() -> pay(acme, fullPayment).returnResult(Map.class).getStatus().value());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> attempt : pool.invokeAll(attempts)) {
            statuses.add(attempt.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnlyOnce(201).contains(422);
        invoice(acme, invoice).jsonPath("$.amountPaid").isEqualTo("1000.00");
    }

    @Test
    void aMistakenPaymentIsReversedWithAReasonAndTheInvoiceIsDueAgain() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).globex().create();
        String invoice = sent(acme, client, "1000");
        String payment = id(pay(acme, Map.of("clientId", client, "amount", "1200.00", "method", "CHECK",
                "reference", "Check 1042")));

        reverse(acme, payment, Map.of()).expectStatus().isBadRequest();
        reverse(acme, payment, Map.of("reason", "Check bounced")).expectStatus().isOk()
                .expectBody().jsonPath("$.reversed").isEqualTo(true);
        reverse(acme, payment, Map.of("reason", "again")).expectStatus().isEqualTo(409);

        invoice(acme, invoice).jsonPath("$.status").isEqualTo("SENT").jsonPath("$.balanceDue").isEqualTo("1000.00");
        http.get().uri("/api/v1/clients/{id}", client).headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.creditBalance").isEqualTo("0.00");
    }

    @Test
    void aDepositIsCreditThatLaterInvoicesUseAndTheRestCanBeRefunded() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).globex().create();
        pay(acme, Map.of("clientId", client, "amount", "5000.00", "method", "WIRE", "allocations", List.of()))
                .expectStatus().isCreated().expectBody().jsonPath("$.unapplied").isEqualTo("5000.00");
        String invoice = sent(acme, client, "3000");

        http.post().uri("/api/v1/clients/{id}/credit/apply", client).headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.creditBalance").isEqualTo("2000.00");
        invoice(acme, invoice).jsonPath("$.status").isEqualTo("PAID");

        refund(acme, client, Map.of("amount", "2500.00", "reason", "Engagement ended")).expectStatus().isEqualTo(422);
        refund(acme, client, Map.of("amount", "2000.00", "reason", "Engagement ended")).expectStatus().isOk()
                .expectBody().jsonPath("$.creditBalance").isEqualTo("0.00");
    }

    @Test
    void aBadDebtIsWrittenOffWithAReason() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).globex().create();
        String invoice = sent(acme, client, "1000");
        pay(acme, Map.of("clientId", client, "amount", "200.00", "method", "ACH")).expectStatus().isCreated();

        http.post().uri("/api/v1/invoices/{id}/write-off", invoice).headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", "Client went out of business"))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("WRITTEN_OFF")
                .jsonPath("$.balanceDue").isEqualTo("0.00");
        http.get().uri("/api/v1/clients/{id}", client).headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.outstandingBalance").isEqualTo("0.00");
    }

    @Test
    void randomPaymentsConserveMoneyAndNeverOverApply() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).globex().create();
        List<String> invoices = new ArrayList<>();
        BigDecimal invoiced = BigDecimal.ZERO;
        Random random = new Random(42);
        for (int i = 0; i < 5; i++) {
            int total = 100 + random.nextInt(2000);
            invoices.add(sent(acme, client, String.valueOf(total)));
            invoiced = invoiced.add(BigDecimal.valueOf(total));
        }
        BigDecimal received = BigDecimal.ZERO;
        for (int i = 0; i < 8; i++) {
            BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(150000), 2);
            Map<String, Object> payment = (Map<String, Object>) pay(acme, Map.of("clientId", client,
                    "amount", amount.toPlainString(), "method", "ACH")).expectStatus().isCreated()
                    .returnResult(Map.class).getResponseBody();
            BigDecimal allocated = ((List<Map<String, Object>>) payment.get("allocations")).stream()
                    .map(a -> new BigDecimal((String) a.get("amount"))).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(allocated.add(new BigDecimal((String) payment.get("unapplied")))).isEqualByComparingTo(amount);
            received = received.add(amount);
        }

        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal due = BigDecimal.ZERO;
        for (String invoice : invoices) {
            Map<String, Object> read = (Map<String, Object>) http.get().uri("/api/v1/invoices/{id}", invoice)
                    .headers(acme::authorize).exchange().returnResult(Map.class).getResponseBody();
            BigDecimal amountPaid = new BigDecimal((String) read.get("amountPaid"));
            assertThat(amountPaid).isLessThanOrEqualTo(new BigDecimal((String) read.get("total")));
            paid = paid.add(amountPaid);
            due = due.add(new BigDecimal((String) read.get("balanceDue")));
        }
        Map<String, Object> account = (Map<String, Object>) http.get().uri("/api/v1/clients/{id}", client)
                .headers(acme::authorize).exchange().returnResult(Map.class).getResponseBody();
        assertThat(new BigDecimal((String) account.get("outstandingBalance"))).isEqualByComparingTo(invoiced.subtract(paid));
        assertThat(new BigDecimal((String) account.get("outstandingBalance"))).isEqualByComparingTo(due);
        assertThat(paid.add(new BigDecimal((String) account.get("creditBalance")))).isEqualByComparingTo(received);
    }

    private String sent(Workspace workspace, String client, String total) {
        return invoices(workspace).forClient(client).line("Monthly SEO management – February 2026", "1", total).sent();
    }

    private RestTestClient.BodyContentSpec invoice(Workspace workspace, String id) {
        return http.get().uri("/api/v1/invoices/{id}", id).headers(workspace::authorize).exchange()
                .expectStatus().isOk().expectBody();
    }

    private RestTestClient.ResponseSpec pay(Workspace workspace, Map<String, ?> payment) {
        return http.post().uri("/api/v1/payments").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(payment).exchange();
    }

    private RestTestClient.ResponseSpec reverse(Workspace workspace, String payment, Map<String, ?> body) {
        return http.post().uri("/api/v1/payments/{id}/reverse", payment).headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private RestTestClient.ResponseSpec refund(Workspace workspace, String client, Map<String, ?> body) {
        return http.post().uri("/api/v1/clients/{id}/credit/refund", client).headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private static String id(RestTestClient.ResponseSpec created) {
        return (String) created.expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
    }
}
