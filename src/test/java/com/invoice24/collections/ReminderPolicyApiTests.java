package com.invoice24.collections;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

class ReminderPolicyApiTests extends CollectionsTestSupport {

    @Test
    void everyWorkspaceStartsWithTheDefaultSequence() {
        Workspace acme = signUp("Acme Consulting LLC");

        http.get().uri("/api/v1/workspace/reminder-policy").headers(acme::authorize).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.steps[*].key").isEqualTo(List.of("sent+7", "due-3", "due+0", "due+7", "due+14", "due+21"))
                .jsonPath("$.steps[0].anchor").isEqualTo("SENT")
                .jsonPath("$.steps[0].minTermsDays").isEqualTo(30)
                .jsonPath("$.steps[3].body").value(body -> org.assertj.core.api.Assertions.assertThat((String) body)
                        .contains("Is there anything you need from me to get this approved?"));
    }

    @Test
    void aChangedPolicyRoundTrips() {
        Workspace acme = signUp("Acme Consulting LLC");
        List<Map<String, Object>> steps = List.of(
                Map.of("key", "due+0", "anchor", "DUE", "offsetDays", 0, "subject", "Due today: {invoiceNumber}",
                        "body", "Hello {contact}, {balanceDue} is due today.\n{signature}"),
                Map.of("key", "due+10", "anchor", "DUE", "offsetDays", 10, "subject", "{invoiceNumber} is overdue",
                        "body", "It is {daysOverdue} days past due."));

        put(acme, Map.of("steps", steps)).expectStatus().isOk()
                .expectBody().jsonPath("$.steps.length()").isEqualTo(2);
        http.get().uri("/api/v1/workspace/reminder-policy").headers(acme::authorize).exchange()
                .expectBody()
                .jsonPath("$.steps[*].key").isEqualTo(List.of("due+0", "due+10"))
                .jsonPath("$.steps[1].offsetDays").isEqualTo(10)
                .jsonPath("$.steps[1].subject").isEqualTo("{invoiceNumber} is overdue");
    }

    @Test
    void aStepIsOnUnlessSwitchedOffAndAnEmptySequenceStaysEmpty() {
        Workspace acme = signUp("Acme Consulting LLC");
        List<Map<String, Object>> steps = List.of(
                Map.of("key", "due+0", "anchor", "DUE", "offsetDays", 0, "subject", "Due today", "body", "Hello"),
                Map.of("key", "due+10", "anchor", "DUE", "offsetDays", 10, "subject", "Overdue", "body", "Hello",
                        "enabled", false));

        put(acme, Map.of("steps", steps)).expectStatus().isOk()
                .expectBody().jsonPath("$.steps[*].enabled").isEqualTo(List.of(true, false));
        put(acme, Map.of("steps", List.of())).expectStatus().isOk();
        http.get().uri("/api/v1/workspace/reminder-policy").headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.steps.length()").isEqualTo(0);
    }

    @Test
    void anInvalidPolicyIsRefusedNamingEachFieldAndNothingChanges() {
        Workspace acme = signUp("Acme Consulting LLC");
        List<Map<String, Object>> steps = List.of(
                Map.of("key", "due+0", "anchor", "DUE", "offsetDays", 0, "subject", "A", "body", "B"),
                Map.of("key", "due+0", "anchor", "DUE", "offsetDays", 200, "subject", " ", "body", "Hi {nobody}"));

        put(acme, Map.of("steps", steps)).expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'steps[1].key')]").exists()
                .jsonPath("$.errors[?(@.field == 'steps[1].offsetDays')]").exists()
                .jsonPath("$.errors[?(@.field == 'steps[1].subject')]").exists()
                .jsonPath("$.errors[?(@.field == 'steps[1].body')]").exists();
        put(acme, Map.of()).expectStatus().isBadRequest();
        http.get().uri("/api/v1/workspace/reminder-policy").headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.steps.length()").isEqualTo(6);
    }

    private RestTestClient.ResponseSpec put(Workspace workspace, Map<String, ?> body) {
        return http.put().uri("/api/v1/workspace/reminder-policy").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }
}
