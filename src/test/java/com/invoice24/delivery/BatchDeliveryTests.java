package com.invoice24.delivery;

import static com.invoice24.delivery.AnEmail.anInvoiceEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoice24.workspace.WorkspaceId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sending job claims emails a batch at a time. Each test runs {@link EmailDelivery}s of its own
 * over the application's email log and clock, with a mailer that records what it was handed, as
 * {@code SmtpDeliveryTests} does with a real SMTP server.
 */
class BatchDeliveryTests extends DeliveryTest {

    @Autowired
    EmailLog emailLog;

    @Autowired
    Clock clock;

    @Test
    void twoInstancesDrainingAtOnceSendEachEmailExactlyOnce() throws Exception {
        Workspace acme = signUp("Acme Consulting LLC");
        List<String> recipients = IntStream.range(0, 2 * EmailDelivery.BATCH_SIZE)
                .mapToObj(n -> "ap-" + n + "-" + UUID.randomUUID() + "@globex.example").toList();
        recipients.forEach(to -> queue(anInvoiceEmail(acme.id()).to(to)));
        RecordingMailer mailer = RecordingMailer.overlappingTwoThreads();

        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> drains = List.of(instances.submit(delivery(mailer)::deliverDue),
                    instances.submit(delivery(mailer)::deliverDue));
            for (Future<?> drain : drains) {
                drain.get(60, TimeUnit.SECONDS);
            }
        } finally {
            instances.shutdownNow();
        }

        Map<String, Long> sendsPerRecipient = mailer.sentTo().stream().filter(Set.copyOf(recipients)::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(sendsPerRecipient).hasSize(recipients.size()).allSatisfy((to, sends) -> assertThat(sends)
                .as("emails to %s", to).isEqualTo(1));
        assertThat(mailer.threads()).as("both instances sent").hasSize(2);
        assertThat(outbox.latest(new WorkspaceId(acme.id()), EmailStatus.SENT))
                .hasSize(recipients.size());
    }

    @Test
    void anEmailThatFailsWaitsForItsRetryWhileTheRestOfItsBatchGoesOut() {
        Workspace acme = signUp("Acme Consulting LLC");
        Instant now = secondsOnly();
        EmailId before = queue(anInvoiceEmail(acme.id()));
        EmailId failing = queue(anInvoiceEmail(acme.id()).to("unbuildable@globex.example"));
        EmailId after = queue(anInvoiceEmail(acme.id()));
        RecordingMailer mailer = RecordingMailer.failingFor("unbuildable@globex.example"::equals);

        delivery(mailer).deliverDue();

        assertThat(email(acme, before).status()).isEqualTo(EmailStatus.SENT);
        assertThat(email(acme, after).status()).isEqualTo(EmailStatus.SENT);
        Email retrying = email(acme, failing);
        assertThat(retrying.status()).isEqualTo(EmailStatus.QUEUED);
        assertThat(retrying.attempts()).isEqualTo(1);
        assertThat(retrying.nextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(1)));
        assertThat(retrying.lastError()).isEqualTo("Cannot build a message to unbuildable@globex.example");
    }

    @Test
    void aCrashInTheMiddleOfABatchLeavesAllOfItQueuedToGoAgain() {
        Workspace acme = signUp("Acme Consulting LLC");
        delivery(RecordingMailer.failingFor(to -> false)).deliverDue();
        String firstTo = "ap-" + UUID.randomUUID() + "@globex.example";
        EmailId first = queue(anInvoiceEmail(acme.id()).to(firstTo));
        EmailId second = queue(anInvoiceEmail(acme.id()).to("crash@globex.example"));
        RecordingMailer crashing = RecordingMailer.crashingAt("crash@globex.example"::equals);

        assertThatThrownBy(delivery(crashing)::deliverDue).isInstanceOf(Crash.class);
        assertThat(crashing.sentTo()).as("handed over before the crash").contains(firstTo);
        assertThat(List.of(email(acme, first), email(acme, second))).allSatisfy(email -> {
            assertThat(email.status()).isEqualTo(EmailStatus.QUEUED);
            assertThat(email.attempts()).isZero();
        });

        RecordingMailer afterRestart = RecordingMailer.failingFor(to -> false);
        delivery(afterRestart).deliverDue();

        assertThat(afterRestart.sentTo()).contains(firstTo, "crash@globex.example");
        assertThat(List.of(email(acme, first), email(acme, second)))
                .allSatisfy(email -> assertThat(email.status()).isEqualTo(EmailStatus.SENT));
    }

    private EmailDelivery delivery(Mailer mailer) {
        return new EmailDelivery(emailLog, mailer, new TransactionTemplate(transactionManager), clock);
    }

    private Email email(Workspace workspace, EmailId id) {
        return outbox.email(new WorkspaceId(workspace.id()), id);
    }

    /** What the process dying mid-send looks like to the job: not a delivery failure, nothing it catches. */
    private static final class Crash extends Error {

        Crash() {
            super("The process died");
        }
    }

    /** Takes every email it is handed except those it is told to refuse or crash at, and says whom it sent to. */
    private static final class RecordingMailer implements Mailer {

        private final Queue<String> sentTo = new ConcurrentLinkedQueue<>();
        private final Set<String> threads = ConcurrentHashMap.newKeySet();
        private final Predicate<String> refused;
        private final Predicate<String> crashAt;
        private final CyclicBarrier overlap;

        private RecordingMailer(Predicate<String> refused, Predicate<String> crashAt, CyclicBarrier overlap) {
            this.refused = refused;
            this.crashAt = crashAt;
            this.overlap = overlap;
        }

        /** The first send on each thread waits for the other thread's first send, so the two drains overlap. */
        static RecordingMailer overlappingTwoThreads() {
            return new RecordingMailer(to -> false, to -> false, new CyclicBarrier(2));
        }

        static RecordingMailer failingFor(Predicate<String> refused) {
            return new RecordingMailer(refused, to -> false, new CyclicBarrier(1));
        }

        static RecordingMailer crashingAt(Predicate<String> crashAt) {
            return new RecordingMailer(to -> false, crashAt, new CyclicBarrier(1));
        }

        @Override
        public DeliveryChannel channel() {
            return DeliveryChannel.LOG;
        }

        @Override
        public void send(Email email, List<EmailAttachment> attachments) {
            if (threads.add(Thread.currentThread().getName())) {
                awaitOverlap();
            }
            if (crashAt.test(email.to())) {
                throw new Crash();
            }
            if (refused.test(email.to())) {
                throw new IllegalStateException("Cannot build a message to " + email.to());
            }
            sentTo.add(email.to());
        }

        List<String> sentTo() {
            return List.copyOf(sentTo);
        }

        Set<String> threads() {
            return Set.copyOf(threads);
        }

        private void awaitOverlap() {
            try {
                overlap.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (BrokenBarrierException | TimeoutException e) {
                throw new AssertionError("The other instance never sent anything alongside this one", e);
            }
        }
    }
}
