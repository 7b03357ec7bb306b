package com.invoice24.catalog;

import static com.invoice24.PageSession.assertRedirectsTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

class CatalogPageTests extends IntegrationTest {

    @Test
    void itemFormShowsWhatIsWrongNextToTheFieldAndSavesNothing() {
        Workspace acme = signUp("Acme Consulting LLC");
        PageSession browser = signedIn(acme.ownerEmail());
        browser.get("/settings/items/new");

        EntityExchangeResult<String> page = browser.submit("/settings/items/new", Map.of(
                "name", "Strategy workshop", "description", "", "unit", "HOUR", "unitPrice", "187.12345"));

        assertThat(page.getStatus().value()).isEqualTo(200);
        assertThat(page.getResponseBody())
                .contains("id=\"unitPrice-error\"")
                .contains("Use at most 4 decimals")
                .contains("value=\"187.12345\"")
                .contains("value=\"Strategy workshop\"");
        assertThat(itemsNamed(acme, "Strategy workshop")).isZero();
    }

    @Test
    void ownerAddsAnItemOnThePageAndFindsItInTheLibrary() {
        Workspace acme = signUp("Acme Consulting LLC");
        PageSession browser = signedIn(acme.ownerEmail());
        browser.get("/settings/items/new");

        EntityExchangeResult<String> saved = browser.submit("/settings/items/new", Map.of(
                "name", "Strategy workshop", "description", "Strategy workshop (4 hours) – {project}",
                "unit", "HOUR", "unitPrice", "$1,187.5", "category", "Consulting"));

        assertThat(saved.getStatus().is3xxRedirection()).isTrue();
        assertThat(browser.get(saved.getResponseHeaders().getLocation().getPath()).getResponseBody())
                .contains("is in your service library").contains("value=\"1187.50\"");
        assertThat(browser.get("/settings/items?q=strategy").getResponseBody())
                .contains("Strategy workshop").contains("$1,187.50");
    }

    @Test
    void archivedItemsAreListedOnlyWhenAskedFor() {
        Workspace acme = signUp("Acme Consulting LLC");
        PageSession browser = signedIn(acme.ownerEmail());
        String itemPage = itemPage(browser, "SEO");

        browser.get(itemPage);
        assertRedirectsTo(browser.submit(itemPage + "/archive", Map.of()), itemPage);

        assertThat(browser.get("/settings/items?q=SEO").getResponseBody()).doesNotContain("Monthly SEO management");
        assertThat(browser.get("/settings/items?q=SEO&includeArchived=true").getResponseBody())
                .contains("Monthly SEO management").contains("Archived");
    }

