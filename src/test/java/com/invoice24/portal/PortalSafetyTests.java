package com.invoice24.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import com.invoice24.Team;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

/**
 * What keeps the portal safe to leave open to the internet: a link cannot be guessed or scraped (budgets per
 * network address and per link, with the limits IntegrationTest sets: 30 requests a link and 15 links that open
 * nothing an address, every fifteen seconds), the provider can end every link to an invoice at once, and a
 * portal page shows one client's invoice and nothing of the provider's application. Each test asks from addresses
 * of its own (sent as X-Forwarded-For, which Tomcat takes from the local test client as from a trusted proxy), so
 * the budgets it spends are nobody else's.
 */
@SuppressWarnings("unchecked")
class PortalSafetyTests extends IntegrationTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final Pattern NEW_LINK = Pattern.compile("id=\"new-portal-link\"[^>]*value=\"([^\"]+)\"");

    @Autowired
    private DataSource dataSource;

    private Workspace acme;
    private String globex;

    @BeforeEach
    void acmeBillsGlobex() {
        setToday("2026-03-02");
        acme = signUp("Acme Consulting LLC");
        globex = clients(acme).globex().create();
    }

    @Test
    void aLinkAskedForTooOftenIsRefusedPolitelyFromAnyNetworkUntilTheWindowIsOver() {
        String pdf = portal(acme).invoicePath(sentInvoice()) + "/invoice.pdf";
        String office = newAddress();
        String home = newAddress();

        for (int request = 0; request < 30; request++) {
            assertThat(status(pdf, request % 2 == 0 ? office : home)).as("request " + request).isEqualTo(HttpStatus.OK);
        }
        EntityExchangeResult<String> refused = getFrom(pdf, newAddress());

        assertThat(refused.getStatus()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(PageSession.words(refused)).contains("Too many requests", "Wait a minute and try again");
        assertThat(Long.parseLong(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 15L);
    }

    /** Judged on the throttle itself with a one-second window, so the test waits one second, not the suite's 15. */
    @Test
    void aLinkRefusedForAskingTooOftenOpensAgainOnceItsWindowIsOver() {
        PortalThrottle throttle = new PortalThrottle(dataSource, 1000, 2, Duration.ofSeconds(1), 20,
                Duration.ofMinutes(10));
        String token = "link-" + UUID.randomUUID();
        throttle.link(token);
        throttle.link(token);

        assertThatThrownBy(() -> throttle.link(token)).isInstanceOf(PortalThrottled.class);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .ignoreException(PortalThrottled.class).untilAsserted(() -> throttle.link(token));
    }

    /**
     * An address's budget across every link, judged by the throttle itself with a budget of six: the suite's own
     * budget per address is set high, since every other test asks from the same local address.
     */
    @Test
    void oneNetworkIsRefusedAcrossEveryLinkOnEveryInstanceWhileOthersCarryOn() {
        PortalThrottle first = new PortalThrottle(dataSource, 6, 60, Duration.ofMinutes(1), 20, Duration.ofMinutes(10));
        PortalThrottle second = new PortalThrottle(dataSource, 6, 60, Duration.ofMinutes(1), 20, Duration.ofMinutes(10));
        String scraper = newAddress();

        for (int request = 0; request < 3; request++) {
            first.request(scraper);
            second.request(scraper);
        }

        assertThatThrownBy(() -> first.request(scraper)).isInstanceOf(PortalThrottled.class);
        assertThatThrownBy(() -> second.request(scraper)).isInstanceOf(PortalThrottled.class)
                .satisfies(refusal -> assertThat(((PortalThrottled) refusal).retryAfterSeconds()).isBetween(1L, 60L));
        first.request(newAddress());
    }

    @Test
    void guessingLinksIsCutShortAndThenEvenARealLinkIsRefusedSoNoGuessCanBeConfirmed() {
        String real = portal(acme).invoicePath(sentInvoice());
        String guesser = newAddress();
        int budgetsBefore = budgetRows();

        for (int guess = 0; guess < 15; guess++) {
            assertThat(status("/portal/" + guess(guess), guesser)).as("guess " + guess).isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(budgetRows()).as("made-up links count against the address, not each a budget of its own")
                .isEqualTo(budgetsBefore + 2);

        assertThat(status("/portal/" + guess(15), guesser)).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(status(real, guesser)).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(status(real, newAddress())).isEqualTo(HttpStatus.OK);
    }

    @Test
    void thePaymentProvidersWebhooksAreNeverThrottled() {
        String stripe = newAddress();
        for (int request = 0; request < 15; request++) {
            getFrom("/portal/" + guess(request), stripe);
        }
        assertThat(status("/portal/" + guess(15), stripe)).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

        for (int delivery = 0; delivery < 3; delivery++) {
            HttpStatusCode answer = http.post().uri("/webhooks/stripe").header("X-Forwarded-For", stripe)
                    .contentType(MediaType.APPLICATION_JSON).body("{\"id\": \"evt_1\"}")
                    .exchange().returnResult(String.class).getStatus();
            assertThat(answer).isNotEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        }
    }

    @Test
    void theProviderRevokesEveryLinkFromTheInvoicePageAndCopiesAFreshOne() {
        String invoice = sentInvoice();
        String emailed = emailedLink(invoice);
        String copied = portal(acme).invoicePath(invoice);
        PageSession provider = signedIn(acme);

        assertThat(section(provider, invoice)).contains("Client portal", "2 links open it", "Copy a new link",
                "Revoke all links", "The client has not opened it in the portal yet");
        PageSession.assertRedirectsTo(provider.submit("/invoices/" + invoice + "/portal-links/revoke", Map.of()),
                "/invoices/" + invoice);

        assertThat(PageSession.words(provider.getHtml("/invoices/" + invoice))).contains("2 links revoked; the client's old emails "
                + "no longer open the invoice. Copy a new link to send a fresh one.");
        for (String old : List.of(emailed, copied, copied + "/invoice.pdf")) {
            assertThat(new PageSession(port).getHtml(old).getStatus()).as(old).isEqualTo(HttpStatus.GONE);
        }
        assertThat(section(provider, invoice)).contains("No link opens it now").doesNotContain("Revoke all links");

        PageSession.assertRedirectsTo(provider.submit("/invoices/" + invoice + "/portal-link", Map.of()),
                "/invoices/" + invoice);
        assertThat(PageSession.words(provider.getHtml("/invoices/" + invoice))).contains("Copy it now: it is shown only this once.");
        String section = section(provider, invoice);
        Matcher link = NEW_LINK.matcher(section);
        assertThat(link.find()).as("the new link, once").isTrue();
        assertThat(section).contains("readonly", "One link opens it");
        assertThat(section(provider, invoice)).doesNotContain("new-portal-link");

        PageSession clerk = new PageSession(port);
        assertThat(clerk.getHtml(URI.create(link.group(1)).getPath()).getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(section(provider, invoice)).contains("Last opened by the client on");
        assertThat(activity(invoice)).contains("2 links to the client portal revoked");
    }

    @Test
    void anApiClientRevokesEveryLinkAndANewOneStillWorks() {
        String invoice = sentInvoice();
        String old = portal(acme).invoicePath(invoice);

        http.delete().uri("/api/v1/invoices/{id}/portal-links", invoice).headers(acme::authorize).exchange()
                .expectStatus().isNoContent();
        http.delete().uri("/api/v1/invoices/{id}/portal-links", invoice).headers(acme::authorize).exchange()
                .expectStatus().isNoContent();

        assertThat(new PageSession(port).getHtml(old).getStatus()).isEqualTo(HttpStatus.GONE);
        assertThat(new PageSession(port).getHtml(portal(acme).invoicePath(invoice)).getStatus()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void anotherWorkspacesInvoiceIsNotFoundAndItsLinksKeepWorking() {
        Workspace umbrella = signUp("Umbrella Advisory");
        String theirs = invoices(umbrella).forClient(clients(umbrella).globex().create())
                .line("Advisory", "1", "900").sent();
        String theirLink = URI.create((String) http.get().uri("/api/v1/invoices/{id}/portal-link", theirs)
                .headers(umbrella::authorize).exchange().returnResult(Map.class).getResponseBody().get("url")).getPath();
        PageSession provider = signedIn(acme);
        provider.getHtml("/invoices/" + sentInvoice());

        http.delete().uri("/api/v1/invoices/{id}/portal-links", theirs).headers(acme::authorize).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(provider.submit("/invoices/" + theirs + "/portal-links/revoke", Map.of()).getStatus())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(provider.submit("/invoices/" + theirs + "/portal-link", Map.of()).getStatus())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(provider.getHtml("/invoices/" + theirs + "/sections/portal").getStatus())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(new PageSession(port).getHtml(theirLink).getStatus()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aReadOnlyMemberSeesTheBoxButCannotRevokeOrCopy() {
        String invoice = sentInvoice();
        String link = portal(acme).invoicePath(invoice);
        Team.Joined viewer = join(acme, "READ_ONLY");
        PageSession page = signedIn(viewer.email());

        assertThat(section(page, invoice)).contains("Client portal").doesNotContain("Revoke all links",
                "Copy a new link");
        http.delete().uri("/api/v1/invoices/{id}/portal-links", invoice).header(HttpHeaders.AUTHORIZATION,
                bearer(viewer.token())).exchange().expectStatus().isForbidden();
        assertThat(page.submit("/invoices/" + invoice + "/portal-links/revoke", Map.of()).getStatus())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(page.submit("/invoices/" + invoice + "/portal-link", Map.of()).getStatus())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(new PageSession(port).getHtml(link).getStatus()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aDraftHasNoPortalBoxAndAVoidInvoiceCanOnlyHaveItsLinksRevoked() {
        String draft = invoices(acme).forClient(globex).line("Retainer", "1", "5000").draft();
        String voided = sentInvoice();
        http.post().uri("/api/v1/invoices/{id}/void", voided).headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", "Sent to the wrong client"))
                .exchange().expectStatus().isOk();
        PageSession provider = signedIn(acme);

        assertThat(provider.getHtml("/invoices/" + draft).getResponseBody()).doesNotContain("/sections/portal");
        assertThat(section(provider, draft)).doesNotContain("Client portal");
        assertThat(section(provider, voided)).contains("Revoke all links").doesNotContain("Copy a new link");
        provider.submit("/invoices/" + voided + "/portal-link", Map.of());
        assertThat(PageSession.words(provider.getHtml("/invoices/" + voided))).contains("is void; it gets no new link.");
        assertThat(section(provider, voided)).doesNotContain("new-portal-link");
    }

    @Test
    void thePortalShowsOneClientsInvoiceAndNothingOfTheProvidersApplication() {
        String invoice = sentInvoice();
        String initech = clients(acme).named("Initech Holdings").billingEmail("ap@initech.example").create();
        invoices(acme).forClient(initech).line("Audit for Initech Holdings", "1", "900").sent();
        String statement = URI.create((String) http.get().uri("/api/v1/clients/{id}/portal-link", globex)
                .headers(acme::authorize).exchange().returnResult(Map.class).getResponseBody().get("url")).getPath();

        for (String path : List.of(portal(acme).invoicePath(invoice), statement, statement + "/invoices/" + invoice)) {
            for (PageSession visitor : List.of(new PageSession(port), signedIn(acme))) {
                String page = visitor.getHtml(path).getResponseBody();
                assertThat(page).as(path).contains("Globex")
                        .doesNotContain("sidenav", "href=\"/invoices", "href=\"/clients", "/logout", "Sign out",
                                "Initech");
            }
        }
    }

    @Test
    void everyPortalPageIsUnindexedUnframedWithoutReferrerOrScript() {
        String invoice = sentInvoice();
        String revoked = portal(acme).invoicePath(invoice);
        http.delete().uri("/api/v1/invoices/{id}/portal-links", invoice).headers(acme::authorize).exchange()
                .expectStatus().isNoContent();
        String link = portal(acme).invoicePath(invoice);
        String guesser = newAddress();
        for (int guess = 0; guess < 15; guess++) {
            getFrom("/portal/" + guess(guess), guesser);
        }
        String statement = URI.create((String) http.get().uri("/api/v1/clients/{id}/portal-link", globex)
                .headers(acme::authorize).exchange().returnResult(Map.class).getResponseBody().get("url")).getPath();

        for (EntityExchangeResult<String> page : List.of(getFrom(statement, newAddress()),
                getFrom(statement + "/invoices/" + invoice, newAddress()), getFrom(link, newAddress()),
                getFrom(revoked, newAddress()), getFrom("/portal/" + guess(0), newAddress()),
                getFrom("/portal/" + guess(1), guesser))) {
            HttpHeaders headers = page.getResponseHeaders();
            String what = page.getUrl() + " (" + page.getStatus() + ")";
            assertThat(headers.getFirst("Content-Security-Policy")).as(what)
                    .contains("default-src 'none'", "frame-ancestors 'none'").doesNotContain("script-src");
            assertThat(headers.getFirst("X-Robots-Tag")).as(what).contains("noindex");
            assertThat(headers.getFirst("Referrer-Policy")).as(what).isEqualTo("no-referrer");
            assertThat(page.getResponseBody()).as(what).contains("<meta name=\"robots\" content=\"noindex")
                    .doesNotContain("<script");
        }
    }

    private String sentInvoice() {
        return invoices(acme).forClient(globex).line("Platform retainer – March", "1", "12000").sent();
    }

    private String emailedLink(String invoice) {
        List<Map<String, Object>> emails = http.get().uri("/api/v1/emails?invoiceId={id}", invoice)
                .headers(acme::authorize).exchange().returnResult(List.class).getResponseBody();
        String body = (String) http.get().uri("/api/v1/emails/{id}", emails.get(0).get("id")).headers(acme::authorize)
                .exchange().returnResult(Map.class).getResponseBody().get("body");
        return URI.create(body.lines().filter(line -> line.startsWith("http://localhost:8080/portal/")).findFirst()
                .orElseThrow()).getPath();
    }

    private static String section(PageSession provider, String invoice) {
        return String.valueOf(provider.getHtml("/invoices/" + invoice + "/sections/portal").getResponseBody());
    }

    private List<String> activity(String invoice) {
        List<Map<String, Object>> entries = http.get().uri("/api/v1/invoices/{id}/activity", invoice)
                .headers(acme::authorize).exchange().returnResult(List.class).getResponseBody();
        return entries.stream().map(entry -> (String) entry.get("detail")).toList();
    }

    private EntityExchangeResult<String> getFrom(String path, String address) {
        return http.get().uri(path).header("X-Forwarded-For", address).accept(MediaType.TEXT_HTML)
                .exchange().returnResult(String.class);
    }

    private HttpStatusCode status(String path, String address) {
        return getFrom(path, address).getStatus();
    }

    /** A made-up link: the right length and alphabet, issued to nobody. */
    private static String guess(int n) {
        return String.format("%043d", n).replace('0', 'Q');
    }

    private int budgetRows() {
        return jdbc().sql("SELECT count(*) FROM portal_throttle").query(Integer.class).single();
    }

    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.18." + (n / 250) + "." + (n % 250 + 1);
    }
}
