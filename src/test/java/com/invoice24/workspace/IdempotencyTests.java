package com.invoice24.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class IdempotencyTests extends IntegrationTest {

    @Autowired
    private DataSource dataSource;

    @Test
    void retryWithTheSameKeyAndBodyReturnsTheFirstResponseAndCreatesNothingMore() {
        Workspace acme = signUp("Acme Consulting LLC");

        Map<?, ?> first = createToken(acme, "key-1", "Accounting sync");
        Map<?, ?> retry = http.post().uri("/api/v1/tokens").headers(acme::authorize)
                .header("Idempotency-Key", "key-1")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "Accounting sync"))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .returnResult(Map.class).getResponseBody();

        assertThat(retry).isEqualTo(first);
        assertThat(tokensNamed(acme, "Accounting sync")).isEqualTo(1);
    }

    @Test
    void sameKeyWithAnotherBodyIsRefused() {
        Workspace acme = signUp("Acme Consulting LLC");
        createToken(acme, "key-2", "First");

        http.post().uri("/api/v1/tokens").headers(acme::authorize)
                .header("Idempotency-Key", "key-2")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "Second"))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(tokensNamed(acme, "Second")).isZero();
    }

    @Test
    void keysBelongToOneWorkspace() {
        Workspace acme = signUp("Acme Consulting LLC");
        Workspace globex = signUp("Globex Partners");
        createToken(acme, "shared-key", "Acme's");

        createToken(globex, "shared-key", "Globex's");

        assertThat(tokensNamed(globex, "Globex's")).isEqualTo(1);
    }

    @Test
    void paymentThatFailsAfterItsRowIsWrittenLeavesNeitherPaymentNorKeyAndTheKeyWorksAtOnce() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).globex().create();
        jdbc().sql("""
                CREATE FUNCTION refuse_credit() RETURNS trigger LANGUAGE plpgsql
                AS 'BEGIN RAISE EXCEPTION ''No space left on device''; END'""").update();
        jdbc().sql("CREATE TRIGGER refuse_credit BEFORE INSERT ON client_credit_entries FOR EACH ROW "
                + "WHEN (NEW.workspace_id = '" + acme.id() + "') EXECUTE FUNCTION refuse_credit()").update();
        try {
            pay(acme, "pay-1", client).expectStatus().is5xxServerError();
        } finally {
            jdbc().sql("DROP FUNCTION refuse_credit() CASCADE").update();
        }

        assertThat(paymentsOf(acme)).isZero();
        assertThat(keysOf(acme)).isZero();
        pay(acme, "pay-1", client).expectStatus().isCreated().expectHeader().doesNotExist("Idempotent-Replayed");
        assertThat(paymentsOf(acme)).isEqualTo(1);
    }

    @Test
    void paymentWhoseDatabaseSessionDiesMidwayIsNotRecordedAndTheRetryRecordsItOnce() throws Exception {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).globex().create();

        try (Connection blocker = creditEntriesLocked()) {
            CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() ->
                    pay(acme, "pay-2", client).returnResult(String.class).getStatus().value());
            long backend = waitingBackends(1).get(0);
            assertThat(keysOf(acme)).as("a key is never committed before its work").isZero();
            jdbc().sql("SELECT pg_terminate_backend(CAST(:pid AS INTEGER))").param("pid", backend).query(Boolean.class).single();
            assertThat(first.get(30, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(500);
            blocker.rollback();
        }

        assertThat(paymentsOf(acme)).isZero();
        assertThat(keysOf(acme)).isZero();
        pay(acme, "pay-2", client).expectStatus().isCreated();
        pay(acme, "pay-2", client).expectStatus().isCreated().expectHeader().valueEquals("Idempotent-Replayed", "true");
        assertThat(paymentsOf(acme)).isEqualTo(1);
    }

    @Test
    void twoRetriesAtOnceRecordOnePaymentAndTheLaterReplaysIt() throws Exception {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).globex().create();

        CompletableFuture<EntityExchangeResult<Map>> one;
        CompletableFuture<EntityExchangeResult<Map>> other;
        try (Connection blocker = creditEntriesLocked()) {
            one = CompletableFuture.supplyAsync(() -> pay(acme, "pay-3", client).returnResult(Map.class));
            other = CompletableFuture.supplyAsync(() -> pay(acme, "pay-3", client).returnResult(Map.class));
            waitingBackends(2);
            blocker.rollback();
        }

        List<EntityExchangeResult<Map>> answers = List.of(one.get(30, TimeUnit.SECONDS), other.get(30, TimeUnit.SECONDS));
        assertThat(answers).allSatisfy(answer -> assertThat(answer.getStatus().value()).isEqualTo(201));
        assertThat(answers).filteredOn(answer -> answer.getResponseHeaders().containsHeader("Idempotent-Replayed"))
                .hasSize(1);
        assertThat(answers.get(0).getResponseBody()).isEqualTo(answers.get(1).getResponseBody());
        assertThat(paymentsOf(acme)).isEqualTo(1);
    }

    @Test
    void refusedPaymentIsAnsweredTheSameWayOnRetry() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).globex().create();
        Map<String, String> feeAboveAmount = Map.of("clientId", client, "amount", "100.00", "fee", "150.00",
                "method", "ACH");

        String refusal = payWith(acme, "pay-4", feeAboveAmount).expectStatus().is4xxClientError()
                .returnResult(String.class).getResponseBody();

        String replayed = payWith(acme, "pay-4", feeAboveAmount).expectStatus().is4xxClientError()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .returnResult(String.class).getResponseBody();
        assertThat(replayed).isEqualTo(refusal);
        assertThat(paymentsOf(acme)).isZero();
    }

    @Test
    void retriedUploadIsImportedOnceAndReplayed() throws Exception {
        Workspace acme = signUp("Acme Consulting LLC");
        byte[] statement;
        try (var in = IdempotencyTests.class.getResourceAsStream("/bank/seed.ofx")) {
            statement = in.readAllBytes();
        }

        Map<?, ?> first = upload(acme, "import-1", statement).expectStatus().isCreated()
                .expectHeader().doesNotExist("Idempotent-Replayed").returnResult(Map.class).getResponseBody();
        Map<?, ?> retry = upload(acme, "import-1", statement).expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true").returnResult(Map.class).getResponseBody();

        assertThat(retry).isEqualTo(first);
        assertThat(jdbc().sql("SELECT count(*) FROM bank_imports WHERE workspace_id = :workspace")
                .param("workspace", acme.id()).query(Long.class).single()).isEqualTo(1);
    }

    private RestTestClient.ResponseSpec upload(Workspace workspace, String key, byte[] statement) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(statement) {
            @Override
            public String getFilename() {
                return "march.ofx";
            }
        });
        return http.post().uri("/api/v1/bank-imports").headers(workspace::authorize)
                .header("Idempotency-Key", key)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(body).exchange();
    }

    /** Holds back every credit entry: a payment kept as credit stops after writing its own row. */
    private Connection creditEntriesLocked() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            statement.execute("LOCK TABLE client_credit_entries IN SHARE MODE");
        }
        return connection;
    }

    /** The database sessions of requests waiting for a lock, once there are {@code count} of them. */
    private List<Long> waitingBackends(int count) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            List<Long> waiting = jdbc().sql("""
                    SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'
                    AND pid <> pg_backend_pid()""").query(Long.class).list();
            if (waiting.size() >= count || Instant.now().isAfter(giveUp)) {
                assertThat(waiting).hasSize(count);
                return waiting;
            }
            Thread.sleep(50);
        }
    }

    /** A retainer: the whole amount is kept as the client's credit. */
    private RestTestClient.ResponseSpec pay(Workspace workspace, String key, String client) {
        return payWith(workspace, key, Map.of("clientId", client, "amount", "2500.00", "method", "ACH",
                "reference", "Retainer, March 2026", "allocations", List.of()));
    }

    private RestTestClient.ResponseSpec payWith(Workspace workspace, String key, Map<String, ?> payment) {
        return http.post().uri("/api/v1/payments").headers(workspace::authorize)
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).body(payment).exchange();
    }

    private long paymentsOf(Workspace workspace) {
        return jdbc().sql("SELECT count(*) FROM payments WHERE workspace_id = :workspace")
                .param("workspace", workspace.id()).query(Long.class).single();
    }

    private long keysOf(Workspace workspace) {
        return jdbc().sql("SELECT count(*) FROM idempotency_keys WHERE workspace_id = :workspace")
                .param("workspace", workspace.id()).query(Long.class).single();
    }

    private Map<?, ?> createToken(Workspace workspace, String key, String name) {
        return http.post().uri("/api/v1/tokens").headers(workspace::authorize)
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", name))
                .exchange()
                .expectStatus().isCreated()
                .returnResult(Map.class).getResponseBody();
    }

    private long tokensNamed(Workspace workspace, String name) {
        return jdbc().sql("SELECT count(*) FROM api_tokens WHERE workspace_id = :workspace AND name = :name")
                .param("workspace", workspace.id())
                .param("name", name)
                .query(Long.class).single();
    }
}
