package com.invoice24.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

class TemplateApiTests extends IntegrationTest {

    @Test
    void newWorkspaceHasATemplateForEveryBillingModel() {
        Workspace acme = signUp("Acme Consulting LLC");

        List<Map<String, Object>> templates = templates(acme);

        assertThat(templates).extracting(template -> template.get("billingModel"))
                .containsExactlyInAnyOrder("RETAINER", "MILESTONE", "HOURLY", "FIXED_FEE", "RECURRING");
        assertThat(templates).allSatisfy(template -> assertThat(Json.objects(template.get("lines"))).isNotEmpty());
        assertThat(lines(templates)).extracting(line -> line.get("description"))
                .contains("Monthly SEO management – {period}", "On-call IT support retainer – 20 hours capacity",
                        "API integration milestone 2: authentication + webhooks");
    }

    @Test
    void seededTemplateLinesComeFromTheSeededServiceItems() {
        Workspace acme = signUp("Acme Consulting LLC");

        List<Object> itemIds = items(acme).stream().map(item -> item.get("id")).toList();

        assertThat(lines(templates(acme))).extracting(line -> line.get("itemId")).isSubsetOf(itemIds);
    }

    @Test
    void templateIsCreatedReadUpdatedAndDeleted() {
        Workspace acme = signUp("Acme Consulting LLC");

        String id = (String) create(acme, retainer()).expectStatus().isCreated()
                .returnResult(Map.class).getResponseBody().get("id");
        http.get().uri("/api/v1/invoice-templates/{id}", id).headers(acme::authorize)
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.name").isEqualTo("Quarterly advisory retainer")
                .jsonPath("$.billingModel").isEqualTo("RETAINER")
                .jsonPath("$.lines[0].description").isEqualTo("Advisory retainer – {period}")
                .jsonPath("$.lines[0].quantity").isEqualTo("1")
                .jsonPath("$.lines[0].unitPrice").isEqualTo("4500")
                .jsonPath("$.lines[1].quantity").isEqualTo("2.5")
                .jsonPath("$.paymentTermsDays").isEqualTo(15)
                .jsonPath("$.attachments[0]").isEqualTo("TIMESHEET_SUMMARY");

        http.put().uri("/api/v1/invoice-templates/{id}", id).headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Advisory retainer", "billingModel", "RETAINER",
                        "lines", List.of(line("Advisory retainer – {period}", "1", "MONTH", "5000")),
                        "notes", "Billed in advance.", "attachments", List.of()))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.name").isEqualTo("Advisory retainer")
                .jsonPath("$.lines.length()").isEqualTo(1)
                .jsonPath("$.lines[0].unitPrice").isEqualTo("5000")
                .jsonPath("$.paymentTermsDays").isEmpty()
                .jsonPath("$.attachments").isEmpty();

        http.delete().uri("/api/v1/invoice-templates/{id}", id).headers(acme::authorize)
                .exchange().expectStatus().isNoContent();
        http.get().uri("/api/v1/invoice-templates/{id}", id).headers(acme::authorize)
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void templateLineWithFiveDecimalQuantityIsRejectedNamingTheLine() {
        Workspace acme = signUp("Acme Consulting LLC");

        create(acme, Map.of("name", "Hourly", "billingModel", "HOURLY",
                "lines", List.of(line("Consulting – {period}", "1.00001", "HOUR", "150"))))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("lines[0].quantity");
    }

    @Test
    void templateWithoutNameOrBillingModelIsRejected() {
        Workspace acme = signUp("Acme Consulting LLC");

        Map<String, Object> problem = Json.object(create(acme, Map.of("name", ""))
                .expectStatus().isBadRequest()
                .returnResult(Map.class).getResponseBody());

        assertThat(Json.fields(problem)).containsExactlyInAnyOrder("name", "billingModel");
    }

    @Test
    void paymentTermsBeyond365DaysAreRejected() {
        Workspace acme = signUp("Acme Consulting LLC");

        create(acme, Map.of("name", "Slow payer", "billingModel", "FIXED_FEE", "paymentTermsDays", 400))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("paymentTermsDays");
    }

    @Test
    void templateLineNamingAnItemOfAnotherWorkspaceIsRefused() {
        Workspace acme = signUp("Acme Consulting LLC");
        Workspace rival = signUp("Rival Partners LLC");
        Object rivalItem = items(rival).get(0).get("id");

        create(acme, Map.of("name", "Borrowed", "billingModel", "FIXED_FEE", "lines",
                List.of(Map.of("itemId", rivalItem, "description", "Borrowed line", "quantity", "1",
                        "unit", "FIXED", "unitPrice", "100"))))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("lines[0].itemId");
    }

    @Test
    void anotherWorkspacesTemplateIsNotFound() {
        Workspace acme = signUp("Acme Consulting LLC");
        Workspace rival = signUp("Rival Partners LLC");
        Object id = templates(acme).get(0).get("id");

        http.get().uri("/api/v1/invoice-templates/{id}", id).headers(rival::authorize)
                .exchange().expectStatus().isNotFound();
        http.put().uri("/api/v1/invoice-templates/{id}", id).headers(rival::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(retainer())
                .exchange().expectStatus().isNotFound();
        http.delete().uri("/api/v1/invoice-templates/{id}", id).headers(rival::authorize)
                .exchange().expectStatus().isNotFound();
        http.get().uri("/api/v1/invoice-templates/{id}", UUID.randomUUID()).headers(acme::authorize)
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void bookkeeperReadsTemplatesButCannotChangeThem() {
        Workspace acme = signUp("Acme Consulting LLC");
        String bookkeeper = join(acme, "BOOKKEEPER").token();
        Object id = templates(acme).get(0).get("id");

        http.get().uri("/api/v1/invoice-templates").header("Authorization", bearer(bookkeeper))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(5);
        http.post().uri("/api/v1/invoice-templates").header("Authorization", bearer(bookkeeper))
                .contentType(MediaType.APPLICATION_JSON).body(retainer())
                .exchange().expectStatus().isForbidden();
        http.delete().uri("/api/v1/invoice-templates/{id}", id).header("Authorization", bearer(bookkeeper))
                .exchange().expectStatus().isForbidden();
    }

    private static Map<String, Object> retainer() {
        return Map.of("name", "Quarterly advisory retainer", "billingModel", "RETAINER",
                "lines", List.of(line("Advisory retainer – {period}", "1", "MONTH", "4500.00"),
                        line("Overage hours beyond the retainer", "2.5", "HOUR", "200")),
                "notes", "Billed monthly in advance for {period}.",
                "paymentTermsDays", 15,
                "attachments", List.of("TIMESHEET_SUMMARY"));
    }

    private static Map<String, Object> line(String description, String quantity, String unit, String unitPrice) {
        return Map.of("description", description, "quantity", quantity, "unit", unit, "unitPrice", unitPrice,
                "taxable", false);
    }

    private RestTestClient.ResponseSpec create(Workspace workspace, Map<String, Object> body) {
        return http.post().uri("/api/v1/invoice-templates").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange();
    }

    private List<Map<String, Object>> templates(Workspace workspace) {
        return Json.objects(http.get().uri("/api/v1/invoice-templates").headers(workspace::authorize)
                .exchange().expectStatus().isOk()
                .returnResult(Map.class).getResponseBody().get("items"));
    }

    private List<Map<String, Object>> items(Workspace workspace) {
        return Json.objects(http.get().uri("/api/v1/items").headers(workspace::authorize)
                .exchange().expectStatus().isOk()
                .returnResult(Map.class).getResponseBody().get("items"));
    }

    private static List<Map<String, Object>> lines(List<Map<String, Object>> templates) {
        return templates.stream().flatMap(template -> Json.objects(template.get("lines")).stream()).toList();
    }
}
