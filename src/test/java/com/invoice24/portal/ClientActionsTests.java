package com.invoice24.portal;

import static com.invoice24.PageSession.assertRedirectsTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.workspace.WorkspaceId;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

/**
 * The client's AP clerk answers from the invoice page: received and in the approval queue, what they need to approve
 * it, a dispute, a payment date. Each lands on the invoice's timeline and in an email to the provider; what the page
 * refuses is said in its form with what was typed, and nothing is written.
 */
@SuppressWarnings("unchecked")
class ClientActionsTests extends IntegrationTest {

    @Autowired
    private PortalLinks links;

    private Workspace acme;
    private String globex;

    @BeforeEach
    void acmeHasAClientCalledGlobex() {
        setToday("2026-03-02");
        acme = signUp("Acme Consulting LLC");
        http.put().uri("/api/v1/workspace").headers(acme::authorize)
                .body(Map.of("name", "Acme Consulting LLC", "email", "billing@acme.example"))
                .exchange().expectStatus().isOk();
        globex = clients(acme).globex().create();
    }

    @Test
    void theClerkConfirmsReceiptOnceAndAcmeIsTold() {
        String invoice = sentInvoice();
        String path = portal(acme).invoicePath(invoice);
        PageSession clerk = clerkOn(path);

        assertRedirectsTo(clerk.submitHtml(path + "/received", Map.of("name", "Pat Lee")), path);
        EntityExchangeResult<String> page = clerk.getHtml(path);
        assertThat(PageSession.words(page)).contains("Thank you — Acme Consulting LLC has been told.",
                "Confirmed received by Pat Lee on Mar 2");
        assertThat(Jsoup.parse(page.getResponseBody()).getElementById("received")).isNull();

        PageSession colleague = clerkOn(path);
        clerk.getHtml(path);
        assertRedirectsTo(colleague.submitHtml(path + "/received", Map.of("name", "Sam Ortiz")), path);
        assertThat(timeline(invoice, "receipt_confirmed"))
                .containsExactly("Received and in approval queue — confirmed by Pat Lee in the client portal");
        assertThat(noticesOf(invoice)).singleElement().satisfies(email -> {
            assertThat(email.get("to")).isEqualTo("billing@acme.example");
            assertThat((String) email.get("subject"))
                    .isEqualTo("Globex received invoice " + number(invoice)
                            + " and put it in their approval queue");
            assertThat(body(email)).contains("Pat Lee at Globex confirmed in the client portal",
                    "See the invoice: http://localhost:8080/invoices/" + invoice);
        });
    }

    @Test
    void theClerkSaysWhatTheyNeedToApproveIt() {
        String invoice = sentInvoice();
        String path = portal(acme).invoicePath(invoice);
        PageSession clerk = clerkOn(path);

        assertRedirectsTo(clerk.submitHtml(path + "/needed", Map.of("need", "PO_NUMBER", "message", "",
                "name", "Pat Lee")), path);
        clerk.getHtml(path);
        assertRedirectsTo(clerk.submitHtml(path + "/needed", Map.of("need", "OTHER",
                "message", "Our supplier number on the invoice, please", "name", "Pat Lee")), path);

        assertThat(timeline(invoice, "approval_info_requested")).containsExactly(
                "Needs a PO number to approve it — asked by Pat Lee in the client portal",
                "Needs something else to approve it — asked by Pat Lee in the client portal: Our supplier number on "
                        + "the invoice, please");
        assertThat(noticesOf(invoice)).extracting(email -> (String) email.get("subject")).containsExactly(
                "Globex needs a PO number to approve invoice " + number(invoice),
                "Globex needs something else to approve invoice " + number(invoice));
        assertThat(body(noticesOf(invoice).get(1))).contains("Our supplier number on the invoice, please");
    }

    @Test
    void aDisputeFromAStatementLinkPausesTheRemindersAndASecondOneIsRefused() {
        String invoice = invoices(acme).forClient(globex).paymentTermsDays(30).line("Retainer", "1", "5000").sent();
        String path = statementPath() + "/invoices/" + invoice;
        PageSession clerk = clerkOn(path);

        assertRedirectsTo(clerk.submitHtml(path + "/dispute", Map.of("reason", "Line 2 bills hours we did not approve",
                "name", "Pat Lee")), path);
        assertThat(PageSession.words(clerk.getHtml(path))).contains("Thank you — Acme Consulting LLC has been told.",
                "Line 2 bills hours we did not approve. Acme Consulting LLC is looking into it.");
        assertThat(refused(clerk, path, "dispute", Map.of("reason", "Still wrong", "name", "Sam Ortiz")).text())
                .isEqualTo("This invoice is already disputed and being looked into.");
        assertThat(timeline(invoice, "client_disputed")).singleElement().asString()
                .startsWith("Disputed by Pat Lee in the client portal: Line 2 bills hours we did not approve");
        assertThat(invoiceField(invoice, "status")).isEqualTo("DISPUTED");
        assertThat(noticesOf(invoice)).singleElement().satisfies(email -> assertThat(body(email))
                .contains("Pat Lee at Globex disputed invoice", "Its reminders are paused"));

        setToday("2026-04-15");
        runJobs();
        assertThat(emailSubjects(invoice)).noneMatch(subject -> subject.contains("past due"));
    }

