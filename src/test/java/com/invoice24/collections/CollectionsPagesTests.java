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
        PageSession browser = signedIn(acme);

        String page = browser.get("/collections").getResponseBody();

        assertThat(page).contains("Overdue invoices", "due+7 on Apr 8", "Hours on line 1 not approved", "Apr 20, 2026",
                "Apr 6, 2026", ">Collections</a>");
    }
}
