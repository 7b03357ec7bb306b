package com.invoice24.collections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class ClientReminderOverrideTests extends CollectionsTestSupport {

    @Test
    void aClientWithRemindersOffGetsNone() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String client = client(acme);
        String invoice = sentInvoice(acme, client);
        http.put().uri("/api/v1/clients/{id}/reminder-policy", client).headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("remindersOff", true))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.remindersOff").isEqualTo(true);

        on("2026-03-09");
        on("2026-04-08");

        assertThat(remindersOf(acme, invoice)).isEmpty();
    }

    @Test
    void aClientWithStepsOfItsOwnGetsThoseInsteadOfTheWorkspaces() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String client = client(acme);
        String invoice = sentInvoice(acme, client);
        http.put().uri("/api/v1/clients/{id}/reminder-policy", client).headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("steps", List.of(Map.of("key", "due+10", "anchor", "DUE", "offsetDays", 10,
                        "subject", "Invoice {invoiceNumber}: payment date?",
                        "body", "Hi {contact}, could you confirm when {invoiceNumber} will be paid?"))))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.usesWorkspaceSteps").isEqualTo(false);

        on("2026-03-09");
        on("2026-04-01");
        on("2026-04-13");

        assertThat(remindersOf(acme, invoice)).containsExactly("due+10");
    }

    @Test
    void anotherWorkspacesClientHasNoReminderPolicy() {
        Workspace acme = signUp("Acme Consulting LLC");
        Workspace globex = signUp("Globex Partners");
        String client = client(acme);

        http.get().uri("/api/v1/clients/{id}/reminder-policy", client).headers(globex::authorize).exchange()
                .expectStatus().isNotFound();
    }
}