    @Test
    void ownerGivesAClientItsOwnRateOnTheItemPage() {
        Workspace acme = signUp("Acme Consulting LLC");
        String clientId = (String) Json.object(http.post().uri("/api/v1/clients").headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "Globex Corporation"))
                .exchange().expectStatus().isCreated()
                .returnResult(Map.class).getResponseBody()).get("id");
        PageSession browser = signedIn(acme.ownerEmail());
        String itemPage = itemPage(browser, "SEO");
        assertThat(browser.get(itemPage).getResponseBody()).contains("Globex Corporation");

        EntityExchangeResult<String> refused = browser.submit(itemPage + "/client-rates",
                Map.of("clientId", clientId, "unitPrice", "1,350.123456"));
        assertThat(refused.getResponseBody()).contains("id=\"rate-unitPrice-error\"").contains("Use at most 4 decimals");

        assertRedirectsTo(browser.submit(itemPage + "/client-rates", Map.of("clientId", clientId, "unitPrice",
                "1,350")), itemPage);
        assertThat(browser.get(itemPage).getResponseBody())
                .contains("Rate saved for Globex Corporation.").contains("$1,350.00");

        assertRedirectsTo(browser.submit(itemPage + "/client-rates/" + clientId + "/delete", Map.of()), itemPage);
        assertThat(browser.get(itemPage).getResponseBody()).contains("Every client pays the item's price.");
    }

    @Test
    void templateFormSavesTheRowsFilledInAndIgnoresEmptyOnes() {
        Workspace acme = signUp("Acme Consulting LLC");
        PageSession browser = signedIn(acme.ownerEmail());
        browser.get("/settings/templates/new");
        Map<String, String> form = new HashMap<>(Map.of("name", "Website build", "billingModel", "FIXED_FEE",
                "notes", "Fixed fee as agreed in the SOW.", "paymentTermsDays", "30", "attachments",
                "MILESTONE_ACCEPTANCE"));
        form.putAll(Map.of("lines[0].description", "Website build – fixed fee", "lines[0].quantity", "1",
                "lines[0].unit", "FIXED", "lines[0].unitPrice", "12000",
                "lines[1].description", "", "lines[1].quantity", "", "lines[1].unit", "HOUR", "lines[1].unitPrice", ""));

        EntityExchangeResult<String> saved = browser.submit("/settings/templates/new", form);

        assertThat(saved.getStatus().is3xxRedirection()).isTrue();
        String id = saved.getResponseHeaders().getLocation().getPath().replace("/settings/templates/", "");
        http.get().uri("/api/v1/invoice-templates/{id}", id).headers(acme::authorize)
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.lines.length()").isEqualTo(1)
                .jsonPath("$.lines[0].unitPrice").isEqualTo("12000")
                .jsonPath("$.paymentTermsDays").isEqualTo(30)
                .jsonPath("$.attachments").isEqualTo(List.of("MILESTONE_ACCEPTANCE"));
    }

    @Test
    void templateFormShowsAnErrorOnTheRowItBelongsTo() {
        Workspace acme = signUp("Acme Consulting LLC");
        PageSession browser = signedIn(acme.ownerEmail());
        browser.get("/settings/templates/new");

        EntityExchangeResult<String> page = browser.submit("/settings/templates/new", Map.of(
                "name", "Hourly", "billingModel", "HOURLY", "paymentTermsDays", "soon",
                "lines[0].description", "Consulting - {period}", "lines[0].quantity", "", "lines[0].unit", "HOUR",
                "lines[0].unitPrice", "150"));

        assertThat(page.getStatus().value()).isEqualTo(200);
        assertThat(page.getResponseBody())
                .contains("Enter a quantity, such as 1 or 2.5")
                .contains("Enter a whole number of days, or leave it empty")
                .contains("value=\"Consulting - {period}\"");
    }

    @Test
    void templatesPageListsTheStarterTemplates() {
        Workspace acme = signUp("Acme Consulting LLC");

        assertThat(signedIn(acme.ownerEmail()).get("/settings/templates").getResponseBody())
                .contains("Retainer", "Milestone", "Hourly", "Fixed fee", "Recurring")
                .contains("API integration milestone 2: authentication + webhooks");
    }

    @Test
    void readOnlyMemberSeesTheLibraryButCannotAddToIt() {
        Workspace acme = signUp("Acme Consulting LLC");
        PageSession browser = signedIn(join(acme, "READ_ONLY").email());

        EntityExchangeResult<String> list = browser.get("/settings/items");
        assertThat(list.getStatus().value()).isEqualTo(200);
        assertThat(list.getResponseBody()).contains("Monthly SEO management").doesNotContain("New item");
        assertThat(browser.submit("/settings/items/new", Map.of("name", "Sneaky", "unit", "HOUR",
                "unitPrice", "1")).getStatus().value()).isEqualTo(403);
        assertThat(itemsNamed(acme, "Sneaky")).isZero();
    }

    /** The address of the one item whose name contains the text, as the library page links to it. */
    private static String itemPage(PageSession browser, String text) {
        return browser.get("/settings/items?q=" + text).getResponseBody()
                .replaceAll("(?s).*href=\"(/settings/items/[0-9a-f-]{36})\".*", "$1");
    }

    private long itemsNamed(Workspace workspace, String name) {
        return jdbc().sql("SELECT count(*) FROM items WHERE workspace_id = :workspaceId AND name = :name")
                .param("workspaceId", workspace.id())
                .param("name", name)
                .query(Long.class).single();
    }
}
