package com.invoice24.delivery;

import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.FieldProblem;
import com.invoice24.workspace.WorkspaceId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One message in the outbox, from queued to sent or, after {@link #MAX_ATTEMPTS} failed tries,
 * failed. Each failure waits twice as long as the one before (1, 2, 4, 8 minutes), so a mail
 * server that is down for a while is not hammered and is still retried soon after it returns.
 */
record Email(EmailId id, WorkspaceId workspaceId, EmailKind kind, @Nullable UUID invoiceId,
             @Nullable String reminderStep, String to, List<String> cc, String subject, String body,
             EmailStatus status, int attempts, Instant nextAttemptAt, @Nullable String lastError,
             @Nullable DeliveryChannel deliveredVia, @Nullable EmailId resendOf, Instant queuedAt,
             @Nullable Instant sentAt, List<AttachedFile> attachments, long version) {

    static final int MAX_ATTEMPTS = 5;
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);

    Email {
        cc = List.copyOf(cc);
        attachments = List.copyOf(attachments);
    }

    static Email queue(OutgoingEmail email, Clock clock) {
        if (email.to() == null || email.to().isBlank()) {
            throw new BusinessRuleException("An email needs a recipient.",
                    List.of(new FieldProblem("to", "Enter the address to send to")));
        }
        Instant now = clock.instant();
        return new Email(EmailId.random(), email.workspaceId(), email.kind(), email.invoiceId(),
                email.reminderStep(), email.to().trim(), email.cc().stream().map(String::trim).toList(),
                email.subject(), email.body(), EmailStatus.QUEUED, 0, now, null, null, null, now, null,
                email.attachments().stream().map(AttachedFile::of).toList(), 0);
    }

    /** A fresh copy to send once more, e.g. after the client says it never arrived. */
    Email resend(Clock clock) {
        if (status == EmailStatus.QUEUED) {
            throw new BusinessRuleException("This email is still queued; it goes out on its own.");
        }
        Instant now = clock.instant();
        return new Email(EmailId.random(), workspaceId, kind, invoiceId, reminderStep, to, cc, subject, body,
                EmailStatus.QUEUED, 0, now, null, null, id, now, null, attachments, 0);
    }

    Email sent(DeliveryChannel via, Clock clock) {
        requireQueued("send");
        return new Email(id, workspaceId, kind, invoiceId, reminderStep, to, cc, subject, body, EmailStatus.SENT,
                attempts + 1, nextAttemptAt, lastError, via, resendOf, queuedAt, clock.instant(), attachments,
                version);
    }

    Email failed(String reason, Clock clock) {
        requireQueued("retry");
        int tried = attempts + 1;
        if (tried >= MAX_ATTEMPTS) {
            return new Email(id, workspaceId, kind, invoiceId, reminderStep, to, cc, subject, body,
                    EmailStatus.FAILED, tried, nextAttemptAt, reason, null, resendOf, queuedAt, null, attachments,
                    version);
        }
        Instant retryAt = clock.instant().plus(FIRST_RETRY.multipliedBy(1L << (tried - 1)));
        return new Email(id, workspaceId, kind, invoiceId, reminderStep, to, cc, subject, body, EmailStatus.QUEUED,
                tried, retryAt, reason, null, resendOf, queuedAt, null, attachments, version);
    }

    /** The same email as read, with the files the log lists for it. */
    Email withAttachments(List<AttachedFile> files) {
        return new Email(id, workspaceId, kind, invoiceId, reminderStep, to, cc, subject, body, status, attempts,
                nextAttemptAt, lastError, deliveredVia, resendOf, queuedAt, sentAt, files, version);
    }

    /** Why it did not go out; only a failed email has given up, a queued one may still be retried. */
    public @Nullable String failureReason() {
        return status == EmailStatus.FAILED ? lastError : null;
    }

    public boolean retrying() {
        return status == EmailStatus.QUEUED && attempts > 0;
    }

    EmailLogEntry logEntry() {
        return new EmailLogEntry(id, kind, to, cc, subject, status, sentAt, reminderStep, failureReason(), queuedAt);
    }

    private void requireQueued(String action) {
        if (status != EmailStatus.QUEUED) {
            throw new IllegalStateException("Cannot %s email %s in status %s".formatted(action, id, status));
        }
    }
}
