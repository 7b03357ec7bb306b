package com.invoice24.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoice24.IntegrationTest;
import com.invoice24.clients.ClientId;
import com.invoice24.fixtures.StripeStub;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.Money;
import com.invoice24.workspace.WorkspaceId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@SuppressWarnings("unchecked")
class OnlinePaymentTests extends IntegrationTest {

    private static final String COMPLETED = "checkout.session.completed";
    private static final String SUCCEEDED = "checkout.session.async_payment_succeeded";
    private static final String FAILED = "checkout.session.async_payment_failed";

    private final StripeStub stripe = StripeStub.running();

    @Autowired
    private OnlinePayments online;

    @Test
    void aCardPaymentIsRecordedOnceWithItsFeeAndTheClientGetsAReceiptThoughStripeSendsItTwice() {
        Billed globex = billed("1250.00");
        String session = globex.checkout("1250.00");
        String intent = StripeStub.newPaymentIntent();
        stripe.settles(intent, "card", 3655);
        String completed = StripeStub.event(COMPLETED, session, intent, "paid");

        webhook(completed).expectStatus().isOk();
        webhook(completed).expectStatus().isOk();

        List<Map<String, Object>> payments = globex.payments();
        assertThat(payments).hasSize(1);
        assertThat(payments.get(0)).containsEntry("amount", "1250.00").containsEntry("fee", "36.55")
                .containsEntry("method", "CARD").containsEntry("reference", intent).containsEntry("unapplied", "0.00");
        globex.invoice(0).jsonPath("$.status").isEqualTo("PAID");
        Map<String, Object> receipt = globex.receipt();
        assertThat(receipt).containsEntry("to", "ap@globex.example");
        assertThat((String) receipt.get("subject")).startsWith("Payment received by Acme Consulting LLC — $1,250.00");
        assertThat((String) receipt.get("body")).contains("$1,250.00", "Invoice INV-", "the processing fee is ours",
                intent);
    }

    @Test
    void aBankDebitThatClearsBeforeStripeSaysTheCheckoutCompletedIsRecordedOnce() {
        Billed globex = billed("800.00", "450.00");
        String session = globex.checkout("800.00", "200.00");
        String intent = StripeStub.newPaymentIntent();
        stripe.settles(intent, "us_bank_account", 500);

        webhook(StripeStub.event(SUCCEEDED, session, intent, "paid")).expectStatus().isOk();
        webhook(StripeStub.event(COMPLETED, session, intent, "unpaid")).expectStatus().isOk();
        webhook(StripeStub.event(SUCCEEDED, session, intent, "paid")).expectStatus().isOk();

        List<Map<String, Object>> payments = globex.payments();
        assertThat(payments).hasSize(1);
        assertThat(payments.get(0)).containsEntry("amount", "1000.00").containsEntry("fee", "5.00")
                .containsEntry("method", "ACH");
        globex.invoice(0).jsonPath("$.status").isEqualTo("PAID");
        globex.invoice(1).jsonPath("$.balanceDue").isEqualTo("250.00");
    }

    @Test
    void stripeDeliveringTheSamePaymentsEventsAllAtOnceRecordsOnePayment() throws Exception {
        Billed globex = billed("640.00");
        String session = globex.checkout("640.00");
        String intent = StripeStub.newPaymentIntent();
        stripe.settles(intent, "us_bank_account", 500);
        String succeeded = StripeStub.event(SUCCEEDED, session, intent, "paid");
        List<String> deliveries = List.of(succeeded, succeeded, StripeStub.event(SUCCEEDED, session, intent, "paid"),
                StripeStub.event(COMPLETED, session, intent, "unpaid"));

        ExecutorService stripeSends = Executors.newFixedThreadPool(deliveries.size());
        List<Callable<Integer>> sends = deliveries.stream()
                .map(payload -> (Callable<Integer>) () -> webhook(payload).returnResult(String.class).getStatus()
                        .value())
                .toList();
        List<Integer> answers = new ArrayList<>();
        for (Future<Integer> answer : stripeSends.invokeAll(sends)) {
            answers.add(answer.get());
        }
        stripeSends.shutdown();

        assertThat(answers).containsOnly(200);
        assertThat(globex.payments()).hasSize(1);
        globex.invoice(0).jsonPath("$.status").isEqualTo("PAID");
    }

