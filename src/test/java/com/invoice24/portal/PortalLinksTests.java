package com.invoice24.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.workspace.WorkspaceId;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

/**
 * The client's AP clerk follows the link in the invoice email, with no account: the link opens that invoice and
 * nothing else, the first look makes it VIEWED, and a link that was tampered with, revoked or has expired opens a
 * polite page instead.
 */
@SuppressWarnings("unchecked")
class PortalLinksTests extends IntegrationTest {

    @Autowired
    private PortalLinks links;

    private Workspace acme;
    private String globex;

    @BeforeEach
    void acmeHasSentGlobexAnInvoice() {
        setToday("2026-03-02");
        acme = signUp("Acme Consulting LLC");
        http.put().uri("/api/v1/workspace").headers(acme::authorize)
                .body(Map.of("name", "Acme Consulting LLC", "email", "billing@acme.example", "phone", "(518) 555-0100"))
                .exchange().expectStatus().isOk();
        globex = clients(acme).globex().create();
    }

    @Test
    void theClerksFirstLookMakesTheInvoiceViewedAndEachSittingIsOneTimelineEntry() {
        String invoice = invoices(acme).forClient(globex).line("Platform retainer – March", "1", "12000").sent();
        String path = portal(acme).invoicePath(invoice);

        PageSession clerk = new PageSession(port);
        EntityExchangeResult<String> page = clerk.getHtml(path);
        clerk.getHtml(path);

        assertThat(page.getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(page.getResponseBody()).contains(number(invoice), "$12,000.00", "Download the PDF",
                "billing@acme.example", "(518) 555-0100");
        assertThat(invoiceField(invoice, "status")).isEqualTo("VIEWED");
        assertThat(viewedEntries(invoice)).hasSize(1);

        new PageSession(port).getHtml(path);
        assertThat(viewedEntries(invoice)).hasSize(2)
                .allSatisfy(detail -> assertThat(detail).startsWith("Opened in the client portal:"));
    }

    @Test
    void theProvidersOwnPreviewIsNotTheClientViewing() {
        String invoice = invoices(acme).forClient(globex).line("Retainer", "1", "5000").sent();

        EntityExchangeResult<String> page = signedIn(acme).getHtml(portal(acme).invoicePath(invoice));

        assertThat(PageSession.words(page)).contains("this is what your client sees");
        assertThat(invoiceField(invoice, "status")).isEqualTo("SENT");
        assertThat(viewedEntries(invoice)).isEmpty();
    }

    @Test
    void theInvoiceShowsAsSentPageByPageAndItsPdfDownloads() {
        String invoice = invoices(acme).forClient(globex).line("Retainer", "1", "5000").sent();
        String path = portal(acme).invoicePath(invoice);
        PageSession clerk = new PageSession(port);

        assertThat(clerk.getHtml(path).getResponseBody()).contains(path + "/pages/1.png");
        assertThat(clerk.download(path + "/pages/1.png")).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(clerk.download(path + "/invoice.pdf")).startsWith((byte) '%', (byte) 'P', (byte) 'D', (byte) 'F');
        assertThat(clerk.get(path + "/pages/2.png").getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aTamperedOrMadeUpLinkOpensNothingAndSaysWhomToAsk() {
        String invoice = invoices(acme).forClient(globex).line("Retainer", "1", "5000").sent();
        String path = portal(acme).invoicePath(invoice);
        char last = path.charAt(path.length() - 1);
        String tampered = path.substring(0, path.length() - 1) + (last == 'A' ? 'B' : 'A');

        for (String wrong : List.of(tampered, "/portal/abc", "/portal/" + "x".repeat(5000), "/portal/" + "A".repeat(43),
                tampered + "/invoice.pdf", tampered + "/pages/1.png")) {
            EntityExchangeResult<String> page = new PageSession(port).getHtml(wrong);
            assertThat(page.getStatus()).as(wrong).isEqualTo(HttpStatus.NOT_FOUND);
            if (!wrong.endsWith(".pdf") && !wrong.endsWith(".png")) {
                assertThat(PageSession.words(page)).contains("This link does not open anything",
                        "Ask the company that sent you the invoice");
            }
        }
        assertThat(invoiceField(invoice, "status")).isEqualTo("SENT");
    }

    @Test
    void aRevokedLinkIsGoneAndNamesTheProviderToAsk() {
        String invoice = invoices(acme).forClient(globex).line("Retainer", "1", "5000").sent();
        String path = portal(acme).invoicePath(invoice);

        links.revokeInvoiceLinks(new WorkspaceId(acme.id()), new InvoiceId(UUID.fromString(invoice)));

        EntityExchangeResult<String> page = new PageSession(port).getHtml(path);
        assertThat(page.getStatus()).isEqualTo(HttpStatus.GONE);
        assertThat(PageSession.words(page)).contains("This link is no longer active", "Ask Acme Consulting LLC for a new link",
                "billing@acme.example");
        assertThat(new PageSession(port).get(path + "/invoice.pdf").getStatus()).isEqualTo(HttpStatus.GONE);
        assertThat(new PageSession(port).getHtml(portal(acme).invoicePath(invoice)).getStatus()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aLinkExpiresAfterHalfAYear() {
        String invoice = invoices(acme).forClient(globex).line("Retainer", "1", "5000").sent();
        Map<String, Object> link = portal(acme).link("/api/v1/invoices/" + invoice + "/portal-link");
        String path = URI.create((String) link.get("url")).getPath();

        assertThat((String) link.get("expiresAt")).startsWith("2026-08-29");
        time().setNow(time().now().plus(Duration.ofDays(179)));
        assertThat(new PageSession(port).getHtml(path).getStatus()).isEqualTo(HttpStatus.OK);
        time().setNow(time().now().plus(Duration.ofDays(2)));
        EntityExchangeResult<String> page = new PageSession(port).getHtml(path);
        assertThat(page.getStatus()).isEqualTo(HttpStatus.GONE);
        assertThat(PageSession.words(page)).contains("This link has expired", "Ask Acme Consulting LLC for a new link");
    }

    @Test
    void aLinkReachesOnlyTheInvoicesOfItsOwnClient() {
        String ours = invoices(acme).forClient(globex).line("Retainer", "1", "5000").sent();
        String initech = clients(acme).named("Initech").billingEmail("ap@initech.example").create();
        String theirs = invoices(acme).forClient(initech).line("Audit", "1", "900").sent();
        Workspace umbrella = signUp("Umbrella Advisory");
        String elsewhere = invoices(umbrella).forClient(clients(umbrella).globex().create()).line("Other", "1", "1").sent();
        String statement = URI.create((String) portal(acme).link("/api/v1/clients/" + globex + "/portal-link").get("url"))
                .getPath();
        String invoiceLink = portal(acme).invoicePath(ours);
        PageSession clerk = new PageSession(port);

        assertThat(clerk.getHtml(statement + "/invoices/" + ours).getStatus()).isEqualTo(HttpStatus.OK);
        for (String other : List.of(statement + "/invoices/" + theirs, statement + "/invoices/" + elsewhere,
                statement + "/invoices/" + theirs + "/invoice.pdf", invoiceLink + "/invoices/" + theirs,
                statement + "/invoices/" + UUID.randomUUID(), statement + "/invoices/not-an-id")) {
            assertThat(clerk.getHtml(other).getStatus()).as(other).isIn(HttpStatus.NOT_FOUND, HttpStatus.BAD_REQUEST);
        }
        assertThat(clerk.getHtml(statement).getResponseBody()).contains(number(ours)).doesNotContain(number(theirs));
        http.get().uri("/api/v1/invoices/{id}/portal-link", elsewhere).headers(acme::authorize).exchange()
                .expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/api/v1/clients/{id}/portal-link", initech).headers(umbrella::authorize).exchange()
                .expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aDraftHasNoLinkUntilItIsSent() {
        String draft = invoices(acme).forClient(globex).line("Retainer", "1", "5000").draft();

        http.get().uri("/api/v1/invoices/{id}/portal-link", draft).headers(acme::authorize).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void theInvoiceEmailCarriesAWorkingLink() {
        String invoice = invoices(acme).forClient(globex).line("Retainer", "1", "5000").sent();

        String body = emailBodies(invoice).get(0);
        String link = body.lines().filter(line -> line.startsWith("http://localhost:8080/portal/")).findFirst()
                .orElseThrow();

        assertThat(new PageSession(port).getHtml(URI.create(link).getPath()).getResponseBody())
                .contains(number(invoice));
    }

    @Test
    void everyReminderCarriesAWorkingLinkOfItsOwn() {
        String invoice = invoices(acme).forClient(globex).paymentTermsDays(30).line("Retainer", "1", "5000").sent();
        setToday("2026-04-08");
        runJobs();

        String body = emailBodies(invoice).stream().filter(text -> text.contains("past due")).findFirst().orElseThrow();
        String link = body.lines().filter(line -> line.startsWith("http://localhost:8080/portal/")).findFirst()
                .orElseThrow();

        assertThat(body).contains("See the invoice, tell us what you need to approve it, or pay online:");
        assertThat(new PageSession(port).getHtml(URI.create(link).getPath()).getResponseBody())
                .contains(number(invoice));
    }

    @Test
    void portalPagesAreNeverIndexedCachedOrFramedAndRunNoScript() {
        String invoice = invoices(acme).forClient(globex).line("Retainer", "1", "5000").sent();

        HttpHeaders headers = new PageSession(port).getHtml(portal(acme).invoicePath(invoice)).getResponseHeaders();

        assertThat(headers.getFirst("Content-Security-Policy")).contains("default-src 'none'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "script-src");
        assertThat(headers.getFirst("X-Robots-Tag")).contains("noindex");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(headers.getCacheControl()).contains("no-store");
    }

    private List<String> emailBodies(String invoice) {
        List<Map<String, Object>> emails = http.get().uri("/api/v1/emails?invoiceId={id}", invoice)
                .headers(acme::authorize).exchange().expectStatus().isOk()
                .returnResult(List.class).getResponseBody();
        return emails.stream().map(email -> (String) http.get().uri("/api/v1/emails/{id}", email.get("id"))
                .headers(acme::authorize).exchange().returnResult(Map.class).getResponseBody().get("body")).toList();
    }

    private String number(String invoice) {
        return (String) invoiceField(invoice, "number");
    }

    private Object invoiceField(String invoice, String field) {
        return http.get().uri("/api/v1/invoices/{id}", invoice).headers(acme::authorize).exchange()
                .returnResult(Map.class).getResponseBody().get(field);
    }

    private List<String> viewedEntries(String invoice) {
        List<Map<String, Object>> activity = http.get().uri("/api/v1/invoices/{id}/activity", invoice)
                .headers(acme::authorize).exchange().returnResult(List.class).getResponseBody();
        return activity.stream().filter(entry -> "viewed".equals(entry.get("type")))
                .map(entry -> (String) entry.get("detail")).toList();
    }
}
