package com.invoice24.delivery;

import static com.invoice24.delivery.AnEmail.anInvoiceEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.Team;
import com.invoice24.workspace.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

@SuppressWarnings("unchecked")
class EmailApiTests extends DeliveryTest {

    private static final byte[] PDF = "%PDF-1.7 invoice".getBytes(StandardCharsets.US_ASCII);

    @Test
    void invoiceEmailsComeBackUnderTheContractsNames() {
        Workspace acme = signUp("Acme Consulting LLC");
        UUID invoice = UUID.randomUUID();
        Instant now = secondsOnly();
        EmailId id = queue(anInvoiceEmail(acme.id()).forInvoice(invoice).to("ap@globex.example")
                .cc("controller@globex.example").attaching("INV-2026-0042.pdf", "application/pdf", PDF));
        runJobs();
        queue(anInvoiceEmail(acme.id()).reminder(invoice, "3-days-before-due").subject("Reminder: INV-2026-0042"));
        queue(anInvoiceEmail(acme.id()));

        http.get().uri("/api/v1/emails?invoiceId={invoice}", invoice).headers(acme::authorize).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].id").isEqualTo(id.toString())
                .jsonPath("$[0].kind").isEqualTo("INVOICE")
                .jsonPath("$[0].to").isEqualTo("ap@globex.example")
                .jsonPath("$[0].cc[0]").isEqualTo("controller@globex.example")
                .jsonPath("$[0].subject").isEqualTo(
                        "Invoice INV-2026-0042 from Acme Consulting LLC — PO 4500123 — due Mar 15, 2026")
                .jsonPath("$[0].status").isEqualTo("SENT")
                .jsonPath("$[0].sentAt").isEqualTo(now.toString())
                .jsonPath("$[0].queuedAt").isEqualTo(now.toString())
                .jsonPath("$[0].reminderStep").isEmpty()
                .jsonPath("$[0].deliveredVia").isEqualTo("LOG")
                .jsonPath("$[0].failureReason").isEmpty()
                .jsonPath("$[0].attachments[0].filename").isEqualTo("INV-2026-0042.pdf")
                .jsonPath("$[0].attachments[0].contentType").isEqualTo("application/pdf")
                .jsonPath("$[0].attachments[0].size").isEqualTo(PDF.length)
                .jsonPath("$[0].body").doesNotExist()
                .jsonPath("$[1].kind").isEqualTo("REMINDER")
                .jsonPath("$[1].status").isEqualTo("QUEUED")
                .jsonPath("$[1].sentAt").isEmpty()
                .jsonPath("$[1].reminderStep").isEqualTo("3-days-before-due");
    }

    @Test
    void withoutAnInvoiceTheLogListsTheWorkspacesEmailsNewestFirst() {
        Workspace acme = signUp("Acme Consulting LLC");
        Instant start = secondsOnly();
        EmailId first = queue(anInvoiceEmail(acme.id()).subject("First"));
        runJobs();
        setClock(start.plus(Duration.ofMinutes(5)));
        EmailId second = queue(anInvoiceEmail(acme.id()).forInvoice(null).subject("Second"));

        assertThat(ids(acme, "/api/v1/emails")).containsExactly(second.toString(), first.toString());
        assertThat(ids(acme, "/api/v1/emails?status=SENT")).containsExactly(first.toString());
        assertThat(ids(acme, "/api/v1/emails?status=QUEUED")).containsExactly(second.toString());
    }

    @Test
    void oneEmailComesWithItsBodyAndItsAttachmentsDownload() {
        Workspace acme = signUp("Acme Consulting LLC");
        EmailId id = queue(anInvoiceEmail(acme.id()).body("Dear AP team,\n\nplease find attached INV-2026-0042.")
                .attaching("INV-2026-0042.pdf", "application/pdf", PDF)
                .attaching("Timesheet März.csv", "text/csv", "date,hours\n".getBytes(StandardCharsets.UTF_8)));

        http.get().uri("/api/v1/emails/{id}", id).headers(acme::authorize).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo(id.toString())
                .jsonPath("$.body").isEqualTo("Dear AP team,\n\nplease find attached INV-2026-0042.")
                .jsonPath("$.attachments.length()").isEqualTo(2)
                .jsonPath("$.attachments[1].filename").isEqualTo("Timesheet März.csv");

        var download = http.get().uri("/api/v1/emails/{id}/attachments/0", id).headers(acme::authorize).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("application/pdf")
                .expectBody(byte[].class).returnResult();
        assertThat(download.getResponseBody()).isEqualTo(PDF);
        assertThat(download.getResponseHeaders().getContentDisposition().getFilename()).isEqualTo("INV-2026-0042.pdf");
        assertThat(download.getResponseHeaders().getContentDisposition().isAttachment()).isTrue();
        http.get().uri("/api/v1/emails/{id}/attachments/2", id).headers(acme::authorize).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void anotherWorkspacesEmailDoesNotExist() {
        Workspace acme = signUp("Acme Consulting LLC");
        Workspace rival = signUp("Rival Partners LLC");
        UUID invoice = UUID.randomUUID();
        EmailId id = queue(anInvoiceEmail(acme.id()).forInvoice(invoice).attaching("a.pdf", "application/pdf", PDF));
        runJobs();

        http.get().uri("/api/v1/emails/{id}", id).headers(rival::authorize).exchange().expectStatus().isNotFound();
        http.get().uri("/api/v1/emails/{id}/attachments/0", id).headers(rival::authorize).exchange()
                .expectStatus().isNotFound();
        http.post().uri("/api/v1/emails/{id}/resend", id).headers(rival::authorize).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.status").isEqualTo(404);
        assertThat(ids(rival, "/api/v1/emails?invoiceId=" + invoice)).isEmpty();
        assertThat(ids(rival, "/api/v1/emails")).doesNotContain(id.toString());
        http.get().uri("/api/v1/emails/{id}", UUID.randomUUID()).headers(acme::authorize).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void resendQueuesANewCopyWithTheSameAttachments() {
        Workspace acme = signUp("Acme Consulting LLC");
        UUID invoice = UUID.randomUUID();
        EmailId original = queue(anInvoiceEmail(acme.id()).reminder(invoice, "7-days-past-due")
                .attaching("INV-2026-0042.pdf", "application/pdf", PDF));
        runJobs();

        Map<String, Object> copy = http.post().uri("/api/v1/emails/{id}/resend", original).headers(acme::authorize)
                .exchange()
                .expectStatus().isCreated()
                .returnResult(Map.class).getResponseBody();
        assertThat(copy.get("id")).isNotEqualTo(original.toString());
        assertThat(copy).containsEntry("status", "QUEUED").containsEntry("resendOf", original.toString())
                .containsEntry("reminderStep", "7-days-past-due").containsEntry("kind", "REMINDER");
        runJobs();

        assertThat(outbox.forInvoice(new WorkspaceId(acme.id()), invoice))
                .extracting(EmailLogEntry::status).containsExactly(EmailStatus.SENT, EmailStatus.SENT);
        byte[] copied = http.get().uri("/api/v1/emails/{id}/attachments/0", copy.get("id")).headers(acme::authorize)
                .exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(copied).isEqualTo(PDF);
    }

    @Test
    void aQueuedEmailIsNotResentBecauseItGoesOutAnyway() {
        Workspace acme = signUp("Acme Consulting LLC");
        EmailId id = queue(anInvoiceEmail(acme.id()));

        http.post().uri("/api/v1/emails/{id}/resend", id).headers(acme::authorize).exchange()
                .expectStatus().isEqualTo(422);
    }

    @Test
    void onlyMembersWhoManageMoneyResend() {
        Workspace acme = signUp("Acme Consulting LLC");
        EmailId id = queue(anInvoiceEmail(acme.id()));
        runJobs();
        Team.Joined staff = join(acme, "STAFF");
        Team.Joined readOnly = join(acme, "READ_ONLY");
        Team.Joined bookkeeper = join(acme, "BOOKKEEPER");

        resend(staff, id).expectStatus().isForbidden();
        resend(readOnly, id).expectStatus().isForbidden();
        http.get().uri("/api/v1/emails/{id}", id).headers(bearer(readOnly)).exchange().expectStatus().isOk();
        resend(bookkeeper, id).expectStatus().isCreated();
    }

    private RestTestClient.ResponseSpec resend(Team.Joined member, EmailId id) {
        return http.post().uri("/api/v1/emails/{id}/resend", id).headers(bearer(member)).exchange();
    }

    private static Consumer<HttpHeaders> bearer(Team.Joined member) {
        return headers -> headers.setBearerAuth(member.token());
    }

    private List<String> ids(Workspace workspace, String uri) {
        List<Map<String, Object>> emails = http.get().uri(uri).headers(workspace::authorize).exchange()
                .expectStatus().isOk()
                .returnResult(List.class).getResponseBody();
        return emails.stream().map(email -> (String) email.get("id")).toList();
    }
}
