package com.invoice24.delivery;

import static com.invoice24.delivery.AnEmail.anInvoiceEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.PageSession;
import com.invoice24.Team;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

class EmailPagesTests extends DeliveryTest {

    private static final byte[] PDF = "%PDF-1.7 invoice".getBytes(StandardCharsets.US_ASCII);

    @Test
    void emailLogShowsWhatWentOutAndWhyTheRestFailed() {
        Workspace acme = signUp("Acme Consulting LLC");
        queue(anInvoiceEmail(acme.id()).to("ap@globex.example").subject("Invoice INV-2026-0042 from Acme"));
        runJobs();
        EmailId failed = queue(anInvoiceEmail(acme.id()).to("ap@initech.example").subject("Invoice INV-2026-0043 from Acme"));
        givenUp(failed, "Mail server connection failed: Connection refused");
        PageSession browser = signedIn(acme.ownerEmail());

        String log = browser.get("/emails").getResponseBody();
        assertThat(log).contains("Email log", "ap@globex.example", "Invoice INV-2026-0042 from Acme", "Sent to log",
                "ap@initech.example", "Failed", "Mail server connection failed: Connection refused");

        String onlyFailed = browser.get("/emails?status=FAILED").getResponseBody();
        assertThat(onlyFailed).contains("Invoice INV-2026-0043 from Acme").doesNotContain("INV-2026-0042");
    }

    @Test
    void anEmailReadsAsTheClientGotItAndCanBeSentAgain() {
        Workspace acme = signUp("Acme Consulting LLC");
        EmailId id = queue(anInvoiceEmail(acme.id()).to("ap@globex.example").cc("controller@globex.example")
                .subject("Invoice INV-2026-0042 from Acme").body("Dear AP team,\n\nplease find <b>attached</b>.")
                .attaching("INV-2026-0042.pdf", "application/pdf", PDF));
        runJobs();
        PageSession browser = signedIn(acme.ownerEmail());

        String page = browser.get("/emails/" + id).getResponseBody();
        assertThat(page).contains("ap@globex.example", "controller@globex.example", "Invoice INV-2026-0042 from Acme",
                "Dear AP team,\n\nplease find &lt;b&gt;attached&lt;/b&gt;.", "INV-2026-0042.pdf",
                "/emails/" + id + "/attachments/0", "kept in this log only", "Send again");
        EntityExchangeResult<String> file = browser.get("/emails/" + id + "/attachments/0");
        assertThat(file.getStatus().value()).isEqualTo(200);
        assertThat(file.getResponseHeaders().getContentDisposition().getFilename()).isEqualTo("INV-2026-0042.pdf");

        EntityExchangeResult<String> resent = browser.submit("/emails/" + id + "/resend", Map.of());
        String copyPage = resent.getResponseHeaders().getLocation().getPath();
        assertThat(copyPage).startsWith("/emails/").isNotEqualTo("/emails/" + id);
        assertThat(browser.get(copyPage).getResponseBody())
                .contains("Queued again for ap@globex.example", "Queued", "/emails/" + id);
    }

    @Test
    void readOnlyMembersReadTheLogButCannotSendAgain() {
        Workspace acme = signUp("Acme Consulting LLC");
        EmailId id = queue(anInvoiceEmail(acme.id()).subject("Invoice INV-2026-0042 from Acme"));
        runJobs();
        Team.Joined readOnly = join(acme, "READ_ONLY");
        PageSession browser = signedIn(readOnly.email());

        assertThat(browser.get("/emails/" + id).getResponseBody())
                .contains("Invoice INV-2026-0042 from Acme").doesNotContain("Send again");
        assertThat(browser.submit("/emails/" + id + "/resend", Map.of()).getStatus().value()).isEqualTo(403);
    }

    @Test
    void anotherWorkspacesEmailPageIsNotFound() {
        Workspace acme = signUp("Acme Consulting LLC");
        Workspace rival = signUp("Rival Partners LLC");
        EmailId id = queue(anInvoiceEmail(acme.id()).subject("Invoice INV-2026-0042 from Acme"));
        PageSession browser = signedIn(rival.ownerEmail());

        assertThat(browser.get("/emails/" + id).getStatus().value()).isEqualTo(404);
        assertThat(browser.get("/emails").getResponseBody()).doesNotContain("Invoice INV-2026-0042 from Acme");
    }

    /** Five failed attempts take minutes of test clock; the pages only need the outcome. */
    private void givenUp(EmailId id, String reason) {
        jdbc().sql("UPDATE emails SET status = 'FAILED', attempts = 5, last_error = :reason WHERE id = :id")
                .param("reason", reason).param("id", id.value()).update();
    }
}
