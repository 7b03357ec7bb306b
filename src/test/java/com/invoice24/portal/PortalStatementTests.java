package com.invoice24.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import com.invoice24.PdfText;
import com.invoice24.fixtures.StripeStub;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Globex's AP clerk opens the statement link Acme sent: every invoice still open, the one due longest ago first,
 * what is owed in all and how late, the credit Globex holds, and how to pay, online for the invoices the clerk ticks;
 * the same statement as a PDF. Acme sends the link with the statement email, or copies one from Globex's page.
 */
@SuppressWarnings("unchecked")
class PortalStatementTests extends IntegrationTest {

    private final StripeStub stripe = StripeStub.running();

    private Workspace acme;
    private String globex;

    @BeforeEach
    void acmeBillsGlobex() {
        setToday("2025-10-01");
        acme = signUp("Acme Consulting LLC");
        http.put().uri("/api/v1/workspace").headers(acme::authorize)
                .body(Map.of("name", "Acme Consulting LLC", "email", "billing@acme.example", "phone", "(518) 555-0100",
                        "paymentInstructions", Map.of("ach", "First Albany Bank, routing 021000021, account 4839")))
                .exchange().expectStatus().isOk();
        globex = clients(acme).globex().create();
    }

    @Test
    void theStatementListsOnlyGlobexsOpenInvoicesOldestDueFirstWithTheTotalAndHowLateItIs() {
        String oldest = sent("Discovery workshop", "4000", "PO-1001");
        setToday("2025-12-01");
        String partlyPaid = sent("Platform retainer – December", "3000", null);
        String paid = sent("Travel", "800", null);
        String voided = sent("Billed twice", "999", null);
        http.post().uri("/api/v1/invoices/{id}/void", voided).headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", "Billed twice")).exchange()
                .expectStatus().isOk();
        invoices(acme).forClient(globex).line("Not sent yet", "1", "555").draft();
        String initech = clients(acme).named("Initech").billingEmail("ap@initech.example").create();
        String initechs = invoices(acme).forClient(initech).line("Audit", "1", "777").sent();
        Workspace umbrella = signUp("Umbrella Advisory");
        invoices(umbrella).forClient(clients(umbrella).globex().create()).line("Other", "1", "666").sent();
        setToday("2026-01-20");
        String newest = sent("Platform retainer – January", "2500", null);
        payments(acme).from(globex, "1800").receivedOn("2026-01-20").allocate(paid, "800")
                .allocate(partlyPaid, "1000").record();

        setToday("2026-02-10");
        Document page = Jsoup.parse(new PageSession(port).getHtml(statementPath()).getResponseBody());

        assertThat(page.select("#open-invoices tbody tr")).extracting(row -> row.select("td").get(0).text())
                .containsExactly(number(oldest), number(partlyPaid), number(newest));
        assertThat(cells(page, oldest)).containsExactly(number(oldest), "PO-1001", "Oct 1, 2025", "Oct 31, 2025",
                "102 days overdue", "$4,000.00", "$4,000.00");
        assertThat(cells(page, partlyPaid)).containsExactly(number(partlyPaid), "—", "Dec 1, 2025", "Dec 31, 2025",
                "Partially paid, 41 days overdue", "$3,000.00", "$2,000.00");
        assertThat(cells(page, newest)).containsExactly(number(newest), "—", "Jan 20, 2026", "Feb 19, 2026",
                "Due in 9 days", "$2,500.00", "$2,500.00");
        assertThat(page.select("#total-due").text()).isEqualTo("$8,500.00");
        assertThat(page.select("#past-due").text()).isEqualTo("$6,000.00");
        assertThat(page.select(".aging-legend li")).extracting(Element::text).containsExactly(
                "Current $2,500.00", "1–30 days $0.00", "31–60 days $2,000.00", "61–90 days $0.00",
                "Over 90 days $4,000.00");
        assertThat(page.select(".aging-bar rect")).extracting(rect -> rect.attr("class") + " " + rect.attr("width"))
                .containsExactly("aging-current 29.41", "aging-days-31-60 23.53", "aging-over-90 47.06");
        assertThat(page.text()).doesNotContain(number(paid), number(voided), number(initechs), "$555.00", "$666.00")
                .contains("First Albany Bank, routing 021000021", "billing@acme.example", "(518) 555-0100");
        assertThat(page.select("#credit")).isEmpty();
    }

