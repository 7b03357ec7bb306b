package com.invoice24.delivery;

import static com.invoice24.delivery.AnEmail.anInvoiceEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.invoice24.workspace.WorkspaceSettingsService;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox with a real SMTP server (GreenMail). The shared application has no mail server, so the
 * sending job here is the one {@link DeliveryConfiguration} wires when there is one: an
 * {@link EmailDelivery} through {@link SmtpMailer} over the application's own email log and clock.
 */
class SmtpDeliveryTests extends DeliveryTest {

    private static final int SMTP_PORT = freePort();
    private static final byte[] PDF = "%PDF-1.7 invoice".getBytes(StandardCharsets.US_ASCII);

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    EmailLog emailLog;

    @Autowired
    WorkspaceSettingsService workspaces;

    @Autowired
    Clock clock;

    private EmailDelivery smtpDelivery;

    @BeforeEach
    void sendThroughSmtp() {
        JavaMailSenderImpl server = new JavaMailSenderImpl();
        server.setHost("127.0.0.1");
        server.setPort(SMTP_PORT);
        server.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        server.getJavaMailProperties().put("mail.smtp.timeout", "5000");
        smtpDelivery = new EmailDelivery(emailLog, new SmtpMailer(server, workspaces, "billing@invoice24.test", clock),
                new TransactionTemplate(transactionManager), clock);
    }

    /** What the sending job does when it runs. */
    @Override
    protected void runJobs() {
        smtpDelivery.deliverDue();
    }

    @Test
    void theJobSendsQueuedEmailsThroughSmtpWithTheirAttachments() throws Exception {
        Workspace acme = signUp("Acme Consulting LLC");
        http.put().uri("/api/v1/workspace").headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", "billing@acme.example")).exchange().expectStatus().isOk();
        String to = "ap-" + UUID.randomUUID() + "@globex.example";
        Instant now = secondsOnly();
        EmailId id = queue(anInvoiceEmail(acme.id()).to(to).cc("controller@globex.example")
                .subject("Invoice INV-2026-0042 from Acme Consulting LLC — due Mar 15, 2026")
                .body("Dear AP team,\n\nplease find attached invoice INV-2026-0042.")
                .attaching("INV-2026-0042.pdf", "application/pdf", PDF));

        runJobs();

        MimeMessage message = receivedBy(to);
        assertThat(message.getSubject()).isEqualTo("Invoice INV-2026-0042 from Acme Consulting LLC — due Mar 15, 2026");
        assertThat(addresses(message.getRecipients(Message.RecipientType.TO))).containsExactly(to);
        assertThat(addresses(message.getRecipients(Message.RecipientType.CC)))
                .containsExactly("controller@globex.example");
        assertThat(addresses(message.getFrom())).containsExactly("billing@invoice24.test");
        assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("Acme Consulting LLC");
        assertThat(addresses(message.getReplyTo())).containsExactly("billing@acme.example");
        assertThat(message.getSentDate().toInstant()).isEqualTo(now);
        Multipart parts = (Multipart) message.getContent();
        Part attachment = attachmentOf(parts);
        assertThat(attachment.getFileName()).isEqualTo("INV-2026-0042.pdf");
        assertThat(attachment.getContentType()).startsWith("application/pdf");
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(PDF);
        assertThat(text(parts)).contains("please find attached invoice INV-2026-0042.");

        http.get().uri("/api/v1/emails/{id}", id).headers(acme::authorize).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("SENT")
                .jsonPath("$.deliveredVia").isEqualTo("SMTP")
                .jsonPath("$.sentAt").isEqualTo(now.toString());
    }

    @Test
    void whileSmtpIsDownTheEmailIsRetriedWithBackoffThenFailsWithTheReason() {
        Workspace acme = signUp("Acme Consulting LLC");
        smtp.stop();
        Instant start = secondsOnly();
        EmailId id = queue(anInvoiceEmail(acme.id()));

        runJobs();
        assertEmail(acme, id, "QUEUED", 1, start.plus(Duration.ofMinutes(1)));
        setClock(start.plusSeconds(59));
        runJobs();
        assertEmail(acme, id, "QUEUED", 1, start.plus(Duration.ofMinutes(1)));

        Instant attempt = start;
        for (int attempts = 2, wait = 1; attempts <= 4; attempts++, wait *= 2) {
            attempt = attempt.plus(Duration.ofMinutes(wait));
            setClock(attempt);
            runJobs();
            assertEmail(acme, id, "QUEUED", attempts, attempt.plus(Duration.ofMinutes(wait * 2L)));
        }
        setClock(attempt.plus(Duration.ofMinutes(8)));
        runJobs();

        http.get().uri("/api/v1/emails/{id}", id).headers(acme::authorize).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("FAILED")
                .jsonPath("$.attempts").isEqualTo(5)
                .jsonPath("$.sentAt").isEmpty()
                .jsonPath("$.failureReason").value(reason -> assertThat((String) reason)
                        .startsWith("Couldn't connect to host").contains("Connection refused"));

        smtp.start();
        String copy = (String) http.post().uri("/api/v1/emails/{id}/resend", id).headers(acme::authorize).exchange()
                .expectStatus().isCreated()
                .returnResult(Map.class).getResponseBody().get("id");
        runJobs();
        http.get().uri("/api/v1/emails/{id}", copy).headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.status").isEqualTo("SENT");
    }

    private void assertEmail(Workspace workspace, EmailId id, String status, int attempts, Instant nextAttemptAt) {
        http.get().uri("/api/v1/emails/{id}", id).headers(workspace::authorize).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo(status)
                .jsonPath("$.attempts").isEqualTo(attempts)
                .jsonPath("$.nextAttemptAt").isEqualTo(nextAttemptAt.toString())
                .jsonPath("$.lastError").value(error -> assertThat((String) error).isNotBlank())
                .jsonPath("$.failureReason").isEmpty();
    }

    /** Other tests' emails may go out in the same run; ours is the one to this test's own address. */
    private static MimeMessage receivedBy(String to) throws Exception {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> addresses(recipients(message)).contains(to))
                .findFirst().orElseThrow(() -> new AssertionError("No email to " + to));
    }

    private static Address[] recipients(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return Arrays.stream(addresses).map(address -> ((InternetAddress) address).getAddress()).toList();
    }

    private static Part attachmentOf(Multipart parts) throws Exception {
        for (int i = 0; i < parts.getCount(); i++) {
            if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                return parts.getBodyPart(i);
            }
        }
        throw new AssertionError("No attachment");
    }

    private static String text(Multipart parts) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.getCount(); i++) {
            Object content = parts.getBodyPart(i).getContent();
            if (content instanceof Multipart nested) {
                text.append(text(nested));
            } else if (content instanceof String string) {
                text.append(string);
            }
        }
        return text.toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
