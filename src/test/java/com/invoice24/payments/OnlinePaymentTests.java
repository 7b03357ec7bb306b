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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@SuppressWarnings("unchecked")
class OnlinePaymentTests extends IntegrationTest {

    private final StripeStub stripe = StripeStub.running();

    @Autowired
    private OnlinePayments online;

    @Test
    void aCardPaymentIsRecordedOnceWithItsFeeAndTheClientGetsAReceiptThoughStripeSendsItTwice() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).globex().create();
        String invoice = sent(acme, client, "1250.00");
        String session = checkout(acme, client, Map.of(invoice, "1250.00"));
        String intent = "pi_" + UUID.randomUUID();
        stripe.settles(intent, "card", 3655);
        String completed = StripeStub.event("evt_" + UUID.randomUUID(), "checkout.session.completed", session,
                intent, "paid");

        webhook(completed).expectStatus().isOk();
        webhook(completed).expectStatus().isOk();

        List<Map<String, Object>> payments = payments(acme, client);
        assertThat(payments).hasSize(1);
        assertThat(payments.get(0)).containsEntry("amount", "1250.00").containsEntry("fee", "36.55")
                .containsEntry("method", "CARD").containsEntry("reference", intent).containsEntry("unapplied", "0.00");
        invoice(acme, invoice).jsonPath("$.status").isEqualTo("PAID");
        Map<String, Object> receipt = receipt(acme);
        assertThat(receipt).containsEntry("to", "ap@globex.example");
        assertThat((String) receipt.get("subject")).startsWith("Payment received by Acme Consulting LLC — $1,250.00");
        assertThat((String) receipt.get("body")).contains("$1,250.00", "Invoice INV-", "the processing fee is ours",
                intent);
    }

    @Test
    void aBankDebitThatClearsBeforeStripeSaysTheCheckoutCompletedIsRecordedOnce() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).globex().create();
        String first = sent(acme, client, "800.00");
        String second = sent(acme, client, "450.00");
        String session = checkout(acme, client, Map.of(first, "800.00", second, "200.00"));
        String intent = "pi_" + UUID.randomUUID();
        stripe.settles(intent, "us_bank_account", 500);

        webhook(StripeStub.event("evt_" + UUID.randomUUID(), "checkout.session.async_payment_succeeded", session,
                intent, "paid")).expectStatus().isOk();
        webhook(StripeStub.event("evt_" + UUID.randomUUID(), "checkout.session.completed", session, intent,
                "unpaid")).expectStatus().isOk();
        webhook(StripeStub.event("evt_" + UUID.randomUUID(), "checkout.session.async_payment_succeeded", session,
                intent, "paid")).expectStatus().isOk();

        List<Map<String, Object>> payments = payments(acme, client);
        assertThat(payments).hasSize(1);
        assertThat(payments.get(0)).containsEntry("amount", "1000.00").containsEntry("fee", "5.00")
                .containsEntry("method", "ACH");
        invoice(acme, first).jsonPath("$.status").isEqualTo("PAID");
        invoice(acme, second).jsonPath("$.balanceDue").isEqualTo("250.00");
    }

    @Test
    void aBankDebitThatFailsRecordsNothing() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).globex().create();
        String invoice = sent(acme, client, "800.00");
        String session = checkout(acme, client, Map.of(invoice, "800.00"));
        String intent = "pi_" + UUID.randomUUID();

        webhook(StripeStub.event("evt_" + UUID.randomUUID(), "checkout.session.completed", session, intent,
                "unpaid")).expectStatus().isOk();
        webhook(StripeStub.event("evt_" + UUID.randomUUID(), "checkout.session.async_payment_failed", session,
                intent, "unpaid")).expectStatus().isOk();

        assertThat(payments(acme, client)).isEmpty();
        invoice(acme, invoice).jsonPath("$.balanceDue").isEqualTo("800.00");
        assertThat(jdbc().sql("SELECT status FROM online_checkouts WHERE provider_checkout_id = :id")
                .param("id", session).query(String.class).single()).isEqualTo("FAILED");
    }

    @Test
    void whatACheckByTheSameClientPaidMeanwhileIsKeptAsTheirCredit() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).globex().create();
        String invoice = sent(acme, client, "1000.00");
        String session = checkout(acme, client, Map.of(invoice, "1000.00"));
        payments(acme).from(client, "400.00").method("CHECK").allocate(invoice, "400.00").record();
        String intent = "pi_" + UUID.randomUUID();
        stripe.settles(intent, "card", 2930);

        webhook(StripeStub.event("evt_" + UUID.randomUUID(), "checkout.session.completed", session, intent, "paid"))
                .expectStatus().isOk();

        Map<String, Object> online = payments(acme, client).stream()
                .filter(payment -> "CARD".equals(payment.get("method"))).findFirst().orElseThrow();
        assertThat(online).containsEntry("amount", "1000.00").containsEntry("unapplied", "400.00");
        invoice(acme, invoice).jsonPath("$.status").isEqualTo("PAID");
        http.get().uri("/api/v1/clients/{id}", client).headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.creditBalance").isEqualTo("400.00");
    }

    @Test
    void aForgedOrGarbledWebhookIsRefusedAndRecordsNothing() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).globex().create();
        String invoice = sent(acme, client, "300.00");
        String session = checkout(acme, client, Map.of(invoice, "300.00"));
        String intent = "pi_" + UUID.randomUUID();
        stripe.settles(intent, "card", 900);
        String paid = StripeStub.event("evt_" + UUID.randomUUID(), "checkout.session.completed", session, intent,
                "paid");
        String signature = StripeStub.signature(paid, time().now());

        send(paid, signature.replaceFirst("v1=.", "v1=0")).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        send(paid.replace("\"paid\"", "\"paid\" "), signature).expectStatus().isBadRequest();
        send(paid, null).expectStatus().isBadRequest();
        send(paid, "garbage").expectStatus().isBadRequest();
        send(paid, StripeStub.signature(paid, time().now().minusSeconds(3600))).expectStatus().isBadRequest();
        webhook("{not json").expectStatus().isBadRequest();
        webhook("").expectStatus().isBadRequest();

        assertThat(payments(acme, client)).isEmpty();
        invoice(acme, invoice).jsonPath("$.balanceDue").isEqualTo("300.00");
    }

    @Test
    void eventsAboutOtherThingsOrCheckoutsNotOpenedHereAreTakenAndIgnored() {
        webhook(StripeStub.event("evt_" + UUID.randomUUID(), "checkout.session.completed", "cs_elsewhere",
                "pi_elsewhere", "paid")).expectStatus().isOk();
        webhook("""
                {"id":"evt_%s","object":"event","type":"customer.created","data":{"object":{"id":"cus_1",\
                "object":"customer"}}}""".formatted(UUID.randomUUID())).expectStatus().isOk();
    }

    @Test
    void theCheckoutAsksStripeForCardAndBankDebitWithOneLinePerInvoice() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).globex().create();
        String invoice = sent(acme, client, "1250.00");

        Map<String, String> asked = stripe.session(checkout(acme, client, Map.of(invoice, "1000.00")));

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
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).globex().create();
        String invoice = sent(acme, client, "500.00");
        Workspace other = signUp("Initech Services");
        String theirClient = clients(other).globex().create();
        String theirInvoice = sent(other, theirClient, "900.00");

        assertRefused(() -> checkout(acme, client, Map.of(theirInvoice, "900.00")), "invoice");
        assertRefused(() -> checkout(acme, theirClient, Map.of(theirInvoice, "900.00")), null);
        assertRefused(() -> checkout(other, theirClient, Map.of(invoice, "500.00")), "invoice");
        assertRefused(() -> checkout(acme, client, Map.of(invoice, "500.01")), "amount");
        assertRefused(() -> checkout(acme, client, Map.of(invoice, "0.00")), "amount");
        assertRefused(() -> checkout(acme, client, Map.of(invoice, "-5.00")), "amount");
        assertRefused(() -> checkout(acme, client, Map.of(invoice, "0.10")), "amount");
        assertRefused(() -> checkout(acme, client, Map.of()), "invoices");
        assertThat(jdbc().sql("SELECT count(*) FROM online_checkouts WHERE workspace_id IN (:ids)")
                .param("ids", List.of(acme.id(), other.id())).query(Long.class).single()).isZero();
    }

    private void assertRefused(Runnable checkout, String field) {
        assertThatThrownBy(checkout::run).satisfies(refused -> {
            if (field != null) {
                assertThat(refused).isInstanceOf(BusinessRuleException.class);
                assertThat(((BusinessRuleException) refused).problems()).extracting(FieldProblem::field)
                        .contains(field);
            }
        });
    }

    /** Opens a checkout as the portal does; the Stripe session's id. */
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

    private RestTestClient.ResponseSpec send(String payload, String signature) {
        return http.post().uri("/webhooks/stripe")
                .headers(headers -> {
                    if (signature != null) {
                        headers.set("Stripe-Signature", signature);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON).body(payload).exchange();
    }

    private String sent(Workspace workspace, String client, String total) {
        return invoices(workspace).forClient(client).line("Monthly SEO management – February 2026", "1", total).sent();
    }

    private RestTestClient.BodyContentSpec invoice(Workspace workspace, String id) {
        return http.get().uri("/api/v1/invoices/{id}", id).headers(workspace::authorize).exchange()
                .expectStatus().isOk().expectBody();
    }

    private List<Map<String, Object>> payments(Workspace workspace, String client) {
        return (List<Map<String, Object>>) http.get().uri("/api/v1/payments?clientId={id}", client)
                .headers(workspace::authorize).exchange().expectStatus().isOk().returnResult(Map.class)
                .getResponseBody().get("items");
    }

    private Map<String, Object> receipt(Workspace workspace) {
        List<Map<String, Object>> emails = http.get().uri("/api/v1/emails").headers(workspace::authorize).exchange()
                .expectStatus().isOk().returnResult(List.class).getResponseBody();
        Map<String, Object> receipt = emails.stream().filter(email -> "RECEIPT".equals(email.get("kind")))
                .findFirst().orElseThrow(() -> new AssertionError("No receipt among " + emails));
        return http.get().uri("/api/v1/emails/{id}", receipt.get("id")).headers(workspace::authorize).exchange()
                .expectStatus().isOk().returnResult(Map.class).getResponseBody();
    }
}
