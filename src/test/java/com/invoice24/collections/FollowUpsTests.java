package com.invoice24.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.invoice24.PageSession;
import com.invoice24.clients.ClientId;
import com.invoice24.invoicing.ApprovalInfoRequested;
import com.invoice24.invoicing.ApprovalNeed;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.invoicing.InvoiceReceiptConfirmed;
import com.invoice24.invoicing.InvoiceSent;
import com.invoice24.shared.Money;
import com.invoice24.workspace.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Follow-ups on sent invoices: an upload to the client's AP portal, a confirmation of receipt for a new client or a
 * large invoice, and what AP asks for before it approves; on the home page once due, on the invoice page always.
 */
@SuppressWarnings("unchecked")
class FollowUpsTests extends CollectionsTestSupport {

    private static final String PORTAL = "https://ap.globex.example/suppliers";

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    PortalSays portal;

    @BeforeEach
    void portal() {
        portal = new PortalSays(events, transactions);
    }

    @Test
    void aClientThatTakesInvoicesThroughItsPortalGetsOneUploadTask() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String invoice = sentInvoice(acme, portalClient(acme));

        Map<String, Object> upload = awaitOpen(acme, invoice, "UPLOAD_TO_CLIENT_PORTAL");

        assertThat(upload.get("title")).isEqualTo("Upload " + number(acme, invoice) + " to Globex's AP portal");
        assertThat(upload).containsEntry("link", PORTAL).containsEntry("dueOn", "2026-03-02")
                .containsEntry("invoiceId", invoice).containsEntry("status", "OPEN");
        assertThat(followUps(acme, "invoiceId=" + invoice)).filteredOn("kind", "UPLOAD_TO_CLIENT_PORTAL").hasSize(1);
        String home = signedIn(acme).getHtml("/").getResponseBody();
        assertThat(home).contains("Upload " + number(acme, invoice) + " to Globex&#39;s AP portal")
                .contains("href=\"" + PORTAL + "\"").contains("name=\"reference\"");
    }

    @Test
    void anUploadIsDoneOnlyWithTheReferenceThePortalGaveAndThenTheInvoiceIsDelivered() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String invoice = sentInvoice(acme, portalClient(acme));
        String upload = (String) awaitOpen(acme, invoice, "UPLOAD_TO_CLIENT_PORTAL").get("id");

        done(acme, upload, Map.of()).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reference");
        done(acme, upload, Map.of("reference", " ")).expectStatus().isEqualTo(422);
        done(acme, upload, Map.of("reference", "R".repeat(201))).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reference");
        PageSession browser = signedIn(acme);
        browser.getHtml("/");
        EntityExchangeResult<String> refused = browser.submitHtml("/follow-ups/" + upload + "/done",
                Map.of("reference", "", "back", "home"));
        PageSession.assertRedirectsTo(refused, "/");
        assertThat(browser.getHtml("/").getResponseBody()).contains("has-error")
                .contains("The upload is done once the client&#39;s portal has given it a reference.");
        assertThat(followUps(acme, "status=OPEN&invoiceId=" + invoice)).extracting(f -> f.get("kind"))
                .contains("UPLOAD_TO_CLIENT_PORTAL");

        done(acme, upload, Map.of("reference", "GX-1042")).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("DONE").jsonPath("$.reference").isEqualTo("GX-1042");

        assertThat(timeline(acme, invoice)).anySatisfy(entry -> {
            assertThat(entry.get("type")).isEqualTo("delivered");
            assertThat(entry.get("detail")).isEqualTo("Uploaded to the client's AP portal, reference GX-1042");
        });
        done(acme, upload, Map.of("reference", "GX-1042")).expectStatus().isEqualTo(409);
        assertThat(browser.getHtml("/invoices/" + invoice + "/sections/follow-ups").getResponseBody())
                .contains("Reference GX-1042.");
    }

    @Test
    void aNewClientsFirstInvoiceIsFollowedUpThreeBusinessDaysLaterUntilTheClientConfirmsInThePortal() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = client(acme);
        setToday("2026-03-06");
        String invoice = sentInvoice(acme, client);
        String confirm = (String) awaitOpen(acme, invoice, "CONFIRM_RECEIPT").get("id");
        String title = "Confirm Globex received " + number(acme, invoice);
        PageSession browser = signedIn(acme);

        setToday("2026-03-10");
        assertThat(browser.getHtml("/").getResponseBody()).doesNotContain(title);
        setToday("2026-03-11");
        assertThat(browser.getHtml("/").getResponseBody()).contains(title).contains("Receipt confirmed");
        assertThat(browser.getHtml("/invoices/" + invoice + "/sections/follow-ups").getResponseBody())
                .contains(title);

        portal.publish(new InvoiceReceiptConfirmed(new WorkspaceId(acme.id()), new InvoiceId(UUID.fromString(invoice)),
                new ClientId(UUID.fromString(client)), number(acme, invoice), "Pat Lee", time().now()));

        eventually(() ->
                assertThat(followUp(acme, confirm)).containsEntry("status", "DONE")
                        .containsEntry("note", "Confirmed by Pat Lee in the client portal"));
        assertThat(browser.getHtml("/").getResponseBody()).doesNotContain(title);
    }

    @Test
    void aPaymentClosesTheConfirmReceiptFollowUp() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = client(acme);
        setToday("2026-03-02");
        String invoice = sentInvoice(acme, client);
        String confirm = (String) awaitOpen(acme, invoice, "CONFIRM_RECEIPT").get("id");

        payments(acme).from(client, "1000.00").allocate(invoice, "1000.00").record();

        eventually(() ->
                assertThat(followUp(acme, confirm)).containsEntry("status", "DONE")
                        .containsEntry("note", "Nothing is due on the invoice any more"));
    }

    @Test
    void aMemberConfirmsReceiptByPhone() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String invoice = sentInvoice(acme, client(acme));
        String confirm = (String) awaitOpen(acme, invoice, "CONFIRM_RECEIPT").get("id");
        setToday("2026-03-05");
        PageSession browser = signedIn(acme);
        browser.getHtml("/invoices/" + invoice);

        EntityExchangeResult<String> done = browser.submitHtml("/follow-ups/" + confirm + "/done",
                Map.of("note", "Confirmed by phone with Pat", "back", "invoice"));

        PageSession.assertRedirectsTo(done, "/invoices/" + invoice);
        assertThat(followUp(acme, confirm)).containsEntry("status", "DONE")
                .containsEntry("note", "Confirmed by phone with Pat");
    }

    @Test
    void aKnownClientsInvoiceIsFollowedUpFromTheWorkspacesThreshold() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = client(acme);
        setToday("2026-03-02");
        String first = sentInvoice(acme, client);
        awaitOpen(acme, first, "CONFIRM_RECEIPT");
        String small = sentInvoice(acme, client);
        String large = invoices(acme).forClient(client).paymentTermsDays(30)
                .line("Platform migration", "1", "5000.00").sent();
        awaitOpen(acme, large, "CONFIRM_RECEIPT");
        assertThat(followUps(acme, "invoiceId=" + small)).isEmpty();

        http.put().uri("/api/v1/workspace/follow-up-policy").headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("confirmReceiptThreshold", "-1.00"))
                .exchange().expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("confirmReceiptThreshold");
        http.put().uri("/api/v1/workspace/follow-up-policy").headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("confirmReceiptThreshold", "lots"))
                .exchange().expectStatus().isBadRequest();
        http.put().uri("/api/v1/workspace/follow-up-policy").headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("confirmReceiptThreshold", "1000.00"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.confirmReceiptThreshold")
                .isEqualTo("1000.00");
        String nowLarge = sentInvoice(acme, client);

        awaitOpen(acme, nowLarge, "CONFIRM_RECEIPT");
    }

    @Test
    void theThresholdIsSetOnTheReminderSettingsPage() {
        Workspace acme = signUp("Acme Consulting LLC");
        PageSession browser = signedIn(acme);
        assertThat(browser.getHtml("/settings/reminders").getResponseBody()).contains("value=\"5000.00\"");

        PageSession.assertRedirectsTo(browser.submitHtml("/settings/reminders/follow-ups",
                Map.of("confirmReceiptThreshold", "a lot")), "/settings/reminders");
        assertThat(browser.getHtml("/settings/reminders").getResponseBody()).contains("That is not an amount.")
                .contains("value=\"a lot\"");
        PageSession.assertRedirectsTo(browser.submitHtml("/settings/reminders/follow-ups",
                Map.of("confirmReceiptThreshold", "$2,500")), "/settings/reminders");

        http.get().uri("/api/v1/workspace/follow-up-policy").headers(acme::authorize).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.confirmReceiptThreshold").isEqualTo("2500.00");
    }

    @Test
    void whatApNeedsToApproveBecomesATaskDoneWithANote() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = client(acme);
        setToday("2026-03-02");
        String invoice = sentInvoice(acme, client);

        portal.publish(approvalInfo(acme, client, invoice, time().now()));

        Map<String, Object> task = awaitOpen(acme, invoice, "APPROVAL_INFO");
        assertThat(task.get("title")).isEqualTo("Globex needs a PO number to approve " + number(acme, invoice));
        assertThat(task.get("detail")).isEqualTo("\"Our system rejects invoices without a PO\" — Pat Lee");
        assertThat(signedIn(acme).getHtml("/").getResponseBody()).contains("Globex needs a PO number to approve");

        done(acme, (String) task.get("id"), Map.of("note", "PO 4500012 put on the invoice")).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("DONE")
                .jsonPath("$.note").isEqualTo("PO 4500012 put on the invoice");
    }

    @Test
    void theSameEventHeardTwiceMakesOneTask() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = portalClient(acme);
        setToday("2026-03-02");
        String invoice = sentInvoice(acme, client);
        awaitOpen(acme, invoice, "UPLOAD_TO_CLIENT_PORTAL");
        Instant asked = time().now();

        portal.publish(approvalInfo(acme, client, invoice, asked));
        portal.publish(approvalInfo(acme, client, invoice, asked));
        portal.publish(new InvoiceSent(new WorkspaceId(acme.id()), new InvoiceId(UUID.fromString(invoice)),
                new ClientId(UUID.fromString(client)), number(acme, invoice), Money.usd("1000.00"),
                LocalDate.of(2026, 4, 1), Instant.parse("2026-03-02T17:00:00Z")));

        eventually(() ->
                assertThat(pendingListenersOf(invoice)).isZero());
        assertThat(followUps(acme, "invoiceId=" + invoice)).extracting(f -> f.get("kind"))
                .containsExactlyInAnyOrder("UPLOAD_TO_CLIENT_PORTAL", "CONFIRM_RECEIPT", "APPROVAL_INFO");
    }

    @Test
    void aFollowUpOfAnotherWorkspaceIsNotFound() {
        Workspace acme = signUp("Acme Consulting LLC");
        Workspace other = signUp("Initech Services");
        setToday("2026-03-02");
        String invoice = sentInvoice(acme, portalClient(acme));
        String upload = (String) awaitOpen(acme, invoice, "UPLOAD_TO_CLIENT_PORTAL").get("id");

        done(other, upload, Map.of("reference", "GX-1042")).expectStatus().isNotFound();
        assertThat(followUps(other, "invoiceId=" + invoice)).isEmpty();
        PageSession stranger = signedIn(other);
        stranger.getHtml("/");
        assertThat(stranger.submitHtml("/follow-ups/" + upload + "/done", Map.of("reference", "GX-1042"))
                .getStatus().value()).isEqualTo(404);
        assertThat(followUp(acme, upload)).containsEntry("status", "OPEN");
    }

    @Test
    void aListAskedForWithAStatusThatIsNoneIsRefused() {
        Workspace acme = signUp("Acme Consulting LLC");

        http.get().uri("/api/v1/follow-ups?status=LATE").headers(acme::authorize).exchange()
                .expectStatus().isBadRequest();
        http.get().uri("/api/v1/follow-ups?invoiceId=not-an-id").headers(acme::authorize).exchange()
                .expectStatus().isBadRequest();
    }

    /** Listeners run after the commit, in their own time. */
    private static void eventually(ThrowingRunnable assertion) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(assertion);
    }

    private String portalClient(Workspace workspace) {
        return clients(workspace).globex().paymentTermsDays(30).with("deliveryMethod", "PORTAL_UPLOAD")
                .with("apPortalUrl", PORTAL).create();
    }

    private ApprovalInfoRequested approvalInfo(Workspace workspace, String client, String invoice, Instant at) {
        return new ApprovalInfoRequested(new WorkspaceId(workspace.id()), new InvoiceId(UUID.fromString(invoice)),
                new ClientId(UUID.fromString(client)), number(workspace, invoice), ApprovalNeed.PO_NUMBER,
                "Our system rejects invoices without a PO", "Pat Lee", at);
    }

    private String number(Workspace workspace, String invoice) {
        return (String) http.get().uri("/api/v1/invoices/{id}", invoice).headers(workspace::authorize).exchange()
                .expectStatus().isOk().returnResult(Map.class).getResponseBody().get("number");
    }

    /** The invoice's open follow-up of that kind, once the listener opened it. */
    private Map<String, Object> awaitOpen(Workspace workspace, String invoice, String kind) {
        return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> followUps(workspace, "status=OPEN&invoiceId=" + invoice).stream()
                        .filter(f -> kind.equals(f.get("kind"))).findFirst().orElse(null), f -> f != null);
    }

    private Map<String, Object> followUp(Workspace workspace, String id) {
        return followUps(workspace, "").stream().filter(f -> id.equals(f.get("id"))).findFirst().orElseThrow();
    }

    private List<Map<String, Object>> followUps(Workspace workspace, String query) {
        return (List<Map<String, Object>>) http.get().uri("/api/v1/follow-ups?" + query).headers(workspace::authorize)
                .exchange().expectStatus().isOk().returnResult(Map.class).getResponseBody().get("items");
    }

    private RestTestClient.ResponseSpec done(
            Workspace workspace, String followUp, Map<String, ?> body) {
        return http.post().uri("/api/v1/follow-ups/{id}/done", followUp).headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private List<Map<String, Object>> timeline(Workspace workspace, String invoice) {
        return http.get().uri("/api/v1/invoices/{id}/activity", invoice).headers(workspace::authorize).exchange()
                .expectStatus().isOk().returnResult(List.class).getResponseBody();
    }

    private long pendingListenersOf(String invoice) {
        return jdbc().sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL "
                        + "AND serialized_event LIKE :invoice")
                .param("invoice", "%" + invoice + "%")
                .query(Long.class).single();
    }
}
