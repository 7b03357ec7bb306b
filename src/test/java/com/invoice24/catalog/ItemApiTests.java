package com.invoice24.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

class ItemApiTests extends IntegrationTest {

    @Test
    void itemIsAddedToTheLibraryAndReadBack() {
        Workspace acme = signUp("Acme Consulting LLC");

        Map<String, Object> created = Json.object(create(acme, workshop()).expectStatus().isCreated()
                .returnResult(Map.class).getResponseBody());

        assertThat(created).containsEntry("name", "Strategy workshop")
                .containsEntry("description", "Strategy workshop (4 hours) – Project X")
                .containsEntry("unit", "HOUR")
                .containsEntry("unitPrice", "187.5")
                .containsEntry("taxable", false)
                .containsEntry("category", "Consulting")
                .containsEntry("archived", false)
                .containsEntry("clientRates", List.of());
        http.get().uri("/api/v1/items/{id}", created.get("id")).headers(acme::authorize)
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo(created.get("id"))
                .jsonPath("$.name").isEqualTo("Strategy workshop")
                .jsonPath("$.unitPrice").isEqualTo("187.5");
    }

    @Test
    void unitPriceIsAcceptedAsAStringOrANumberAndAnsweredAsAString() {
        Workspace acme = signUp("Acme Consulting LLC");

        create(acme, with(workshop(), "unitPrice", 187.5)).expectStatus().isCreated()
                .expectBody().jsonPath("$.unitPrice").isEqualTo("187.5");
        create(acme, with(workshop(), "unitPrice", "95.1234")).expectStatus().isCreated()
                .expectBody().jsonPath("$.unitPrice").isEqualTo("95.1234");
        create(acme, with(workshop(), "unitPrice", "1500.00")).expectStatus().isCreated()
                .expectBody().jsonPath("$.unitPrice").isEqualTo("1500");
    }

    @Test
    void itemIsUpdatedAsAWhole() {
        Workspace acme = signUp("Acme Consulting LLC");
        String id = idOf(create(acme, workshop()));

        Map<String, Object> revised = Map.of("name", "Strategy workshop (half day)",
                "description", "Strategy workshop – {project}", "unit", "DAY", "unitPrice", "1200", "taxable", true);
        http.put().uri("/api/v1/items/{id}", id).headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(revised)
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.name").isEqualTo("Strategy workshop (half day)")
                .jsonPath("$.unit").isEqualTo("DAY")
                .jsonPath("$.unitPrice").isEqualTo("1200")
                .jsonPath("$.taxable").isEqualTo(true)
                .jsonPath("$.category").isEmpty();
    }

    @Test
    void archivedItemLeavesTheListUntilRestored() {
        Workspace acme = signUp("Acme Consulting LLC");
        String id = idOf(create(acme, workshop()));

        http.post().uri("/api/v1/items/{id}/archive", id).headers(acme::authorize)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.archived").isEqualTo(true);

        assertThat(names(acme, "/api/v1/items?q=Strategy")).isEmpty();
        assertThat(names(acme, "/api/v1/items?q=Strategy&includeArchived=true")).containsExactly("Strategy workshop");

        http.post().uri("/api/v1/items/{id}/restore", id).headers(acme::authorize)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.archived").isEqualTo(false);
        assertThat(names(acme, "/api/v1/items?q=Strategy")).containsExactly("Strategy workshop");
    }

    @Test
    void archivingTwiceChangesNothing() {
        Workspace acme = signUp("Acme Consulting LLC");
        String id = idOf(create(acme, workshop()));

        for (int attempt = 0; attempt < 2; attempt++) {
            http.post().uri("/api/v1/items/{id}/archive", id).headers(acme::authorize)
                    .exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.archived").isEqualTo(true);
        }
    }

