package com.invoice24.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.PageSession;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CollectionsPagesTests extends CollectionsTestSupport {

    @Test
    void theCollectionsPageShowsOverdueInvoicesDisputesAndLapsingPromises() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String client = client(acme);
        sentInvoice(acme, client);
        String disputed = sentInvoice(acme, client);
        String promised = sentInvoice(acme, client);
        setToday("2026-04-08");
        post(acme, "/api/v1/invoices/{id}/dispute", disputed, Map.of("reason", "Hours on line 1 not approved",
                "resolveBy", "2026-04-20")).expectStatus().isCreated();
        post(acme, "/api/v1/invoices/{id}/promise", promised, Map.of("promisedDate", "2026-04-06"))
                .expectStatus().isCreated();
        PageSession browser = signIn(acme);

        String page = browser.get("/collections").getResponseBody();

        assertThat(page).contains("Overdue invoices", "due+7 on Apr 8", "Hours on line 1 not approved", "Apr 20, 2026",
                "Apr 6, 2026", ">Collections</a>");
    }

    @Test
    void theRemindersSettingsPageEditsAStepAndPreviewsIt() {
        Workspace acme = signUp("Acme Consulting LLC");
        PageSession browser = signIn(acme);

        String page = browser.get("/settings/reminders?step=3").getResponseBody();
        assertThat(page).contains("due+7", "Is there anything you need from me to get this approved?",
                "INV-2026-0042", "Acme Consulting LLC");

        PageSession.assertRedirectsTo(browser.submit("/settings/reminders", Map.of("index", "3", "key", "due+7",
                "anchor", "DUE", "offsetDays", "8", "subject", "Past due: {invoiceNumber}", "body",
                "Hello {contact}")), "/settings/reminders");
        http.get().uri("/api/v1/workspace/reminder-policy").headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.steps[3].offsetDays").isEqualTo(8)
                .jsonPath("$.steps[3].subject").isEqualTo("Past due: {invoiceNumber}")
                .jsonPath("$.steps.length()").isEqualTo(6);
    }

    private PageSession signIn(Workspace workspace) {
        PageSession browser = new PageSession(port);
        browser.get("/login");
        browser.submit("/login", Map.of("email", workspace.ownerEmail(), "password", PASSWORD));
        return browser;
    }
}
