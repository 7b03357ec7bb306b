package com.invoice24.delivery;

import com.invoice24.shared.NotFoundException;
import com.invoice24.workspace.WorkspaceId;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where features hand over the emails they decide to send, and where the email log is read. An
 * email is only queued here; the deliver-emails job sends it once its transaction has committed.
 */
@Service
public class Outbox {

    /** The most the log lists at once; older emails stay reachable through their invoice. */
    static final int LOG_LIMIT = 200;

    private final EmailLog log;
    private final Clock clock;

    Outbox(EmailLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /**
     * Queues the email in the caller's transaction (Propagation.MANDATORY): it exists only if the caller commits.
     * A second email for the same invoice and reminder step is refused with a
     * {@link org.springframework.dao.DuplicateKeyException}, which rolls the caller back: a reminder
     * step is sent at most once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public EmailId queue(OutgoingEmail email) {
        return log.add(Email.queue(email, clock), email.attachments()).id();
    }

    /**
     * Queues many emails in the caller's transaction, in one statement however many there are, for jobs
     * that send in bulk (the reminder pass); like {@link #queue}, a second email for the same invoice and
     * reminder step is refused with a {@link org.springframework.dao.DuplicateKeyException}, the whole
     * batch with it. Emails with attachments go through {@link #queue}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<EmailId> queueAll(List<OutgoingEmail> emails) {
        if (emails.stream().anyMatch(email -> !email.attachments().isEmpty())) {
            throw new IllegalArgumentException("Queue emails with attachments one by one");
        }
        return log.addAll(emails.stream().map(email -> Email.queue(email, clock)).toList()).stream()
                .map(Email::id)
                .toList();
    }

    /**
     * Withdraws the invoice's emails of this kind that are still waiting to go out (an email being
     * delivered at this moment still goes); says the subjects of those withdrawn. Collections uses it
     * so that a reminder queued before the invoice was paid never reaches the client.
     */
    @Transactional
    public List<String> cancelQueued(WorkspaceId workspace, UUID invoiceId, EmailKind kind) {
        return log.withdrawQueued(workspace, invoiceId, kind);
    }

    /** The log of one invoice's emails, oldest first, for the invoice timeline. */
    @Transactional(readOnly = true)
    public List<EmailLogEntry> forInvoice(WorkspaceId workspace, UUID invoiceId) {
        return ofInvoice(workspace, invoiceId).stream().map(Email::logEntry).toList();
    }

    @Transactional(readOnly = true)
    List<Email> ofInvoice(WorkspaceId workspace, UUID invoiceId) {
        return log.ofInvoice(workspace, invoiceId);
    }

    @Transactional(readOnly = true)
    List<Email> latest(WorkspaceId workspace, @Nullable EmailStatus status) {
        return log.latest(workspace, status, LOG_LIMIT);
    }

    @Transactional(readOnly = true)
    Email email(WorkspaceId workspace, EmailId id) {
        return log.find(workspace, id).orElseThrow(() -> new NotFoundException("Email " + id));
    }

    @Transactional(readOnly = true)
    EmailAttachment attachment(WorkspaceId workspace, EmailId id, int index) {
        Email email = email(workspace, id);
        return log.attachment(email.id(), index)
                .orElseThrow(() -> new NotFoundException("Attachment " + index + " of email " + id));
    }

    /** Queues a copy of a sent or failed email, with the same attachments. */
    @Transactional
    Email resend(WorkspaceId workspace, EmailId id) {
        Email original = email(workspace, id);
        return log.addCopy(original.resend(clock), original.id());
    }
}