    @Test
    void eachInvoiceOpensFromTheStatementAndTheCreditGlobexHoldsIsShown() {
        String invoice = sent("Platform retainer", "1200", null);
        String settled = sent("Workshop", "500", null);
        payments(acme).from(globex, "700").receivedOn("2025-10-01").allocate(settled, "500").record();
        String path = statementPath();
        PageSession clerk = new PageSession(port);

        Document page = Jsoup.parse(clerk.getHtml(path).getResponseBody());
        String link = page.select("#open-invoices a").attr("href");

        assertThat(page.select("#credit").text()).isEqualTo("$200.00");
        assertThat(link).isEqualTo(path + "/invoices/" + invoice);
        assertThat(clerk.getHtml(link).getResponseBody()).contains(number(invoice), "← Statement of account");
    }

    @Test
    void aClientWithNothingOpenIsThanked() {
        String invoice = sent("Platform retainer", "1200", null);
        payments(acme).from(globex, "1200").receivedOn("2025-10-01").allocate(invoice, "1200").record();

        EntityExchangeResult<String> page = new PageSession(port).getHtml(statementPath());

        assertThat(page.getStatus()).isEqualTo(HttpStatus.OK);
        Document html = Jsoup.parse(page.getResponseBody());
        assertThat(html.text()).contains("Nothing is open — thank you");
        assertThat(html.select("#open-invoices, .aging-bar")).isEmpty();
        assertThat(html.select("#total-due").text()).isEqualTo("$0.00");
    }

    @Test
    void theStatementDownloadsAsThePdfAcmeEmailsWithOnlyGlobexsInvoices() {
        String invoice = sent("Platform retainer", "12000", "PO-1001");
        String initech = clients(acme).named("Initech").billingEmail("ap@initech.example").create();
        String initechs = invoices(acme).forClient(initech).line("Audit", "1", "777").sent();
        String path = statementPath();
        PageSession clerk = new PageSession(port);

        assertThat(clerk.getHtml(path).getResponseBody()).contains(path + "/statement.pdf");
        EntityExchangeResult<byte[]> download = http.get().uri(path + "/statement.pdf").exchange()
                .expectStatus().isOk().returnResult(byte[].class);

        assertThat(download.getResponseHeaders().getContentDisposition().getFilename())
                .isEqualTo("Statement-Globex-2025-10-01.pdf");
        assertThat(PdfText.of(download.getResponseBody()).text()).contains("STATEMENT", number(invoice),
                "$12,000.00", "First Albany Bank").doesNotContain(number(initechs), "$777.00");
    }