    @Test
    void aSecondDisputeWhileOneIsOpenIsAFormMessage() {
        String invoice = sentInvoice();
        String path = portal(acme).invoicePath(invoice);
        PageSession clerk = clerkOn(path);
        http.post().uri("/api/v1/invoices/{id}/dispute", invoice).headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reason", "Client called about the hours", "resolveBy", "2026-03-20"))
                .exchange().expectStatus().is2xxSuccessful();

        Element form = refused(clerk, path, "dispute", Map.of("reason", "Hours", "name", "Pat Lee"));

        assertThat(form.text()).isEqualTo("This invoice is already disputed and being looked into.");
        assertThat(timeline(invoice, "client_disputed")).isEmpty();
        assertThat(noticesOf(invoice)).isEmpty();
    }

    @Test
    void theClerkPromisesAPaymentDate() {
        String invoice = sentInvoice();
        String path = portal(acme).invoicePath(invoice);
        PageSession clerk = clerkOn(path);

        assertRedirectsTo(clerk.submitHtml(path + "/promise", Map.of("promisedDate", "2026-03-20", "name", "Pat Lee")),
                path);

        assertThat(PageSession.words(clerk.getHtml(path))).contains("Payment promised for Mar 20, 2026");
        assertThat(timeline(invoice, "client_promised"))
                .containsExactly("Payment promised for Mar 20, 2026 by Pat Lee in the client portal");
        assertThat(noticesOf(invoice)).singleElement().satisfies(email -> assertThat((String) email.get("subject"))
                .isEqualTo("Globex promised to pay invoice " + number(invoice) + " by Mar 20, 2026"));
    }

    @Test
    void emptyGarbageHugeAndPastAnswersAreFormMessagesAndWriteNothing() {
        String invoice = sentInvoice();
        String path = portal(acme).invoicePath(invoice);
        PageSession clerk = clerkOn(path);
        String huge = "9".repeat(5000);

        assertThat(refused(clerk, path, "received", Map.of("name", "")).text()).contains("Enter your name");
        assertThat(refused(clerk, path, "received", Map.of("name", huge)).text()).contains("Keep your name to 100");
        assertThat(refused(clerk, path, "needed", Map.of("need", "A_PONY", "name", "Pat Lee")).text())
                .contains("Choose what you need");
        Element other = refused(clerk, path, "needed", Map.of("need", "OTHER", "message", " ", "name", "Pat Lee"));
        assertThat(other.text()).contains("Say what you need");
        assertThat(other.selectFirst("option[selected]").val()).isEqualTo("OTHER");
        assertThat(other.getElementById("needed-name").val()).isEqualTo("Pat Lee");
        assertThat(refused(clerk, path, "needed", Map.of("need", "OTHER", "message", huge, "name", "Pat Lee")).text())
                .contains("Keep the message to 2000");
        Element dispute = refused(clerk, path, "dispute", Map.of("reason", "", "name", "Pat Lee"));
        assertThat(dispute.text()).contains("Say what is wrong with the invoice");
        assertThat(dispute.getElementById("dispute-name").val()).isEqualTo("Pat Lee");
        Element past = refused(clerk, path, "promise", Map.of("promisedDate", "2026-03-01", "name", "Pat Lee"));
        assertThat(past.text()).contains("Choose today or a later date");
        assertThat(past.getElementById("promise-date").val()).isEqualTo("2026-03-01");
        assertThat(refused(clerk, path, "promise", Map.of("promisedDate", "2027-03-03", "name", "Pat Lee")).text())
                .contains("Choose a date within a year");
        assertThat(refused(clerk, path, "promise", Map.of("promisedDate", "next friday", "name", "Pat Lee")).text())
                .contains("Enter the date you will pay by");
        assertThat(refused(clerk, path, "received", Map.of("name", "\u0000\u0007")).text()).contains("Enter your name");

        assertThat(clientEntries(invoice)).isEmpty();
        assertThat(noticesOf(invoice)).isEmpty();
        assertThat(invoiceField(invoice, "status")).isEqualTo("VIEWED");
    }

