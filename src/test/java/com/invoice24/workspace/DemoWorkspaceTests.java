package com.invoice24.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;

/**
 * The demo workspace as {@code invoice24.demo=true} opens it at start: made here from the shared
 * application's beans and run twice (at start and again), since a context with the flag set would
 * start the whole application once more just for this.
 */
class DemoWorkspaceTests extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void demoFlagOpensAWorkspaceWithATeamAndClientsOnceOnly() {
        DemoWorkspace demo = context.getAutowireCapableBeanFactory().createBean(DemoWorkspace.class);
        demo.run(new DefaultApplicationArguments());
        demo.run(new DefaultApplicationArguments());

        String token = (String) http.post().uri("/api/v1/tokens")
                .header("Authorization", basic(DemoWorkspace.OWNER_EMAIL, DemoWorkspace.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "demo"))
                .exchange().expectStatus().isCreated()
                .returnResult(Map.class).getResponseBody().get("token");
        http.get().uri("/api/v1/members").header("Authorization", bearer(token))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(3)
                .jsonPath("$.items[?(@.role == 'BOOKKEEPER')].name").isEqualTo("Priya Raman");
        http.get().uri("/api/v1/workspace").header("Authorization", bearer(token))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paymentInstructions.ach").value(ach -> assertThat((String) ach).contains("Routing"))
                .jsonPath("$.address.city").isEqualTo("Portland");
        http.get().uri("/api/v1/clients").header("Authorization", bearer(token))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(3)
                .jsonPath("$.items[?(@.name == 'Globex Corporation')].defaultPoNumber").isEqualTo("4500123");
        http.get().uri("/api/v1/invoices").header("Authorization", bearer(token))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(3)
                .jsonPath("$.items[?(@.poNumber == '4500123')].status").isEqualTo("SENT");
    }
}
