package com.invoice24.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.invoice24.IntegrationTest;
import com.invoice24.workspace.WorkspaceId;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A payment publishes more than one event that weighs the client's hold, and their listeners run at the same
 * time. The second to change the hold must find it changed and carry on, not fail and roll back its work.
 */
class HoldChangeRaceTests extends IntegrationTest {

    @Autowired
    ClientOnboarding onboarding;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theSecondOfTwoConcurrentHoldLiftsFindsItLiftedAndDoesNothing() throws Exception {
        Workspace acme = signUp("Acme Consulting LLC");
        WorkspaceId workspace = new WorkspaceId(acme.id());
        ClientId globex = new ClientId(UUID.fromString(clients(acme).globex().create()));
        assertThat(onboarding.setOnHold(workspace, globex, true)).isTrue();

        CountDownLatch firstChanged = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
            boolean changed = onboarding.setOnHold(workspace, globex, false);
            firstChanged.countDown();
            waitFor(firstMayCommit);
            return changed;
        }));
        assertThat(firstChanged.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() ->
                transactions.execute(status -> onboarding.setOnHold(workspace, globex, false)));
        await().atMost(Duration.ofSeconds(10)).until(this::someoneWaitsForALock);
        firstMayCommit.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(second.get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(onboarding.client(workspace, globex).onHold()).isFalse();
    }

    private boolean someoneWaitsForALock() {
        return jdbc().sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                        + "AND query LIKE 'UPDATE clients SET %'")
                .query(Long.class).single() > 0;
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
