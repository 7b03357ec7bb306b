package com.invoice24;

import com.invoice24.fixtures.ClientPortal;
import com.invoice24.fixtures.Clients;
import com.invoice24.fixtures.Invoices;
import com.invoice24.fixtures.Payments;
import com.invoice24.fixtures.StripeStub;
import com.invoice24.fixtures.TestTime;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Starts the whole application on a random port, on PostgreSQL (see {@link TestDatabase}), and talks
 * to it over HTTP as a client would. The test clock is on; the background scheduler is off so jobs
 * run only when a test says so; Stripe is the payment provider, answered by {@link StripeStub}. The
 * portal's rate limits are low but renew every fifteen seconds, so a test can wait one out, and the local
 * address every test shares has a budget it never spends. Every full-app test shares this one
 * configuration, so the suite starts the application once: no test adds properties, mock beans or
 * configuration of its own. Data comes from the builders in {@code com.invoice24.fixtures}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "invoice24.test-clock.enabled=true",
        "invoice24.jobs.enabled=false",
        "invoice24.portal.rate-limit.per-address=1000",
        "invoice24.portal.rate-limit.per-link=30",
        "invoice24.portal.rate-limit.window=15s",
        "invoice24.portal.rate-limit.unknown-links-per-address=15",
        "invoice24.portal.rate-limit.unknown-links-window=15s"})
@Import(TestDatabase.Setup.class)
public abstract class IntegrationTest {

    public static final String PASSWORD = "otter lantern tidepool kettle";

    @LocalServerPort
    protected int port;

    @Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbcClient;

    protected RestTestClient http;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.configure(registry);
        StripeStub.configure(registry);
    }

    @BeforeEach
    void connect() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    protected org.springframework.jdbc.core.simple.JdbcClient jdbc() {
        return jdbcClient;
    }

    /** The test clock and the jobs, moved and run from outside. */
    protected TestTime time() {
        return new TestTime(http);
    }

    protected void setToday(String today) {
        time().setToday(today);
    }

    protected void runJobs() {
        time().runJobs();
    }

    protected Clients clients(Workspace workspace) {
        return new Clients(http, workspace);
    }

    protected Invoices invoices(Workspace workspace) {
        return new Invoices(http, workspace);
    }

    protected Payments payments(Workspace workspace) {
        return new Payments(http, workspace);
    }

    protected ClientPortal portal(Workspace workspace) {
        return new ClientPortal(http, workspace);
    }

    /** A workspace of its own for each test, so tests never see each other's data. */
    protected Workspace signUp(String workspaceName) {
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        Map<?, ?> body = http.post().uri("/api/v1/signup")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("workspaceName", workspaceName, "name", "Dana Whitfield", "email", email,
                        "password", PASSWORD))
                .exchange()
                .expectStatus().isCreated()
                .returnResult(Map.class).getResponseBody();
        return new Workspace(UUID.fromString((String) body.get("workspaceId")), email, (String) body.get("apiToken"));
    }

    /** Signs in on the login page as a person does, with {@link #PASSWORD}; the session then browses the pages. */
    protected PageSession signedIn(String email) {
        PageSession browser = new PageSession(port);
        browser.get("/login");
        PageSession.assertRedirectsTo(browser.submit("/login", Map.of("email", email, "password", PASSWORD)), "/");
        return browser;
    }

    /** The workspace's owner, signed in on the login page. */
    protected PageSession signedIn(Workspace workspace) {
        return signedIn(workspace.ownerEmail());
    }

    /** Someone with another role in the workspace, joined by invitation, with an API token. */
    protected Team.Joined join(Workspace workspace, String role) {
        return Team.join(http, workspace, role);
    }

    protected static String bearer(String token) {
        return "Bearer " + token;
    }

    protected static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public record Workspace(UUID id, String ownerEmail, String token) {

        public void authorize(HttpHeaders headers) {
            headers.setBearerAuth(token);
        }
    }
}
