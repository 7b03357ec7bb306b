package com.invoice24.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.clients.ClientId;
import com.invoice24.workspace.WorkspaceId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

class ClientRateTests extends IntegrationTest {

    @Autowired
    Catalog catalog;

    @Test
    void clientRateChangesThePriceForThatClientOnly() {
        Workspace acme = signUp("Acme Consulting LLC");
        ItemId workshop = item(acme);
        ClientId globex = client(acme, "Globex Corporation");
        ClientId initech = client(acme, "Initech");

        setRate(acme, workshop, globex, "165").expectStatus().isOk()
                .expectBody()
                .jsonPath("$.unitPrice").isEqualTo("187.5")
                .jsonPath("$.clientRates[0].clientId").isEqualTo(globex.toString())
                .jsonPath("$.clientRates[0].unitPrice").isEqualTo("165");

        assertThat(catalog.priceFor(workspace(acme), workshop, globex)).isEqualByComparingTo("165");
        assertThat(catalog.priceFor(workspace(acme), workshop, initech)).isEqualByComparingTo("187.5");
    }

    @Test
    void settingARateAgainReplacesIt() {
        Workspace acme = signUp("Acme Consulting LLC");
        ItemId workshop = item(acme);
        ClientId globex = client(acme, "Globex Corporation");
        setRate(acme, workshop, globex, "165").expectStatus().isOk();

        setRate(acme, workshop, globex, "170.25").expectStatus().isOk()
                .expectBody()
                .jsonPath("$.clientRates.length()").isEqualTo(1)
                .jsonPath("$.clientRates[0].unitPrice").isEqualTo("170.25");
        assertThat(catalog.priceFor(workspace(acme), workshop, globex)).isEqualByComparingTo("170.25");
    }

    @Test
    void removingAClientRateReturnsTheClientToTheItemsPrice() {
        Workspace acme = signUp("Acme Consulting LLC");
        ItemId workshop = item(acme);
        ClientId globex = client(acme, "Globex Corporation");
        setRate(acme, workshop, globex, "165").expectStatus().isOk();

        http.delete().uri("/api/v1/items/{id}/client-rates/{clientId}", workshop, globex).headers(acme::authorize)
                .exchange().expectStatus().isNoContent();

        http.get().uri("/api/v1/items/{id}", workshop).headers(acme::authorize)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.clientRates").isEmpty();
        assertThat(catalog.priceFor(workspace(acme), workshop, globex)).isEqualByComparingTo("187.5");
    }

    @Test
    void clientRateWithFiveDecimalsIsRejected() {
        Workspace acme = signUp("Acme Consulting LLC");

        setRate(acme, item(acme), client(acme, "Globex Corporation"), "165.00001")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("unitPrice");
    }

    @Test
    void rateForAnotherWorkspacesClientIsNotFound() {
        Workspace acme = signUp("Acme Consulting LLC");
        Workspace rival = signUp("Rival Partners LLC");
        ClientId rivalsClient = client(rival, "Globex Corporation");

        setRate(acme, item(acme), rivalsClient, "165").expectStatus().isNotFound();
        setRate(acme, item(acme), new ClientId(UUID.randomUUID()), "165").expectStatus().isNotFound();
    }

    @Test
    void rateOnAnotherWorkspacesItemIsNotFound() {
        Workspace acme = signUp("Acme Consulting LLC");
        Workspace rival = signUp("Rival Partners LLC");

        setRate(rival, item(acme), client(rival, "Globex Corporation"), "165").expectStatus().isNotFound();
    }

    @Test
    void bookkeeperCannotGiveAClientARate() {
        Workspace acme = signUp("Acme Consulting LLC");
        ItemId workshop = item(acme);
        ClientId globex = client(acme, "Globex Corporation");
        String bookkeeper = join(acme, "BOOKKEEPER").token();

        http.put().uri("/api/v1/items/{id}/client-rates/{clientId}", workshop, globex)
                .header("Authorization", bearer(bookkeeper))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("unitPrice", "1"))
                .exchange().expectStatus().isForbidden();
        http.delete().uri("/api/v1/items/{id}/client-rates/{clientId}", workshop, globex)
                .header("Authorization", bearer(bookkeeper))
                .exchange().expectStatus().isForbidden();
    }

    private RestTestClient.ResponseSpec setRate(Workspace workspace, ItemId item, ClientId client, String price) {
        return http.put().uri("/api/v1/items/{id}/client-rates/{clientId}", item, client)
                .headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("unitPrice", price))
                .exchange();
    }

    private ItemId item(Workspace workspace) {
        Map<String, Object> created = Json.object(http.post().uri("/api/v1/items").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(ItemApiTests.workshop())
                .exchange().expectStatus().isCreated()
                .returnResult(Map.class).getResponseBody());
        return new ItemId(UUID.fromString((String) created.get("id")));
    }

    private ClientId client(Workspace workspace, String name) {
        return new ClientId(UUID.fromString(clients(workspace).named(name).create()));
    }

    private static WorkspaceId workspace(Workspace workspace) {
        return new WorkspaceId(workspace.id());
    }
}
