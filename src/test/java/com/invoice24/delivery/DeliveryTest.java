package com.invoice24.delivery;

import com.invoice24.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What the delivery tests share: queueing as a feature would, and moving the clock and running the job from outside. */
abstract class DeliveryTest extends IntegrationTest {

    @Autowired
    Outbox outbox;

    @Autowired
    PlatformTransactionManager transactionManager;

    /** Queues the email in a transaction of its own, as the feature that sends it would. */
    EmailId queue(AnEmail email) {
        return new TransactionTemplate(transactionManager).execute(status -> outbox.queue(email.build()));
    }

    Instant now() {
        return time().now();
    }

    /** Stops the clock on a whole second, so instants read back from the database compare equal. */
    Instant secondsOnly() {
        Instant now = now().truncatedTo(ChronoUnit.SECONDS);
        setClock(now);
        return now;
    }

    void setClock(Instant now) {
        time().setNow(now);
    }
}
