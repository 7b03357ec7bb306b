package com.invoice24;

import static com.invoice24.IntegrationTest.PASSWORD;

import com.invoice24.IntegrationTest.Workspace;

import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Brings people with other roles into a test's workspace, as invitations do. */
public final class Team {

    private Team() {
    }

    public record Joined(String email, String token) {
    }

    public static Joined join(RestTestClient http, Workspace workspace, String role) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID() + "@example.com";
        String acceptUrl = (String) http.post().uri("/api/v1/invitations").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", email, "role", role))
                .exchange()
                .expectStatus().isCreated()
                .returnResult(Map.class).getResponseBody().get("acceptUrl");
        http.post().uri("/api/v1/invitations/{secret}/accept", acceptUrl.substring(acceptUrl.lastIndexOf('/') + 1))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Sam Ortiz", "password", PASSWORD))
                .exchange()
                .expectStatus().isCreated();
        String token = (String) http.post().uri("/api/v1/tokens")
                .headers(headers -> headers.setBasicAuth(email, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "mine"))
                .exchange().expectStatus().isCreated()
                .returnResult(Map.class).getResponseBody().get("token");
        return new Joined(email, token);
    }
}
