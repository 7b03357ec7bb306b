package com.invoice24.workspace;

import com.invoice24.IntegrationTest.Workspace;
import java.util.List;
import java.util.Map;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The workspace's members as the API lists them, to find one by email address. */
final class WorkspaceMembers {

    private WorkspaceMembers() {
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> of(RestTestClient http, Workspace workspace) {
        return (List<Map<String, Object>>) http.get().uri("/api/v1/members").headers(workspace::authorize).exchange()
                .expectStatus().isOk().returnResult(Map.class).getResponseBody().get("items");
    }

    static Map<String, Object> withEmail(RestTestClient http, Workspace workspace, String email) {
        return of(http, workspace).stream().filter(member -> email.equals(member.get("email"))).findFirst()
                .orElseThrow();
    }

    static String idOf(RestTestClient http, Workspace workspace, String email) {
        return (String) withEmail(http, workspace, email).get("id");
    }
}