    @Test
    void aPaidInvoiceHasNothingToConfirmDisputeOrPromise() {
        String invoice = sentInvoice();
        String path = portal(acme).invoicePath(invoice);
        PageSession clerk = clerkOn(path);
        payments(acme).from(globex, "5000.00").allocate(invoice, "5000.00").record();

        EntityExchangeResult<String> page = clerk.getHtml(path);
        assertThat(PageSession.words(page)).contains("This invoice is paid; nothing to do here.");
        assertThat(Jsoup.parse(page.getResponseBody()).getElementById("received")).isNull();

        for (Map.Entry<String, Map<String, String>> action : Map.of(
                "received", Map.of("name", "Pat Lee"),
                "needed", Map.of("need", "PO_NUMBER", "name", "Pat Lee"),
                "dispute", Map.of("reason", "Hours", "name", "Pat Lee"),
                "promise", Map.of("promisedDate", "2026-03-20", "name", "Pat Lee")).entrySet()) {
            EntityExchangeResult<String> refused = clerk.submitHtml(path + "/" + action.getKey(), action.getValue());
            assertThat(refused.getResponseHeaders().getLocation()).hasPath(path);
            assertThat(PageSession.words(clerk.getHtml(path))).as(action.getKey()).contains("This invoice is paid;");
        }
        assertThat(clientEntries(invoice)).isEmpty();
        assertThat(noticesOf(invoice)).isEmpty();
    }

    @Test
    void aVoidedInvoiceHasNothingToConfirm() {
        String invoice = sentInvoice();
        String path = portal(acme).invoicePath(invoice);
        PageSession clerk = clerkOn(path);
        http.post().uri("/api/v1/invoices/{id}/void", invoice).headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", "Sent twice"))
                .exchange().expectStatus().isOk();

        clerk.submitHtml(path + "/received", Map.of("name", "Pat Lee"));

        assertThat(PageSession.words(clerk.getHtml(path))).contains("This invoice was voided; nothing to confirm.");
        assertThat(clientEntries(invoice)).isEmpty();
    }