    @Test
    void aBankDebitThatFailsRecordsNothing() {
        Billed globex = billed("800.00");
        String session = globex.checkout("800.00");
        String intent = StripeStub.newPaymentIntent();

        webhook(StripeStub.event(COMPLETED, session, intent, "unpaid")).expectStatus().isOk();
        webhook(StripeStub.event(FAILED, session, intent, "unpaid")).expectStatus().isOk();

        assertThat(globex.payments()).isEmpty();
        globex.invoice(0).jsonPath("$.balanceDue").isEqualTo("800.00");
        assertThat(jdbc().sql("SELECT status FROM online_checkouts WHERE provider_checkout_id = :id")
                .param("id", session).query(String.class).single()).isEqualTo("FAILED");
    }

    @Test
    void whatACheckByTheSameClientPaidMeanwhileIsKeptAsTheirCredit() {
        Billed globex = billed("1000.00");
        String session = globex.checkout("1000.00");
        payments(globex.workspace).from(globex.client, "400.00").method("CHECK")
                .allocate(globex.invoices.get(0), "400.00").record();
        String intent = StripeStub.newPaymentIntent();
        stripe.settles(intent, "card", 2930);

        webhook(StripeStub.event(COMPLETED, session, intent, "paid")).expectStatus().isOk();

        Map<String, Object> paidOnline = globex.payments().stream()
                .filter(payment -> "CARD".equals(payment.get("method"))).findFirst().orElseThrow();
        assertThat(paidOnline).containsEntry("amount", "1000.00").containsEntry("unapplied", "400.00");
        globex.invoice(0).jsonPath("$.status").isEqualTo("PAID");
        http.get().uri("/api/v1/clients/{id}", globex.client).headers(globex.workspace::authorize).exchange()
                .expectBody().jsonPath("$.creditBalance").isEqualTo("400.00");
    }

    @Test
    void aForgedOrGarbledWebhookIsRefusedAndRecordsNothing() {
        Billed globex = billed("300.00");
        String intent = StripeStub.newPaymentIntent();
        stripe.settles(intent, "card", 900);
        String paid = StripeStub.event(COMPLETED, globex.checkout("300.00"), intent, "paid");
        String signature = StripeStub.signature(paid, time().now());

        send(paid, signature.replaceFirst("v1=.", "v1=0")).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        send(paid.replace("\"paid\"", "\"paid\" "), signature).expectStatus().isBadRequest();
        send(paid, null).expectStatus().isBadRequest();
        send(paid, "garbage").expectStatus().isBadRequest();
        send(paid, StripeStub.signature(paid, time().now().minusSeconds(3600))).expectStatus().isBadRequest();
        webhook("{not json").expectStatus().isBadRequest();
        webhook("").expectStatus().isBadRequest();

        assertThat(globex.payments()).isEmpty();
        globex.invoice(0).jsonPath("$.balanceDue").isEqualTo("300.00");
    }

    @Test
    void eventsAboutOtherThingsOrCheckoutsNotOpenedHereAreTakenAndIgnored() {
        webhook(StripeStub.event(COMPLETED, "cs_elsewhere", "pi_elsewhere", "paid")).expectStatus().isOk();
        webhook("""
                {"id":"evt_%s","object":"event","type":"customer.created","data":{"object":{"id":"cus_1",\
                "object":"customer"}}}""".formatted(UUID.randomUUID())).expectStatus().isOk();
    }

    @Test
    void theCheckoutAsksStripeForCardAndBankDebitWithOneLinePerInvoice() {
        Billed globex = billed("1250.00");

        Map<String, String> asked = stripe.session(globex.checkout("1000.00"));

        assertThat(asked).containsEntry("mode", "payment")
                .containsEntry("payment_method_types[0]", "card")
                .containsEntry("payment_method_types[1]", "us_bank_account")
                .containsEntry("line_items[0][price_data][unit_amount]", "100000")
                .containsEntry("line_items[0][price_data][currency]", "usd")
                .containsEntry("customer_email", "ap@globex.example")
                .containsEntry("success_url", "http://localhost/paid")
                .containsKey("client_reference_id");
        assertThat(asked.get("line_items[0][price_data][product_data][name]")).startsWith("Invoice INV-");
    }

