package com.invoice24;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Two people saving the same client, draft or reminder policy at the same moment: one wins and the
 * other is told of the conflict (409), or the saves take turns. Never a 500, never a record that is
 * half one save and half the other.
 */
@SuppressWarnings("unchecked")
class ConcurrentEditsTests extends IntegrationTest {

    private static final int ROUNDS = 6;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void twoSavesOfOneClientAtOnceAreOneSaveAndOneConflict() throws Exception {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = create(acme, "/api/v1/clients", Map.of("name", "Globex", "billingEmail", "ap@globex.example"));

        for (int round = 0; round < ROUNDS; round++) {
            List<Integer> statuses = atOnce(name -> put(acme, "/api/v1/clients/" + client,
                    Map.of("name", name, "billingEmail", "ap@globex.example", "notes", name)));

            assertOneWinsTheOtherConflictsOrBothSave(statuses);
            Map<String, Object> saved = get(acme, "/api/v1/clients/" + client);
            assertThat(saved.get("notes")).as("one save's name and notes, not a mix").isEqualTo(saved.get("name"));
        }
    }

    @Test
    void twoSavesOfOneDraftAtOnceAreOneSaveAndOneConflict() throws Exception {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = create(acme, "/api/v1/clients", Map.of("name", "Globex", "billingEmail", "ap@globex.example"));
        String draft = create(acme, "/api/v1/invoices", Map.of("clientId", client, "lines",
                List.of(Map.of("description", "Workshop", "quantity", "1", "unitPrice", "100.00"))));

        for (int round = 0; round < ROUNDS; round++) {
            List<Integer> statuses = atOnce(name -> put(acme, "/api/v1/invoices/" + draft, Map.of("reference", name,
                    "lines", List.of(Map.of("description", name, "quantity", "1", "unitPrice", "100.00"),
                            Map.of("description", name, "quantity", "2", "unitPrice", "100.00")))));

            assertOneWinsTheOtherConflictsOrBothSave(statuses);
            Map<String, Object> saved = get(acme, "/api/v1/invoices/" + draft);
            List<Map<String, Object>> lines = (List<Map<String, Object>>) saved.get("lines");
            assertThat(lines).hasSize(2)
                    .allSatisfy(line -> assertThat(line.get("description")).isEqualTo(saved.get("reference")));
        }
    }

    @Test
    void twoSavesOfTheReminderPolicyAtOnceTakeTurns() throws Exception {
        Workspace acme = signUp("Acme Consulting LLC");

        for (int round = 0; round < ROUNDS; round++) {
            List<Integer> statuses = atOnce(name -> put(acme, "/api/v1/workspace/reminder-policy", Map.of("steps",
                    List.of(step(name + "-before", -3), step(name + "-due", 0), step(name + "-after", 7)))));

            assertOneWinsTheOtherConflictsOrBothSave(statuses);
            List<Map<String, Object>> steps = (List<Map<String, Object>>) get(acme, "/api/v1/workspace/reminder-policy")
                    .get("steps");
            assertThat(steps).hasSize(3);
            String saver = ((String) steps.get(0).get("key")).replace("-before", "");
            assertThat(saver).isIn("dana", "sam");
            assertThat(steps).extracting(step -> step.get("key"))
                    .containsExactly(saver + "-before", saver + "-due", saver + "-after");
        }
    }

    private static Map<String, Object> step(String key, int offsetDays) {
        return Map.of("key", key.toLowerCase(), "anchor", "DUE", "offsetDays", offsetDays,
                "subject", "Invoice {invoiceNumber}", "body", "Hello {contact}, {balanceDue} is due {dueDate}.");
    }

    private static void assertOneWinsTheOtherConflictsOrBothSave(List<Integer> statuses) {
        assertThat(statuses).as("never a server error").allMatch(status -> status < 500);
        assertThat(statuses.stream().sorted().toList()).as("one 200 and one 409, or two 200s one after the other")
                .isIn(List.of(200, 409), List.of(200, 200));
    }

    /** Both saves released by one latch, as near to the same instant as two threads get. */
    private List<Integer> atOnce(Function<String, Integer> save) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> saves = new ArrayList<>();
        for (String name : List.of("Dana", "Sam")) {
            saves.add(pool.submit(() -> {
                start.await();
                return save.apply(name);
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> done : saves) {
            statuses.add(done.get(60, TimeUnit.SECONDS));
        }
        return statuses;
    }

    private int put(Workspace workspace, String path, Map<String, ?> body) {
        return http.put().uri(path).headers(workspace::authorize).contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange().returnResult(String.class).getStatus().value();
    }

    private String create(Workspace workspace, String path, Map<String, ?> body) {
        return (String) http.post().uri(path).headers(workspace::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
    }

    private Map<String, Object> get(Workspace workspace, String path) {
        return http.get().uri(path).headers(workspace::authorize).exchange().expectStatus().isOk()
                .returnResult(Map.class).getResponseBody();
    }
}
