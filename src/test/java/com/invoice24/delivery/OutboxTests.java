package com.invoice24.delivery;

import static com.invoice24.delivery.AnEmail.anInvoiceEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.invoice24.workspace.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox without an SMTP server, as the app runs out of the box: emails go to the email log. */
class OutboxTests extends DeliveryTest {

    @Test
    void emailQueuedInATransactionThatRollsBackWasNeverQueued() {
        Workspace acme = signUp("Acme Consulting LLC");
        UUID invoice = UUID.randomUUID();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            outbox.queue(anInvoiceEmail(acme.id()).forInvoice(invoice).build());
            status.setRollbackOnly();
        });
        runJobs();

        assertThat(outbox.forInvoice(new WorkspaceId(acme.id()), invoice)).isEmpty();
    }

    @Test
    void queueingOutsideATransactionIsRefused() {
        Workspace acme = signUp("Acme Consulting LLC");

        assertThatThrownBy(() -> outbox.queue(anInvoiceEmail(acme.id()).build()))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void withoutSmtpTheJobDeliversToTheEmailLogOnly() {
        Workspace acme = signUp("Acme Consulting LLC");
        UUID invoice = UUID.randomUUID();
        Instant now = secondsOnly();
        queue(anInvoiceEmail(acme.id()).forInvoice(invoice));
        assertThat(outbox.forInvoice(new WorkspaceId(acme.id()), invoice))
                .extracting(EmailLogEntry::status).containsExactly(EmailStatus.QUEUED);

        runJobs();

        EmailLogEntry sent = outbox.forInvoice(new WorkspaceId(acme.id()), invoice).get(0);
        assertThat(sent.status()).isEqualTo(EmailStatus.SENT);
        assertThat(sent.sentAt()).isEqualTo(now);
        assertThat(outbox.email(new WorkspaceId(acme.id()), sent.id()).deliveredVia()).isEqualTo(DeliveryChannel.LOG);
    }

    @Test
    void invoiceTimelineListsItsEmailsOldestFirst() {
        Workspace acme = signUp("Acme Consulting LLC");
        UUID invoice = UUID.randomUUID();
        Instant start = now();
        EmailId invoiceEmail = queue(anInvoiceEmail(acme.id()).forInvoice(invoice));
        setClock(start.plus(Duration.ofDays(7)));
        EmailId reminder = queue(anInvoiceEmail(acme.id()).reminder(invoice, "7-days-after-sending"));
        queue(anInvoiceEmail(acme.id()));

        assertThat(outbox.forInvoice(new WorkspaceId(acme.id()), invoice))
                .extracting(EmailLogEntry::id, EmailLogEntry::kind, EmailLogEntry::reminderStep)
                .containsExactly(
                        tuple(invoiceEmail, EmailKind.INVOICE, null),
                        tuple(reminder, EmailKind.REMINDER, "7-days-after-sending"));
    }

    @Test
    void eachReminderStepOfAnInvoiceIsQueuedAtMostOnce() {
        Workspace acme = signUp("Acme Consulting LLC");
        UUID invoice = UUID.randomUUID();
        queue(anInvoiceEmail(acme.id()).reminder(invoice, "on-due-date"));

        assertThatThrownBy(() -> queue(anInvoiceEmail(acme.id()).reminder(invoice, "on-due-date")))
                .isInstanceOf(DuplicateKeyException.class);
        queue(anInvoiceEmail(acme.id()).reminder(invoice, "7-days-past-due"));

        assertThat(outbox.forInvoice(new WorkspaceId(acme.id()), invoice))
                .extracting(EmailLogEntry::reminderStep).containsExactly("on-due-date", "7-days-past-due");
    }

    @Test
    void anEmailAnotherInstanceIsSendingIsSkippedNotSentTwice() throws Exception {
        Workspace acme = signUp("Acme Consulting LLC");
        UUID invoice = UUID.randomUUID();
        EmailId id = queue(anInvoiceEmail(acme.id()).forInvoice(invoice));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService otherInstance = Executors.newSingleThreadExecutor();
        try {
            Future<?> sending = otherInstance.submit(() -> new TransactionTemplate(transactionManager)
                    .executeWithoutResult(status -> {
                        jdbc().sql("SELECT id FROM emails WHERE id = :id FOR UPDATE").param("id", id.value())
                                .query(UUID.class).single();
                        locked.countDown();
                        await(release);
                    }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

            runJobs();
            assertThat(outbox.forInvoice(new WorkspaceId(acme.id()), invoice))
                    .extracting(EmailLogEntry::status).containsExactly(EmailStatus.QUEUED);

            release.countDown();
            sending.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            otherInstance.shutdown();
        }
        runJobs();
        assertThat(outbox.forInvoice(new WorkspaceId(acme.id()), invoice))
                .extracting(EmailLogEntry::status).containsExactly(EmailStatus.SENT);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