    @Test
    void noCheckoutForAnotherWorkspacesInvoiceOrForMoreThanIsDue() {
        Billed acme = billed("500.00");
        Billed initech = billed("900.00");
        String theirs = initech.invoices.get(0);
        String ours = acme.invoices.get(0);

        assertRefused(() -> checkout(acme.workspace, acme.client, Map.of(theirs, "900.00")), "invoice");
        assertRefused(() -> checkout(acme.workspace, initech.client, Map.of(theirs, "900.00")), null);
        assertRefused(() -> checkout(initech.workspace, initech.client, Map.of(ours, "500.00")), "invoice");
        for (String amount : List.of("500.01", "0.00", "-5.00", "0.10")) {
            assertRefused(() -> acme.checkout(amount), "amount");
        }
        assertRefused(() -> checkout(acme.workspace, acme.client, Map.of()), "invoices");
        assertThat(jdbc().sql("SELECT count(*) FROM online_checkouts WHERE workspace_id IN (:ids)")
                .param("ids", List.of(acme.workspace.id(), initech.workspace.id())).query(Long.class).single()).isZero();
    }

    /** A workspace of its own with one client, Globex, and invoices sent to it of these totals. */
    private Billed billed(String... totals) {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).globex().create();
        return new Billed(acme, client, Arrays.stream(totals).map(total -> invoices(acme).forClient(client)
                .line("Monthly SEO management – February 2026", "1", total).sent()).toList());
    }

    private final class Billed {

        final Workspace workspace;
        final String client;
        final List<String> invoices;

        Billed(Workspace workspace, String client, List<String> invoices) {
            this.workspace = workspace;
            this.client = client;
            this.invoices = invoices;
        }

        /** Pays these amounts on the invoices in order, as the portal opens a checkout; the Stripe session's id. */
        String checkout(String... amounts) {
            Map<String, String> parts = new LinkedHashMap<>();
            for (int index = 0; index < amounts.length; index++) {
                parts.put(invoices.get(index), amounts[index]);
            }
            return OnlinePaymentTests.this.checkout(workspace, client, parts);
        }

        RestTestClient.BodyContentSpec invoice(int index) {
            return http.get().uri("/api/v1/invoices/{id}", invoices.get(index)).headers(workspace::authorize).exchange()
                    .expectStatus().isOk().expectBody();
        }

        List<Map<String, Object>> payments() {
            return (List<Map<String, Object>>) http.get().uri("/api/v1/payments?clientId={id}", client)
                    .headers(workspace::authorize).exchange().expectStatus().isOk().returnResult(Map.class)
                    .getResponseBody().get("items");
        }

        Map<String, Object> receipt() {
            List<Map<String, Object>> emails = http.get().uri("/api/v1/emails").headers(workspace::authorize).exchange()
                    .expectStatus().isOk().returnResult(List.class).getResponseBody();
            Map<String, Object> receipt = emails.stream().filter(email -> "RECEIPT".equals(email.get("kind")))
                    .findFirst().orElseThrow(() -> new AssertionError("No receipt among " + emails));
            return http.get().uri("/api/v1/emails/{id}", receipt.get("id")).headers(workspace::authorize).exchange()
                    .expectStatus().isOk().returnResult(Map.class).getResponseBody();
        }
    }

    private static void assertRefused(Runnable checkout, @Nullable String field) {
        assertThatThrownBy(checkout::run).satisfies(refused -> {
            if (field != null) {
                assertThat(refused).isInstanceOf(BusinessRuleException.class);
                assertThat(((BusinessRuleException) refused).problems()).extracting(FieldProblem::field)
                        .contains(field);
            }
        });
    }

    private String checkout(Workspace workspace, String client, Map<String, String> amounts) {
        return StripeStub.sessionIn(online.checkout(new WorkspaceId(workspace.id()),
                new ClientId(UUID.fromString(client)), amounts.entrySet().stream()
                        .map(part -> new OnlinePayments.ToPay(new InvoiceId(UUID.fromString(part.getKey())),
                                Money.usd(part.getValue())))
                        .toList(), "http://localhost/paid", "http://localhost/cancelled"));
    }

    private RestTestClient.ResponseSpec webhook(String payload) {
        return send(payload, StripeStub.signature(payload, time().now()));
    }

    private RestTestClient.ResponseSpec send(String payload, @Nullable String signature) {
        return http.post().uri("/webhooks/stripe")
                .headers(headers -> {
                    if (signature != null) {
                        headers.set("Stripe-Signature", signature);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON).body(payload).exchange();
    }
}
