package com.invoice24.invoicing;

import com.invoice24.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** What a draft refuses to hold, each refusal a 4xx naming the field, never a 500 from the database. */
class InvoiceInputRulesTests extends IntegrationTest {

    private static final Map<String, Object> ONE_DAY = Map.of("description", "Workshop", "quantity", "1",
            "unitPrice", "1200.00");

    @Test
    void aNegativeQuantityIsRefusedOnItsLine() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).globex().create();

        draft(acme, Map.of("clientId", client, "lines", List.of(ONE_DAY,
                Map.of("description", "Refund", "quantity", "-2", "unitPrice", "50"))))
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("lines[1].quantity");
    }

    @Test
    void aServicePeriodThatEndsBeforeItStartsIsRefused() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).globex().create();

        draft(acme, Map.of("clientId", client, "lines", List.of(ONE_DAY),
                "servicePeriod", Map.of("start", "2026-03-31", "end", "2026-03-01")))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("servicePeriod.end");
        String id = id(draft(acme, Map.of("clientId", client, "lines", List.of(ONE_DAY))));
        http.put().uri("/api/v1/invoices/{id}", id).headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("servicePeriod", Map.of("start", "2026-03-31", "end", "2026-03-01"))).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("servicePeriod.end");
    }

    @Test
    void anIssueDateOutsideTheCalendarOfBusinessIsRefused() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).globex().create();

        for (String issueDate : List.of("0000-01-01", "1899-12-31", "9999-12-31")) {
            draft(acme, Map.of("clientId", client, "issueDate", issueDate, "lines", List.of(ONE_DAY)))
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("issueDate");
        }
        draft(acme, Map.of("clientId", client, "dueDate", "0000-01-01", "lines", List.of(ONE_DAY)))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("dueDate");
    }

    @Test
    void voidingADraftDiscardsItWithoutANumber() {
        Workspace acme = signUp("Acme Consulting LLC");
        String id = id(draft(acme, Map.of("clientId", clients(acme).globex().create(), "lines", List.of(ONE_DAY))));

        http.post().uri("/api/v1/invoices/{id}/void", id).headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", "Duplicate draft")).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("VOID")
                .jsonPath("$.number").doesNotExist();
    }

    private RestTestClient.ResponseSpec draft(Workspace workspace, Map<String, ?> invoice) {
        return http.post().uri("/api/v1/invoices").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(invoice).exchange();
    }

    private static String id(RestTestClient.ResponseSpec created) {
        return (String) created.expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
    }
}
