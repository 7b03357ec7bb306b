package com.invoice24.delivery;

import static com.invoice24.delivery.AnEmail.anInvoiceEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoice24.shared.BusinessRuleException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EmailTests {

    private static final Instant QUEUED_AT = Instant.parse("2026-03-02T15:00:00Z");

    private final Email queued = Email.queue(anInvoiceEmail(UUID.randomUUID())
            .attaching("INV-2026-0042.pdf", "application/pdf", new byte[] {1, 2, 3}).build(), at(QUEUED_AT));

    @Test
    void queuedEmailIsDueAtOnceWithNothingTriedYet() {
        assertThat(queued.status()).isEqualTo(EmailStatus.QUEUED);
        assertThat(queued.nextAttemptAt()).isEqualTo(QUEUED_AT);
        assertThat(queued.attempts()).isZero();
        assertThat(queued.attachments()).containsExactly(new AttachedFile("INV-2026-0042.pdf", "application/pdf", 3));
    }

    @Test
    void eachFailureWaitsTwiceAsLongAsTheOneBefore() {
        Email email = queued;
        Instant now = QUEUED_AT;
        for (int minutes : new int[] {1, 2, 4, 8}) {
            email = email.failed("Connection refused", at(now));
            assertThat(email.status()).isEqualTo(EmailStatus.QUEUED);
            assertThat(email.nextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(minutes)));
            assertThat(email.lastError()).isEqualTo("Connection refused");
            assertThat(email.failureReason()).as("still being retried").isNull();
            now = email.nextAttemptAt();
        }
        assertThat(email.attempts()).isEqualTo(4);
    }

    @Test
    void fifthFailureGivesUpWithTheReason() {
        Email email = queued;
        for (int attempt = 1; attempt <= Email.MAX_ATTEMPTS; attempt++) {
            email = email.failed("Connection refused " + attempt, at(QUEUED_AT));
        }
        assertThat(email.status()).isEqualTo(EmailStatus.FAILED);
        assertThat(email.attempts()).isEqualTo(5);
        assertThat(email.failureReason()).isEqualTo("Connection refused 5");
        assertThat(email.logEntry().failureReason()).isEqualTo("Connection refused 5");
    }

    @Test
    void sentEmailRecordsWhenAndHow() {
        Instant later = QUEUED_AT.plusSeconds(30);
        Email sent = queued.failed("Timed out", at(QUEUED_AT)).sent(DeliveryChannel.SMTP, at(later));

        assertThat(sent.status()).isEqualTo(EmailStatus.SENT);
        assertThat(sent.sentAt()).isEqualTo(later);
        assertThat(sent.deliveredVia()).isEqualTo(DeliveryChannel.SMTP);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.failureReason()).isNull();
    }

    @Test
    void sentEmailCannotBeSentOrFailedAgain() {
        Email sent = queued.sent(DeliveryChannel.LOG, at(QUEUED_AT));

        assertThatThrownBy(() -> sent.sent(DeliveryChannel.LOG, at(QUEUED_AT)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SENT");
        assertThatThrownBy(() -> sent.failed("late", at(QUEUED_AT))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void resendIsAFreshQueuedCopyThatPointsToItsOriginal() {
        Email sent = queued.sent(DeliveryChannel.SMTP, at(QUEUED_AT));
        Instant later = QUEUED_AT.plus(Duration.ofDays(3));

        Email copy = sent.resend(at(later));

        assertThat(copy.id()).isNotEqualTo(sent.id());
        assertThat(copy.resendOf()).isEqualTo(sent.id());
        assertThat(copy.status()).isEqualTo(EmailStatus.QUEUED);
        assertThat(copy.queuedAt()).isEqualTo(later);
        assertThat(copy.sentAt()).isNull();
        assertThat(copy.attempts()).isZero();
        assertThat(copy).extracting(Email::to, Email::subject, Email::body, Email::attachments)
                .containsExactly(sent.to(), sent.subject(), sent.body(), sent.attachments());
    }

    @Test
    void queuedEmailIsNotResentBecauseItGoesOutAnyway() {
        assertThatThrownBy(() -> queued.resend(at(QUEUED_AT))).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void emailWithoutRecipientIsRefused() {
        assertThatThrownBy(() -> Email.queue(anInvoiceEmail(UUID.randomUUID()).to(" ").build(), at(QUEUED_AT)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("recipient");
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
