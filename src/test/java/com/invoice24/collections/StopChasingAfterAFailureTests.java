package com.invoice24.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The hold that a payment lifts is lifted even when the listener fails the first time: its publication stays
 * incomplete in the registry and the retry job hands it over again.
 */
@SuppressWarnings("unchecked")
class StopChasingAfterAFailureTests extends CollectionsTestSupport {

    @Test
    void aFailedHoldLiftIsRetriedFromTheEventRegistry() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String globex = client(acme);
        String invoice = sentInvoice(acme, globex);
        on("2026-04-20");
        assertThat(onHold(acme, globex)).isTrue();

        refuseHoldChangesFor(globex);
        try {
            http.post().uri("/api/v1/payments").headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("clientId", globex, "amount", "1000.00", "method", "ACH", "reference", "ACH 4471",
                            "allocations", List.of(Map.of("invoiceId", invoice, "amount", "1000.00"))))
                    .exchange().expectStatus().isCreated();
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                    .until(() -> incompletePublicationsOf(globex) > 0);
            assertThat(onHold(acme, globex)).isTrue();
        } finally {
            jdbc().sql("DROP TRIGGER refuse_hold_changes ON client_hold_events").update();
        }

        http.put().uri("/api/v1/test/clock").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("now", "2026-04-20T18:00:00Z")).exchange().expectStatus().isOk();
        runJobs();

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> !onHold(acme, globex) && incompletePublicationsOf(globex) == 0);
    }

    /** Stands in for a crash in the middle of the listener: its transaction cannot write the hold's change. */
    private void refuseHoldChangesFor(String client) {
        jdbc().sql("""
                CREATE OR REPLACE FUNCTION refuse_hold_changes() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.client_id = '%s' THEN
                        RAISE EXCEPTION 'the listener fails this time';
                    END IF;
                    RETURN NEW;
                END $$""".formatted(client)).update();
        jdbc().sql("CREATE TRIGGER refuse_hold_changes BEFORE INSERT ON client_hold_events "
                + "FOR EACH ROW EXECUTE FUNCTION refuse_hold_changes()").update();
    }

    private long incompletePublicationsOf(String client) {
        return jdbc().sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL "
                        + "AND serialized_event LIKE :client")
                .param("client", "%" + client + "%").query(Long.class).single();
    }

    private boolean onHold(Workspace workspace, String client) {
        return Boolean.TRUE.equals(http.get().uri("/api/v1/clients/{id}", client).headers(workspace::authorize)
                .exchange().expectStatus().isOk().returnResult(Map.class).getResponseBody().get("onHold"));
    }
}
