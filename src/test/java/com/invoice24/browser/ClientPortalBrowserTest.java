package com.invoice24.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.fixtures.StripeStub;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Globex's AP clerk follows the link in Acme's invoice email, with no account: reads the invoice as sent, downloads
 * the PDF, confirms receipt, asks for a PO change, promises a date (refused once for a date gone by) and pays
 * online. Acme then finds all of it on the invoice and on the home page.
 */
@SuppressWarnings("unchecked")
class ClientPortalBrowserTest extends BrowserWalk {

    private final StripeStub stripe = StripeStub.running();

    @Test
    void theClerkActsOnTheEmailedInvoiceAndTheProviderSeesEverything() throws Exception {
        setToday("2026-03-02");
        Workspace acme = signUp("Acme Consulting LLC");
        http.put().uri("/api/v1/workspace").headers(acme::authorize)
                .body(Map.of("name", "Acme Consulting LLC", "email", "billing@acme.example")).exchange()
                .expectStatus().isOk();
        String globex = client(acme, "Globex Corporation");
        String invoice = sentInvoice(acme, globex, "12000.00");
        String link = emailedLink(acme, invoice);

        browser.get(link);
        assertThat(text("content")).contains("Globex Corporation", "$12,000.00", "How to pay");
        assertThat(browser.findElements(By.cssSelector("img.portal-page"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("nav, .sidenav"))).isEmpty();
        screenshot("portal-1-invoice-as-sent");
        String pdf = browser.findElement(By.linkText("Download the PDF")).getDomAttribute("href");
        assertThat(download(pdf)).startsWith("%PDF");

        type("received-name", "Pat Lee");
        click("#received button[type=submit]");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("confirmed")));
        assertThat(text("confirmed")).contains("Pat Lee");

        new Select(browser.findElement(By.id("needed-need"))).selectByValue("PO_NUMBER");
        type("needed-message", "Our PO for this work is 4500777, not the one on the invoice.");
        type("needed-name", "Pat Lee");
        click("#needed button[type=submit]");
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("content"), "has been told"));
        screenshot("portal-2-po-change-asked");

        setDate("promise-date", "2026-02-20");
        type("promise-name", "Pat Lee");
        click("#promise button[type=submit]");
        assertThat(browser.findElement(By.id("promise-date")).getDomProperty("validationMessage")).isNotBlank();
        assertThat(browser.findElements(By.id("promised"))).isEmpty();
        screenshot("portal-3-promise-refused");
        setDate("promise-date", "2026-03-27");
        click("#promise button[type=submit]");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("promised")));
        assertThat(text("promised")).contains("Mar 27, 2026");

        click("#pay button[type=submit]");
        waiting.until(ExpectedConditions.urlContains("checkout.stripe.com"));
        String session = StripeStub.sessionIn(browser.getCurrentUrl());
        String intent = StripeStub.newPaymentIntent();
        stripe.settles(intent, "card", 34830);
        String paid = StripeStub.event("checkout.session.completed", session, intent, "paid");
        http.post().uri("/webhooks/stripe").header("Stripe-Signature", StripeStub.signature(paid, time().now()))
                .body(paid).exchange().expectStatus().isOk();
        browser.get(link + "/paid");
        assertThat(text("content")).contains("Thank you");
        browser.get(link);
        assertThat(text("content")).contains("$0.00").doesNotContain("Pay now");
        screenshot("portal-4-paid");

        signIn(acme);
        open("/invoices/" + invoice);
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("content"), "Pat Lee"));
        assertThat(text("content")).contains("Opened in the client portal", "Globex Corporation needs a PO number",
                "4500777", "Mar 27, 2026", "Paid");
        screenshot("portal-5-provider-invoice");
        open("/");
        assertThat(text("content")).contains("From your clients", "Received and in approval queue",
                "Needs a PO number to approve it", "Payment promised for Mar 27, 2026", "1 follow-up due");
        screenshot("portal-6-provider-home");
    }

    private String emailedLink(Workspace workspace, String invoice) {
        List<Map<String, Object>> emails = http.get().uri("/api/v1/emails?invoiceId={id}", invoice)
                .headers(workspace::authorize).exchange().returnResult(List.class).getResponseBody();
        String body = (String) http.get().uri("/api/v1/emails/{id}", emails.get(0).get("id"))
                .headers(workspace::authorize).exchange().returnResult(Map.class).getResponseBody().get("body");
        String link = body.lines().filter(line -> line.contains("/portal/")).findFirst().orElseThrow();
        return "http://localhost:" + port + URI.create(link.strip()).getPath();
    }

    private String download(String path) throws Exception {
        URI address = URI.create("http://localhost:" + port).resolve(path);
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(address).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new String(file.body(), 0, 4, StandardCharsets.ISO_8859_1);
    }
}