    @Test
    void anInvoiceLinkOpensNoStatement() {
        String invoice = sent("Platform retainer", "1200", null);
        String invoiceLink = URI.create((String) portal(acme).link("/api/v1/invoices/" + invoice + "/portal-link")
                .get("url")).getPath();

        assertThat(new PageSession(port).get(invoiceLink + "/statement.pdf").getStatus())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theProviderRevokesTheStatementLinksFromTheClientPageAndInvoiceLinksKeepWorking() {
        String invoice = sent("Platform retainer", "1200", null);
        String statement = statementPath();
        String invoiceLink = portal(acme).invoicePath(invoice);
        PageSession owner = signedIn(acme);
        assertThat(owner.getHtml("/clients/" + globex).getResponseBody()).contains("Revoke statement links");

        PageSession.assertRedirectsTo(owner.submitHtml("/clients/" + globex + "/portal-links/revoke", Map.of()),
                "/clients/" + globex);

        assertThat(PageSession.words(owner.getHtml("/clients/" + globex)))
                .contains("1 link to the statement revoked");
        assertThat(new PageSession(port).getHtml(statement).getStatus()).isEqualTo(HttpStatus.GONE);
        assertThat(new PageSession(port).getHtml(invoiceLink).getStatus()).isEqualTo(HttpStatus.OK);
        PageSession.assertRedirectsTo(owner.submitHtml("/clients/" + globex + "/portal-links/revoke", Map.of()),
                "/clients/" + globex);
        assertThat(PageSession.words(owner.getHtml("/clients/" + globex)))
                .contains("No statement link was active; nothing to revoke.");
        Workspace umbrella = signUp("Umbrella Advisory");
        PageSession stranger = signedIn(umbrella);
        stranger.getHtml("/clients");
        assertThat(stranger.submitHtml("/clients/" + globex + "/portal-links/revoke", Map.of()).getStatus())
                .isEqualTo(HttpStatus.NOT_FOUND);
        http.delete().uri("/api/v1/clients/{id}/portal-links", globex).headers(umbrella::authorize).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void anExpiredOrRevokedStatementLinkIsGone() {
        sent("Platform retainer", "1200", null);
        String revoked = statementPath();
        http.delete().uri("/api/v1/clients/{id}/portal-links", globex).headers(acme::authorize).exchange()
                .expectStatus().isNoContent();
        String expired = statementPath();
        time().setNow(time().now().plus(Duration.ofDays(170)));
        String later = statementPath();
        time().setNow(time().now().plus(Duration.ofDays(11)));

        for (String gone : List.of(revoked, revoked + "/statement.pdf", expired, expired + "/statement.pdf")) {
            assertThat(new PageSession(port).getHtml(gone).getStatus()).as(gone).isEqualTo(HttpStatus.GONE);
        }
        assertThat(Jsoup.parse(new PageSession(port).getHtml(expired).getResponseBody()).text())
                .contains("This link has expired", "Ask Acme Consulting LLC for a new link");
        assertThat(new PageSession(port).getHtml(later).getStatus()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theStatementEmailCarriesAWorkingLinkToTheStatement() {
        String invoice = sent("Platform retainer", "1200", null);

        Map<String, Object> emailed = http.post().uri("/api/v1/clients/{id}/statement/email", globex)
                .headers(acme::authorize).exchange().expectStatus().isCreated()
                .returnResult(Map.class).getResponseBody();
        String body = (String) http.get().uri("/api/v1/emails/{id}", emailed.get("emailId")).headers(acme::authorize)
                .exchange().expectStatus().isOk().returnResult(Map.class).getResponseBody().get("body");
        String link = body.lines().filter(line -> line.startsWith("http://localhost:8080/portal/")).findFirst()
                .orElseThrow();

        assertThat(body).contains("See your statement online");
        Document page = Jsoup.parse(new PageSession(port).getHtml(URI.create(link).getPath()).getResponseBody());
        assertThat(page.select("h1").text()).isEqualTo("Statement of account");
        assertThat(page.select("#open-invoices").text()).contains(number(invoice));
    }

    @Test
    void acmeCopiesAStatementLinkFromGlobexsPageAndItWorks() {
        String invoice = sent("Platform retainer", "1200", null);
        PageSession owner = signedIn(acme);

        String clientPage = owner.getHtml("/clients/" + globex).getResponseBody();
        assertThat(clientPage).contains("Copy client portal link", "/clients/" + globex + "/portal-link");
        EntityExchangeResult<String> issued = owner.submitHtml("/clients/" + globex + "/portal-link", Map.of());

        assertThat(issued.getStatus()).isEqualTo(HttpStatus.OK);
        Document page = Jsoup.parse(issued.getResponseBody());
        String link = page.select("#portal-link").val();
        assertThat(page.text()).contains("shown only this once", "Mar 30, 2026");
        assertThat(new PageSession(port).getHtml(URI.create(link).getPath()).getResponseBody())
                .contains(number(invoice), "Statement of account").doesNotContain("this is what your client sees");
        assertThat(Jsoup.parse(owner.getHtml(URI.create(link).getPath()).getResponseBody()).text())
                .contains("this is what your client sees", number(invoice));
    }

    @Test
    void aLinkIsNotIssuedForAnotherWorkspacesClientNorForOneThatDoesNotExist() {
        Workspace umbrella = signUp("Umbrella Advisory");
        String theirs = clients(umbrella).globex().create();
        PageSession owner = signedIn(acme);
        owner.getHtml("/clients/" + globex);

        for (String client : List.of(theirs, UUID.randomUUID().toString())) {
            EntityExchangeResult<String> refused = owner.submitHtml("/clients/" + client + "/portal-link", Map.of());
            assertThat(refused.getStatus()).as(client).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(refused.getResponseBody()).doesNotContain("/portal/");
        }
        assertThat(owner.submitHtml("/clients/not-an-id/portal-link", Map.of()).getStatus())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(jdbc().sql("SELECT count(*) FROM portal_links WHERE workspace_id IN (:ids)")
                .param("ids", List.of(acme.id(), umbrella.id())).query(Long.class).single()).isZero();
    }

    @Test
    void theClerkTicksTwoInvoicesAndPaysTheirBalancesInOneCheckout() {
        String workshop = sent("Discovery workshop", "4000", null);
        String retainer = sent("Platform retainer", "1250.50", null);
        String travel = sent("Travel", "300", null);
        String path = statementPath();
        PageSession clerk = new PageSession(port);
        Document page = Jsoup.parse(clerk.getHtml(path).getResponseBody());
        assertThat(page.select("input[name=invoice]")).extracting(box -> box.val())
                .containsExactlyInAnyOrder(workshop, retainer, travel);

        EntityExchangeResult<String> toStripe = paySelected(clerk, page, path, workshop, retainer);

        assertThat(toStripe.getStatus().is3xxRedirection()).isTrue();
        String session = StripeStub.sessionIn(toStripe.getResponseHeaders().getLocation().toString());
        assertThat(stripe.session(session))
                .containsEntry("line_items[0][price_data][unit_amount]", "400000")
                .containsEntry("line_items[1][price_data][unit_amount]", "125050")
                .doesNotContainKey("line_items[2][price_data][unit_amount]")
                .containsEntry("success_url", "http://localhost:8080" + path + "/paid");
        String intent = StripeStub.newPaymentIntent();
        stripe.settles(intent, "card", 15000);
        String paid = StripeStub.event("checkout.session.completed", session, intent, "paid");
        http.post().uri("/webhooks/stripe").header("Stripe-Signature", StripeStub.signature(paid, time().now()))
                .body(paid).exchange().expectStatus().isOk();
        Document after = Jsoup.parse(clerk.getHtml(path).getResponseBody());
        assertThat(after.select("#open-invoices tbody tr")).extracting(row -> row.select("td").get(0).text())
                .containsExactly(number(travel));
        assertThat(after.select("#total-due").text()).isEqualTo("$300.00");
    }

    @Test
    void payingSelectedWithNothingOrAnotherClientsInvoiceTickedComesBackWithTheReason() {
        sent("Platform retainer", "1200", null);
        String initech = clients(acme).named("Initech").billingEmail("ap@initech.example").create();
        String initechs = invoices(acme).forClient(initech).line("Audit", "1", "777").sent();
        String path = statementPath();
        PageSession clerk = new PageSession(port);

        for (String[] ticked : List.of(new String[0], new String[] {initechs}, new String[] {"not-an-id"})) {
            Document page = Jsoup.parse(clerk.getHtml(path).getResponseBody());
            EntityExchangeResult<String> back = paySelected(clerk, page, path, ticked);
            PageSession.assertRedirectsTo(back, path);
            assertThat(Jsoup.parse(clerk.getHtml(path).getResponseBody()).select("#pay-selected").text())
                    .contains("Tick the invoices you want to pay.");
        }
        assertThat(jdbc().sql("SELECT count(*) FROM online_checkouts WHERE workspace_id = :id")
                .param("id", acme.id()).query(Long.class).single()).isZero();
    }

    @Test
    void aLongStatementsPaySelectedFormWorksFromABrowserThatNeverOpenedThePortal() {
        List<String> open = new ArrayList<>();
        for (int month = 1; month <= 15; month++) {
            open.add(sent("Platform retainer – month " + month, "1000", null));
        }
        String path = statementPath();
        PageSession clerk = new PageSession(port);
        Document page = Jsoup.parse(clerk.getHtml(path).getResponseBody());

        EntityExchangeResult<String> toStripe = paySelected(clerk, page, path, open.get(0));

        assertThat(toStripe.getStatus().is3xxRedirection()).as("not refused for its CSRF token").isTrue();
        assertThat(toStripe.getResponseHeaders().getLocation()).hasHost("checkout.stripe.com");
    }

    @Test
    void anInvoiceLinkCannotPayTheStatement() {
        String invoice = sent("Platform retainer", "1200", null);
        String invoiceLink = URI.create((String) portal(acme).link("/api/v1/invoices/" + invoice + "/portal-link")
                .get("url")).getPath();
        PageSession clerk = new PageSession(port);
        Document page = Jsoup.parse(clerk.getHtml(invoiceLink).getResponseBody());

        assertThat(paySelected(clerk, page, invoiceLink, invoice).getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** Ticks the invoices and presses "Pay selected", as the clerk's browser sends the form. */
    private EntityExchangeResult<String> paySelected(PageSession clerk, Document page, String path,
                                                     String... invoices) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("_csrf", page.select("input[name=_csrf]").val());
        for (String invoice : invoices) {
            form.add("invoice", invoice);
        }
        return clerk.send(HttpMethod.POST, path + "/pay-selected", form, Set.of());
    }

    private String sent(String description, String amount, String po) {
        var invoice = invoices(acme).forClient(globex).paymentTermsDays(30).line(description, "1", amount);
        if (po != null) {
            invoice.with("poNumber", po);
        }
        return invoice.sent();
    }

    private List<String> cells(Document page, String invoice) {
        Element row = page.select("#open-invoices tbody tr").stream()
                .filter(tr -> tr.select("td").get(0).text().equals(number(invoice))).findFirst().orElseThrow();
        return row.select("td").eachText();
    }

    private String statementPath() {
        return URI.create((String) portal(acme).link("/api/v1/clients/" + globex + "/portal-link").get("url")).getPath();
    }

    private String number(String invoice) {
        return (String) http.get().uri("/api/v1/invoices/{id}", invoice).headers(acme::authorize).exchange()
                .returnResult(Map.class).getResponseBody().get("number");
    }
}