    @Test
    void searchFindsItemsByAnyPartOfTheirNameIgnoringCase() {
        Workspace acme = signUp("Acme Consulting LLC");
        create(acme, with(workshop(), "name", "Penetration test – 100% coverage")).expectStatus().isCreated();

        assertThat(names(acme, "/api/v1/items?q=TEST")).containsExactly("Penetration test – 100% coverage");
        assertThat(names(acme, "/api/v1/items?q={q}", "100%")).containsExactly("Penetration test – 100% coverage");
        assertThat(names(acme, "/api/v1/items?q=nothing-like-this")).isEmpty();
    }

    @Test
    void listComesInPagesWithTheTotal() {
        Workspace acme = signUp("Acme Consulting LLC");
        long seeded = total(acme, "/api/v1/items");
        create(acme, workshop()).expectStatus().isCreated();

        http.get().uri("/api/v1/items?page=1&size=2").headers(acme::authorize)
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.page").isEqualTo(1)
                .jsonPath("$.size").isEqualTo(2)
                .jsonPath("$.total").isEqualTo(seeded + 1)
                .jsonPath("$.items.length()").isEqualTo(2);
    }

    @Test
    void anotherWorkspacesItemIsNotFound() {
        Workspace acme = signUp("Acme Consulting LLC");
        Workspace rival = signUp("Rival Partners LLC");
        String id = idOf(create(acme, workshop()));

        http.get().uri("/api/v1/items/{id}", id).headers(rival::authorize)
                .exchange().expectStatus().isNotFound();
        http.put().uri("/api/v1/items/{id}", id).headers(rival::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(workshop())
                .exchange().expectStatus().isNotFound();
        http.post().uri("/api/v1/items/{id}/archive", id).headers(rival::authorize)
                .exchange().expectStatus().isNotFound();
        assertThat(names(rival, "/api/v1/items?q=Strategy")).isEmpty();
    }

    @Test
    void readOnlyMemberReadsTheLibraryButCannotChangeIt() {
        Workspace acme = signUp("Acme Consulting LLC");
        String id = idOf(create(acme, workshop()));
        String readOnly = join(acme, "READ_ONLY").token();

        http.get().uri("/api/v1/items/{id}", id).header("Authorization", bearer(readOnly))
                .exchange().expectStatus().isOk();
        http.post().uri("/api/v1/items").header("Authorization", bearer(readOnly))
                .contentType(MediaType.APPLICATION_JSON).body(workshop())
                .exchange().expectStatus().isForbidden();
        http.post().uri("/api/v1/items/{id}/archive", id).header("Authorization", bearer(readOnly))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void bookkeeperReadsTheLibraryButCannotChangeIt() {
        Workspace acme = signUp("Acme Consulting LLC");
        String id = idOf(create(acme, workshop()));
        String bookkeeper = join(acme, "BOOKKEEPER").token();

        http.get().uri("/api/v1/items").header("Authorization", bearer(bookkeeper))
                .exchange().expectStatus().isOk();
        http.put().uri("/api/v1/items/{id}", id).header("Authorization", bearer(bookkeeper))
                .contentType(MediaType.APPLICATION_JSON).body(workshop())
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    static Map<String, Object> workshop() {
        return Map.of("name", "Strategy workshop", "description", "Strategy workshop (4 hours) – Project X",
                "unit", "HOUR", "unitPrice", "187.50", "taxable", false, "category", "Consulting");
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    private RestTestClient.ResponseSpec create(Workspace workspace, Map<String, Object> body) {
        return http.post().uri("/api/v1/items").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange();
    }

    private static String idOf(RestTestClient.ResponseSpec created) {
        return (String) created.expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
    }

    private List<String> names(Workspace workspace, String uri, Object... variables) {
        return Json.objects(http.get().uri(uri, variables).headers(workspace::authorize)
                .exchange().expectStatus().isOk()
                .returnResult(Map.class).getResponseBody().get("items"))
                .stream().map(item -> (String) item.get("name")).toList();
    }

    private long total(Workspace workspace, String uri) {
        return ((Number) http.get().uri(uri).headers(workspace::authorize)
                .exchange().expectStatus().isOk()
                .returnResult(Map.class).getResponseBody().get("total")).longValue();
    }
}
