package com.invoice24.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import com.invoice24.fixtures.StripeStub;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

/**
 * The client's clerk pays an invoice from the portal: the balance or part of it, on Stripe's page, and comes back
 * to the portal; the payment is recorded when Stripe's webhook says so.
 */
@SuppressWarnings("unchecked")
class PortalPaymentsTests extends IntegrationTest {

    private final StripeStub stripe = StripeStub.running();

    private Workspace acme;
    private String globex;
    private String invoice;

    @BeforeEach
    void acmeHasSentGlobexAnInvoice() {
        acme = signUp("Acme Consulting LLC");
        globex = clients(acme).globex().create();
        invoice = invoices(acme).forClient(globex).line("Platform retainer – March", "1", "12000").sent();
    }

    @Test
    void theClerkPaysTheBalanceOnStripeAndTheInvoiceIsPaidOnceStripeSaysSo() {
        String path = portal(acme).invoicePath(invoice);
        PageSession clerk = new PageSession(port);
        assertThat(clerk.getHtml(path).getResponseBody()).contains("Pay now", "value=\"12000.00\"");

        EntityExchangeResult<String> toStripe = clerk.submit(path + "/pay", Map.of("amount", ""));

        String session = stripeSession(toStripe);
        Map<String, String> asked = stripe.session(session);
        assertThat(asked).containsEntry("line_items[0][price_data][unit_amount]", "1200000")
                .containsEntry("success_url", "http://localhost:8080" + path + "/paid")
                .containsEntry("cancel_url", "http://localhost:8080" + path + "/payment-cancelled");
        String intent = StripeStub.newPaymentIntent();
        stripe.settles(intent, "card", 34830);
        String paid = StripeStub.event("checkout.session.completed", session, intent, "paid");
        http.post().uri("/webhooks/stripe").header("Stripe-Signature", StripeStub.signature(paid, time().now()))
                .body(paid).exchange().expectStatus().isOk();

        assertThat(PageSession.words(clerk.getHtml(path + "/paid"))).contains("Thank you — your payment is being processed");
        assertThat(invoiceField("status")).isEqualTo("PAID");
        assertThat(clerk.getHtml(path).getResponseBody()).doesNotContain("Pay now");
    }

    @Test
    void theClerkPaysPartOfTheBalanceTypedAsPeopleTypeIt() {
        String path = portal(acme).invoicePath(invoice);
        PageSession clerk = new PageSession(port);
        clerk.getHtml(path);

        String session = stripeSession(clerk.submit(path + "/pay", Map.of("amount", "$4,000.50")));

        assertThat(stripe.session(session)).containsEntry("line_items[0][price_data][unit_amount]", "400050");
    }

    @Test
    void anAmountThatCannotBePaidComesBackToTheInvoiceWithTheReasonAndWhatWasTyped() {
        String path = portal(acme).invoicePath(invoice);
        PageSession clerk = new PageSession(port);
        clerk.getHtml(path);
        Map<String, String> refusals = Map.of(
                "12000.01", "at most $12,000.00",
                "0", "above 0.00",
                "-50", "above 0.00",
                "ten dollars", "as a number",
                "100.005", "dollars and cents",
                "9".repeat(5000), "as a number",
                "0.25", "$0.50 up to");
        long checkoutsBefore = checkouts();

        refusals.forEach((typed, reason) -> {
            EntityExchangeResult<String> back = clerk.submit(path + "/pay", Map.of("amount", typed));
            assertThat(back.getStatus().is3xxRedirection()).as(typed).isTrue();
            assertThat(back.getResponseHeaders().getLocation()).as(typed).hasPath(path);
            String page = clerk.getHtml(path).getResponseBody();
            assertThat(page).as(typed).contains(reason, "value=\"" + typed + "\"");
        });
        assertThat(checkouts()).isEqualTo(checkoutsBefore);
    }

    @Test
    void cancellingOnStripeComesBackToThePortalWithNothingCharged() {
        String path = portal(acme).invoicePath(invoice);

        EntityExchangeResult<String> page = new PageSession(port).getHtml(path + "/payment-cancelled");

        assertThat(PageSession.words(page)).contains("Payment cancelled", "Nothing was charged", "Back to the invoice");
        assertThat(invoiceField("balanceDue")).isEqualTo("12000.00");
    }

    @Test
    void aStatementLinkPaysTheClientsOwnInvoiceButNoOtherClients() {
        String statement = URI.create((String) portal(acme).link("/api/v1/clients/" + globex + "/portal-link").get("url"))
                .getPath();
        String initech = clients(acme).named("Initech").billingEmail("ap@initech.example").create();
        String theirs = invoices(acme).forClient(initech).line("Network audit", "1", "900").sent();
        PageSession clerk = new PageSession(port);
        clerk.getHtml(statement + "/invoices/" + invoice);

        String session = stripeSession(clerk.submit(statement + "/invoices/" + invoice + "/pay",
                Map.of("amount", "500")));
        EntityExchangeResult<String> elsewhere = clerk.submit(statement + "/invoices/" + theirs + "/pay",
                Map.of("amount", "500"));

        assertThat(stripe.session(session)).containsEntry("line_items[0][price_data][unit_amount]", "50000")
                .containsEntry("success_url", "http://localhost:8080" + statement + "/paid");
        assertThat(elsewhere.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static String stripeSession(EntityExchangeResult<String> redirect) {
        assertThat(redirect.getStatus().is3xxRedirection()).as("sent on to Stripe").isTrue();
        URI checkout = redirect.getResponseHeaders().getLocation();
        assertThat(checkout).hasHost("checkout.stripe.com");
        return StripeStub.sessionIn(checkout.toString());
    }

    private long checkouts() {
        return jdbc().sql("SELECT count(*) FROM online_checkouts WHERE workspace_id = :id").param("id", acme.id())
                .query(Long.class).single();
    }

    private Object invoiceField(String field) {
        return http.get().uri("/api/v1/invoices/{id}", invoice).headers(acme::authorize).exchange()
                .returnResult(Map.class).getResponseBody().get(field);
    }
}
