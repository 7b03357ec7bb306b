package com.invoice24.delivery;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. Each email is locked, sent and marked in one transaction of its
 * own, so a crash between sending and marking leaves it queued and it goes again: an email may
 * in rare cases arrive twice, but a committed one is never lost.
 */
class EmailDelivery {

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

    /** Sends every email that is due now, oldest first, until none is left. */
    void deliverDue() {
        int attempted = 0;
        while (Boolean.TRUE.equals(transactions.execute(status -> deliverNext()))) {
            attempted++;
        }
        if (attempted > 0) {
            logger.debug("Tried to deliver {} emails via {}", attempted, mailer.channel());
        }
    }

    private boolean deliverNext() {
        Optional<Email> due = log.lockNextDue(clock.instant());
        due.ifPresent(this::deliver);
        return due.isPresent();
    }

    private void deliver(Email email) {
        List<EmailAttachment> attachments = log.attachmentsOf(email.id());
        try {
            mailer.send(email, attachments);
            log.save(email.sent(mailer.channel(), clock));
        } catch (DeliveryFailedException | RuntimeException e) {
            // A message that cannot even be built must not hold up every email queued behind it.
            Email failed = email.failed(String.valueOf(e.getMessage()), clock);
            log.save(failed);
            logger.warn("Email {} to {} not delivered (attempt {} of {}): {}", email.id(), email.to(),
                    failed.attempts(), Email.MAX_ATTEMPTS, failed.lastError());
        }
    }
}
