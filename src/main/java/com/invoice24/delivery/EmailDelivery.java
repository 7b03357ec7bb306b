package com.invoice24.delivery;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds, a batch at a time. A batch is locked, sent and marked in one
 * transaction of its own: another instance skips the locked emails and takes the next batch, so no
 * email goes out twice while both run. A crash before the batch is marked leaves all of it queued and
 * it goes again: an email may in rare cases arrive twice (at most a batch of them, each at least
 * once), but a committed one is never lost.
 */
class EmailDelivery {

    /**
     * Emails claimed, sent and marked together: three statements for a batch instead of three per
     * email, while a crash repeats no more than this many and their attachments fit in memory at once.
     */
    static final int BATCH_SIZE = 100;

    private static final Logger logger = LoggerFactory.getLogger(EmailDelivery.class);

    private final EmailLog log;
    private final Mailer mailer;
    private final TransactionTemplate transactions;
    private final Clock clock;

    EmailDelivery(EmailLog log, Mailer mailer, TransactionTemplate transactions, Clock clock) {
        this.log = log;
        this.mailer = mailer;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Sends every email that is due now, oldest first, until a batch comes back short: the queue is
     * empty then, or what is left is being sent by another instance.
     */
    void deliverDue() {
        int attempted = 0;
        int batch;
        do {
            Integer tried = transactions.execute(status -> deliverBatch());
            batch = tried == null ? 0 : tried;
            attempted += batch;
        } while (batch == BATCH_SIZE);
        if (attempted > 0) {
            logger.debug("Tried to deliver {} emails via {}", attempted, mailer.channel());
        }
    }

    private int deliverBatch() {
        List<Email> due = log.lockDue(clock.instant(), BATCH_SIZE);
        Map<EmailId, List<EmailAttachment>> attachments = log.attachmentsOf(due);
        log.saveAll(due.stream()
                .map(email -> deliver(email, attachments.getOrDefault(email.id(), List.of())))
                .toList());
        return due.size();
    }

    /** The email as it stands after this attempt: sent, or failed and waiting for its retry. */
    private Email deliver(Email email, List<EmailAttachment> attachments) {
        try {
            mailer.send(email, attachments);
            return email.sent(mailer.channel(), clock);
        } catch (DeliveryFailedException | RuntimeException e) {
            // A message that cannot even be built must not hold up every email queued behind it.
            Email failed = email.failed(String.valueOf(e.getMessage()), clock);
            logger.warn("Email {} to {} not delivered (attempt {} of {}): {}", email.id(), email.to(),
                    failed.attempts(), Email.MAX_ATTEMPTS, failed.lastError());
            return failed;
        }
    }
}
