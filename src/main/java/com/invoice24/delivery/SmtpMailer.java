package com.invoice24.delivery;

import com.invoice24.workspace.WorkspaceSettings;
import com.invoice24.workspace.WorkspaceSettingsService;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends through the configured SMTP server. The message comes from our own address, which the
 * server is allowed to send for, under the provider's name; replies go to the provider.
 */
class SmtpMailer implements Mailer {

    private final JavaMailSender smtp;
    private final WorkspaceSettingsService workspaces;
    private final String from;
    private final Clock clock;

    SmtpMailer(JavaMailSender smtp, WorkspaceSettingsService workspaces, String from, Clock clock) {
        this.smtp = smtp;
        this.workspaces = workspaces;
        this.from = from;
        this.clock = clock;
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.SMTP;
    }

    @Override
    public void send(Email email, List<EmailAttachment> attachments) throws DeliveryFailedException {
        try {
            smtp.send(message(email, attachments));
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            throw new DeliveryFailedException(reason(e), e);
        }
    }

    private MimeMessage message(Email email, List<EmailAttachment> attachments)
            throws MessagingException, UnsupportedEncodingException {
        WorkspaceSettings provider = workspaces.settingsOf(email.workspaceId());
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper mail = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        mail.setFrom(from, provider.invoiceName());
        if (provider.email() != null) {
            mail.setReplyTo(provider.email(), provider.invoiceName());
        }
        mail.setTo(email.to());
        mail.setCc(email.cc().toArray(String[]::new));
        mail.setSubject(email.subject());
        mail.setSentDate(Date.from(clock.instant()));
        mail.setText(email.body(), false);
        for (EmailAttachment attachment : attachments) {
            mail.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
                    attachment.contentType());
        }
        return message;
    }

    /**
     * What the mail server or the network said, on one line for the log, such as "Couldn't connect
     * to host, port: smtp.example.com, 587; timeout -1 (Connection refused)". Spring's wrapper only
     * repeats its cause, and Jakarta Mail's messages run on with their nested exceptions.
     */
    private static String reason(Exception e) {
        Throwable failure = e instanceof MailException && e.getCause() != null ? e.getCause() : e;
        String what = firstLine(failure.getMessage());
        Throwable root = NestedExceptionUtils.getRootCause(failure);
        return root == null ? what : what + " (" + firstLine(root.getMessage()) + ")";
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "no reason given";
        }
        String line = message.lines().findFirst().orElse("").strip();
        return line.endsWith(";") ? line.substring(0, line.length() - 1) : line;
    }
}
