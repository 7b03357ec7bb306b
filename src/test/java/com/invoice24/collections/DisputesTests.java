package com.invoice24.collections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DisputesTests extends CollectionsTestSupport {

    @Test
    void noRemindersWhileDisputedAndTheLatestStepAfterItIsResolved() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String invoice = sentInvoice(acme, client(acme));
        setToday("2026-03-04");

        post(acme, "/api/v1/invoices/{id}/dispute", invoice, Map.of("reason", "Hours on line 1 not approved",
                "resolveBy", "2026-03-20", "owner", "Dana")).expectStatus().isCreated()
                .expectBody().jsonPath("$.owner").isEqualTo("Dana").jsonPath("$.resolveBy").isEqualTo("2026-03-20");
        http.get().uri("/api/v1/invoices/{id}", invoice).headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.status").isEqualTo("DISPUTED");
        post(acme, "/api/v1/invoices/{id}/dispute", invoice, Map.of("reason", "again", "resolveBy", "2026-03-20"))
                .expectStatus().isEqualTo(409);

        on("2026-03-09");
        on("2026-04-08");
        assertThat(remindersOf(acme, invoice)).isEmpty();

        post(acme, "/api/v1/invoices/{id}/dispute/resolve", invoice, Map.of("outcome", "REJECTED",
                "note", "Hours confirmed by their PM")).expectStatus().isOk()
                .expectBody().jsonPath("$.outcome").isEqualTo("REJECTED");
        post(acme, "/api/v1/invoices/{id}/dispute/resolve", invoice, Map.of("outcome", "REJECTED"))
                .expectStatus().isEqualTo(409);
        http.get().uri("/api/v1/invoices/{id}", invoice).headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.status").isEqualTo("OVERDUE");
        on("2026-04-09");

        assertThat(remindersOf(acme, invoice)).containsExactly("due+7");
        http.get().uri("/api/v1/invoices/{id}/activity", invoice).headers(acme::authorize).exchange()
                .expectBody()
                .jsonPath("$[?(@.type == 'disputed')]").exists()
                .jsonPath("$[?(@.type == 'resolved')]").exists();
    }

    @Test
    void aDisputeResolvedByCorrectionVoidsTheInvoiceAndOpensACorrectedDraft() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String client = client(acme);
        String invoice = sentInvoice(acme, client);
        post(acme, "/api/v1/invoices/{id}/dispute", invoice, Map.of("reason", "Wrong hourly rate",
                "resolveBy", "2026-03-20")).expectStatus().isCreated();

        post(acme, "/api/v1/invoices/{id}/dispute/resolve", invoice, Map.of("outcome", "CORRECTED",
                "note", "Rate is 180, not 200")).expectStatus().isOk();

        http.get().uri("/api/v1/invoices/{id}", invoice).headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.status").isEqualTo("VOID")
                .jsonPath("$.voidReason").isEqualTo("Corrected after dispute: Rate is 180, not 200");
        http.get().uri("/api/v1/invoices?status=DRAFT&clientId={id}", client).headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.total").isEqualTo(1);
    }

    @Test
    void aDisputeNeedsAReasonAndADateAndAResolutionAnOutcome() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String invoice = sentInvoice(acme, client(acme));

        post(acme, "/api/v1/invoices/{id}/dispute", invoice, Map.of()).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.length()").isEqualTo(2);
        post(acme, "/api/v1/invoices/{id}/dispute/resolve", invoice, Map.of("note", "x"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("outcome");
    }

    @Test
    void anotherWorkspacesInvoiceCannotBeDisputedOrPromised() {
        Workspace acme = signUp("Acme Consulting LLC");
        Workspace globex = signUp("Globex Partners");
        setToday("2026-03-02");
        String invoice = sentInvoice(acme, client(acme));

        post(globex, "/api/v1/invoices/{id}/dispute", invoice, Map.of("reason", "x", "resolveBy", "2026-03-20"))
                .expectStatus().isNotFound();
        post(globex, "/api/v1/invoices/{id}/promise", invoice, Map.of("promisedDate", "2026-03-20"))
                .expectStatus().isNotFound();
        http.get().uri("/api/v1/invoices/{id}", invoice).headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.status").isEqualTo("SENT");
    }
}