    @Test
    void aStatementLinkCannotActOnAnotherClientsInvoiceNorAnInvoiceLinkOnAnotherInvoice() {
        String ours = sentInvoice();
        String initech = clients(acme).named("Initech").billingEmail("ap@initech.example").create();
        String theirs = invoices(acme).forClient(initech).line("Audit", "1", "900").sent();
        String statement = statementPath();
        PageSession clerk = new PageSession(port);
        clerk.getHtml(statement + "/invoices/" + ours);

        for (String wrong : List.of(statement + "/invoices/" + theirs, portal(acme).invoicePath(ours) + "/invoices/" + theirs,
                statement + "/invoices/" + UUID.randomUUID())) {
            assertThat(clerk.submitHtml(wrong + "/received", Map.of("name", "Pat Lee")).getStatus()).as(wrong)
                    .isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(clerk.submitHtml(wrong + "/dispute", Map.of("reason", "Hours", "name", "Pat Lee")).getStatus())
                    .as(wrong).isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(clientEntries(theirs)).isEmpty();
        assertThat(invoiceField(theirs, "status")).isEqualTo("SENT");
    }

    @Test
    void aRevokedLinkCannotAct() {
        String invoice = sentInvoice();
        String path = portal(acme).invoicePath(invoice);
        PageSession clerk = clerkOn(path);

        links.revokeInvoiceLinks(new WorkspaceId(acme.id()), new InvoiceId(UUID.fromString(invoice)));

        assertThat(clerk.submitHtml(path + "/received", Map.of("name", "Pat Lee")).getStatus())
                .isEqualTo(HttpStatus.GONE);
        assertThat(clerk.submitHtml(path + "/promise", Map.of("promisedDate", "2026-03-20", "name", "Pat Lee"))
                .getStatus()).isEqualTo(HttpStatus.GONE);
        assertThat(clientEntries(invoice)).isEmpty();
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        String invoice = sentInvoice();

        assertThat(new PageSession(port).submitHtml(portal(acme).invoicePath(invoice) + "/received", Map.of("name", "Pat Lee"))
                .getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(clientEntries(invoice)).isEmpty();
    }

    @Test
    void theProviderPreviewingThePageCannotAnswerForTheClient() {
        String invoice = sentInvoice();
        String path = portal(acme).invoicePath(invoice);
        PageSession owner = signedIn(acme);

        assertThat(Jsoup.parse(owner.getHtml(path).getResponseBody()).getElementById("received")).isNull();
        owner.get("/invoices/" + invoice);
        owner.submitHtml(path + "/received", Map.of("name", "Dana Whitfield"));

        assertThat(PageSession.words(owner.getHtml(path))).contains("only your client can answer here");
        assertThat(clientEntries(invoice)).isEmpty();
    }

    @Test
    void withoutAWorkspaceEmailTheOwnerIsTold() {
        Workspace umbrella = signUp("Umbrella Advisory");
        String client = clients(umbrella).globex().create();
        String invoice = invoices(umbrella).forClient(client).line("Retainer", "1", "5000").sent();
        String path = URI.create((String) http.get().uri("/api/v1/invoices/{id}/portal-link", invoice)
                .headers(umbrella::authorize).exchange().returnResult(Map.class).getResponseBody().get("url")).getPath();
        PageSession clerk = clerkOn(path);

        clerk.submitHtml(path + "/received", Map.of("name", "Pat Lee"));

        List<Map<String, Object>> emails = http.get().uri("/api/v1/emails?invoiceId={id}", invoice)
                .headers(umbrella::authorize).exchange().returnResult(List.class).getResponseBody();
        assertThat(emails).filteredOn(email -> "CLIENT_NOTICE".equals(email.get("kind")))
                .singleElement().satisfies(email -> assertThat(email.get("to")).isEqualTo(umbrella.ownerEmail()));
    }

    @Test
    void theProviderSeesWhatClientsSaidOnTheHomePageAndTheInvoiceTimeline() {
        String invoice = sentInvoice();
        String path = portal(acme).invoicePath(invoice);
        PageSession clerk = clerkOn(path);
        clerk.submitHtml(path + "/received", Map.of("name", "Pat Lee"));
        clerk.getHtml(path);
        clerk.submitHtml(path + "/promise", Map.of("promisedDate", "2026-03-20", "name", "Pat Lee"));
        PageSession owner = signedIn(acme);

        Element fromClients = Jsoup.parse(owner.get("/").getResponseBody()).getElementById("from-clients");
        assertThat(fromClients.text()).contains(number(invoice) + " · Globex",
                "Received and in approval queue — confirmed by Pat Lee in the client portal",
                "Payment promised for Mar 20, 2026 by Pat Lee in the client portal");
        assertThat(fromClients.select("a").attr("href")).isEqualTo("/invoices/" + invoice);
        assertThat(PageSession.words(owner.get("/invoices/" + invoice))).contains(
                "Received and in approval queue — confirmed by Pat Lee in the client portal",
                "Payment promised for Mar 20, 2026 by Pat Lee in the client portal");
    }

    /** Posts the form and shows the page it returns to; the form of that name, with its message, or null. */
    private static Element refused(PageSession clerk, String path, String form, Map<String, String> fields) {
        EntityExchangeResult<String> answer = clerk.submitHtml(path + "/" + form, fields);
        assertThat(answer.getResponseHeaders().getLocation()).as(form).hasPath(path).hasFragment(form);
        return Jsoup.parse(clerk.getHtml(path).getResponseBody()).getElementById(form);
    }

    /** A clerk who opened the invoice page, as one does before answering: the page gives the form its token. */
    private PageSession clerkOn(String path) {
        PageSession clerk = new PageSession(port);
        clerk.getHtml(path);
        return clerk;
    }

    private String sentInvoice() {
        return invoices(acme).forClient(globex).line("Platform retainer – March", "1", "5000").sent();
    }

    private String statementPath() {
        return URI.create((String) http.get().uri("/api/v1/clients/{id}/portal-link", globex).headers(acme::authorize)
                .exchange().expectStatus().isOk().returnResult(Map.class).getResponseBody().get("url")).getPath();
    }

    private String number(String invoice) {
        return (String) invoiceField(invoice, "number");
    }

    private Object invoiceField(String invoice, String field) {
        return http.get().uri("/api/v1/invoices/{id}", invoice).headers(acme::authorize).exchange()
                .returnResult(Map.class).getResponseBody().get(field);
    }

    private List<String> timeline(String invoice, String type) {
        List<Map<String, Object>> activity = http.get().uri("/api/v1/invoices/{id}/activity", invoice)
                .headers(acme::authorize).exchange().returnResult(List.class).getResponseBody();
        return activity.stream().filter(entry -> type.equals(entry.get("type")))
                .map(entry -> (String) entry.get("detail")).toList();
    }

    private List<String> clientEntries(String invoice) {
        return List.of("receipt_confirmed", "approval_info_requested", "client_disputed", "client_promised").stream()
                .flatMap(type -> timeline(invoice, type).stream()).toList();
    }

    private List<Map<String, Object>> noticesOf(String invoice) {
        return emails(invoice).stream().filter(email -> "CLIENT_NOTICE".equals(email.get("kind"))).toList();
    }

    private List<String> emailSubjects(String invoice) {
        return emails(invoice).stream().map(email -> (String) email.get("subject")).toList();
    }

    private List<Map<String, Object>> emails(String invoice) {
        return http.get().uri("/api/v1/emails?invoiceId={id}", invoice).headers(acme::authorize).exchange()
                .expectStatus().isOk().returnResult(List.class).getResponseBody();
    }

    private String body(Map<String, Object> email) {
        return (String) http.get().uri("/api/v1/emails/{id}", email.get("id")).headers(acme::authorize).exchange()
                .returnResult(Map.class).getResponseBody().get("body");
    }
}
