package com.invoice24.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Whatever an API client sends, the answer is a problem detail: 4xx with the field named when the input is
 * at fault, never a 500 and never an HTML page.
 */
class StrictInputTests extends IntegrationTest {

    /** One workspace for the class: its tests send refused requests and read lists, and a sign-up costs a password hash. */
    private static @Nullable Workspace workspace;

    @BeforeEach
    void signUpOnce() {
        if (workspace == null) {
            workspace = signUp("Strict Input LLC");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"100.005\"", "\"1,000.00\"", "\"$5\"", "\"5e1\"", "5e1", "\"\uFF11\uFF10\"", "\"\"",
            "\"NaN\"", "\"1e400000\"", "1e400000", "\"1000000000000.00\"", "\" 5\"", "\"+5\"", "\"5.\"", "true"})
    void anAmountIsDigitsWithAtMostTwoDecimals(String amount) {
        Map<String, Object> problem = refused(post("/api/v1/payments",
                "{\"clientId\":\"" + UUID.randomUUID() + "\",\"amount\":" + amount + ",\"method\":\"ACH\"}"),
                HttpStatus.BAD_REQUEST);

        assertThat(error(problem, "amount")).isEqualTo(Money.AMOUNT_RULE).contains("at most two decimals");
    }

    @Test
    void anAmountMayBeAStringOrAPlainNumber() {
        String client = clients(workspace).named("Acme Corp").create();

        post("/api/v1/payments", "{\"clientId\":\"" + client
                + "\",\"amount\":1250.5,\"receivedOn\":\"2026-03-15\",\"method\":\"ACH\"}")
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.amount").isEqualTo("1250.50");
        post("/api/v1/payments", "{\"clientId\":\"" + client
                + "\",\"amount\":\"-0.5\",\"receivedOn\":\"2026-03-15\",\"method\":\"ACH\"}")
                .expectStatus().value(status -> assertThat(status).isNotEqualTo(500));
    }

    @Test
    void aQuantityWithAnExponentIsRefusedNamingItsLine() {
        Map<String, Object> problem = refused(post("/api/v1/invoices", "{\"clientId\":\"" + UUID.randomUUID()
                + "\",\"lines\":[" + line("1", "10") + "," + line("2", "10") + "," + line("\"1e5\"", "10") + "]}"),
                HttpStatus.BAD_REQUEST);

        assertThat(error(problem, "lines[2].quantity")).isEqualTo(StrictJson.DECIMAL_RULE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"20260315", "\"0000-01-01\"", "\"2026-02-30\"", "\"15/03/2026\"", "\"+12026-03-15\"",
            "\"2026-03-15T00:00:00Z\"", "\"1899-12-31\"", "\"3000-01-01\"", "[2026,3,15]"})
    void aDateIsAnIsoStringInASaneYear(String date) {
        Map<String, Object> problem = refused(post("/api/v1/payments", "{\"clientId\":\"" + UUID.randomUUID()
                + "\",\"amount\":\"10.00\",\"receivedOn\":" + date + ",\"method\":\"ACH\"}"), HttpStatus.BAD_REQUEST);

        assertThat(error(problem, "receivedOn")).isEqualTo(StrictJson.DATE_RULE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"0\"", "0", "\"ach\"", "\"BITCOIN\"", "\"\"", "{}"})
    void anEnumIsOneOfItsNames(String method) {
        Map<String, Object> problem = refused(post("/api/v1/payments", "{\"clientId\":\"" + UUID.randomUUID()
                + "\",\"amount\":\"10.00\",\"method\":" + method + "}"), HttpStatus.BAD_REQUEST);

        assertThat(error(problem, "method")).startsWith("must be one of ACH, WIRE, CHECK");
    }

    @Test
    void textWithAControlCharacterIsRefusedNamingTheField() {
        assertThat(error(refused(post("/api/v1/clients", "{\"name\":\"Acme\\u0000 Corp\"}"), HttpStatus.BAD_REQUEST),
                "name")).isEqualTo(StrictJson.TEXT_RULE);
        assertThat(error(refused(post("/api/v1/clients",
                "{\"name\":\"Acme\",\"billingContact\":{\"name\":\"Bell\\u0007\"}}"), HttpStatus.BAD_REQUEST),
                "billingContact.name")).isEqualTo(StrictJson.TEXT_RULE);
        assertThat(error(refused(post("/api/v1/clients", "{\"name\":\"Acme\",\"ccEmails\":[\"a@b.com\",\"\\ud800\"]}"),
                HttpStatus.BAD_REQUEST), "ccEmails[1]")).isEqualTo(StrictJson.TEXT_RULE);

        post("/api/v1/clients", "{\"name\":\"Acme\",\"notes\":\"Line one\\r\\nline two\\tend\"}")
                .expectStatus().isCreated();
    }

    @Test
    void aParameterWithAControlCharacterIsRefusedNamingIt() {
        Map<String, Object> problem = refused(http.get().uri(URI.create(base() + "/api/v1/clients?q=%00"))
                .headers(workspace::authorize).exchange(), HttpStatus.BAD_REQUEST);

        assertThat(error(problem, "q")).isEqualTo(StrictJson.TEXT_RULE);
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingTheField() {
        assertThat(error(refused(post("/api/v1/clients", "{\"name\":\"Acme\",\"paymentTermsDays\":\"many\"}"),
                HttpStatus.BAD_REQUEST), "paymentTermsDays")).isEqualTo("must be a whole number");
        assertThat(error(refused(post("/api/v1/clients", "{\"name\":\"Acme\",\"paymentTermsDays\":30.5}"),
                HttpStatus.BAD_REQUEST), "paymentTermsDays")).isEqualTo("must be a whole number");
        assertThat(error(refused(post("/api/v1/clients", "{\"name\":\"Acme\",\"paymentTermsDays\":99999999999}"),
                HttpStatus.BAD_REQUEST), "paymentTermsDays")).isEqualTo("is too large a number");
        assertThat(error(refused(post("/api/v1/clients", "{\"name\":\"Acme\",\"poRequired\":\"maybe\"}"),
                HttpStatus.BAD_REQUEST), "poRequired")).isEqualTo("must be true or false");
        assertThat(error(refused(post("/api/v1/clients", "{\"name\":{\"first\":\"Acme\"}}"),
                HttpStatus.BAD_REQUEST), "name")).isEqualTo("must be text");
        assertThat(error(refused(post("/api/v1/payments", "{\"clientId\":\"nope\"}"),
                HttpStatus.BAD_REQUEST), "clientId")).startsWith("must be an id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":", "{name: 'Acme'}", "{\"name\":\"Acme\"} {}", "\u0000"})
    void aBodyThatIsNotJsonIsRefusedWithoutAField(String body) {
        Map<String, Object> problem = refused(post("/api/v1/clients", body), HttpStatus.BAD_REQUEST);

        assertThat(problem.get("detail")).isEqualTo("The body is not valid JSON.");
        assertThat(problem).doesNotContainKey("errors");
    }

    @Test
    void aBodyOfTheWrongShapeOrNoneIsRefused() {
        refused(post("/api/v1/clients", "[]"), HttpStatus.BAD_REQUEST);
        refused(http.post().uri("/api/v1/clients").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON).exchange(), HttpStatus.BAD_REQUEST);
    }

    @Test
    void theFrameworkRefusesWithProblemDetailsToo() {
        refused(http.post().uri("/api/v1/clients").headers(workspace::authorize)
                .contentType(MediaType.TEXT_PLAIN).body("name=Acme").exchange(), HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        refused(http.delete().uri("/api/v1/clients").headers(workspace::authorize).exchange(),
                HttpStatus.METHOD_NOT_ALLOWED);
        refused(http.get().uri("/api/v1/clients").headers(workspace::authorize).accept(MediaType.IMAGE_PNG)
                .exchange(), HttpStatus.NOT_ACCEPTABLE);
        assertThat(error(refused(http.get().uri("/api/v1/clients/not-an-id").headers(workspace::authorize)
                .exchange(), HttpStatus.BAD_REQUEST), "id")).startsWith("must be an id");
        assertThat(error(refused(get("/api/v1/invoices?from=someday"), HttpStatus.BAD_REQUEST), "from"))
                .isEqualTo(StrictJson.DATE_RULE);
        assertThat(error(refused(get("/api/v1/invoices?status=0"), HttpStatus.BAD_REQUEST), "status"))
                .startsWith("must be one of DRAFT");
    }

    @Test
    void aMissingPartIsNamed() {
        Map<String, Object> problem = refused(upload("picture", "logo.png"), HttpStatus.BAD_REQUEST);

        assertThat(error(problem, "file")).isEqualTo("is required");
    }

    @Test
    void aFileNameWithAControlCharacterIsRefused() {
        Map<String, Object> problem = refused(upload("file", "logo\u0001.png"), HttpStatus.BAD_REQUEST);

        assertThat(error(problem, "file")).isEqualTo("must have a file name without control characters");
    }

    @Test
    void anAddressTheServerCannotDecodeIsAProblem() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(("GET /api/v1/clients/%zz HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept: text/html\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json");
        }
    }

    @Test
    void anUnknownApiAddressIsAProblemEvenForABrowser() {
        refused(http.get().uri("/api/v1/nothing-here").headers(workspace::authorize).accept(MediaType.TEXT_HTML)
                .exchange(), HttpStatus.NOT_FOUND);
        refused(http.get().uri("/api/v1/nothing-here").headers(workspace::authorize).exchange(),
                HttpStatus.NOT_FOUND);
    }

    @Test
    void theStatementOfAnUnknownClientIsAProblem() {
        refused(http.get().uri("/api/v1/clients/{id}/statement", UUID.randomUUID()).headers(workspace::authorize)
                .exchange(), HttpStatus.NOT_FOUND);
        assertThat(error(refused(http.get().uri("/api/v1/clients/{id}/statement?asOf=0000-01-01", UUID.randomUUID())
                .headers(workspace::authorize).exchange(), HttpStatus.BAD_REQUEST), "asOf")).isEqualTo(StrictJson.DATE_RULE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/clients", "/api/v1/invoices", "/api/v1/payments", "/api/v1/credit-notes",
            "/api/v1/items", "/api/v1/invoice-templates", "/api/v1/bank-imports", "/api/v1/bank-lines"})
    void everyListTakesAPageFromZeroAndASizeFrom1To200(String list) {
        for (String size : List.of("0", "201", "-1", "ten", "99999999999", "1.5")) {
            assertThat(error(refused(get(list + "?size=" + size), HttpStatus.BAD_REQUEST), "size"))
                    .isEqualTo(PagingResolver.SIZE_RULE);
        }
        for (String page : List.of("-1", "1000001", "first", "2147483648")) {
            assertThat(error(refused(get(list + "?page=" + page), HttpStatus.BAD_REQUEST), "page"))
                    .isEqualTo(PagingResolver.PAGE_RULE);
        }
        get(list + "?page=1000000&size=200").expectStatus().isOk()
                .expectBody().jsonPath("$.page").isEqualTo(1_000_000).jsonPath("$.size").isEqualTo(200);
        get(list).expectStatus().isOk().expectBody().jsonPath("$.size").isEqualTo(Paging.DEFAULT_SIZE);
    }

    @Test
    void theApiDocumentShowsPageAndSizeAsQueryParameters() {
        http.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/v1/clients'].get.parameters[?(@.name == 'page')].in").isEqualTo("query")
                .jsonPath("$.paths['/api/v1/clients'].get.parameters[?(@.name == 'size')].in").isEqualTo("query");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"today\":20260420}", "{\"today\":\"garbage\"}", "{\"today\":\"0000-01-01\"}",
            "{\"today\":[2026,4,20]}", "{\"now\":1776720600}", "{\"now\":\"+999999999-12-31T23:59:59Z\"}",
            "{\"now\":\"2026-04-20\"}"})
    void theTestClockRefusesAnythingButADateOrAnInstant(String setting) {
        Map<String, Object> problem = refused(http.put().uri("/api/v1/test/clock")
                .contentType(MediaType.APPLICATION_JSON).body(setting).exchange(), HttpStatus.BAD_REQUEST);

        assertThat(fields(problem)).containsAnyOf("today", "now");
        http.get().uri("/api/v1/test/clock").exchange().expectStatus().isOk();
        get("/api/v1/invoices").expectStatus().isOk();
    }

    private static String line(String quantity, String unitPrice) {
        return "{\"description\":\"Work\",\"quantity\":" + quantity + ",\"unitPrice\":\"" + unitPrice + "\"}";
    }

    /** A multipart body written out by hand, so a file name reaches the server exactly as given. */
    private RestTestClient.ResponseSpec upload(String part, String filename) {
        String body = "--edge\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: image/png\r\n\r\nPNG\r\n--edge--\r\n";
        return http.post().uri("/api/v1/workspace/logo").headers(workspace::authorize)
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=edge"))
                .body(body.getBytes(StandardCharsets.UTF_8)).exchange();
    }

    private RestTestClient.ResponseSpec post(String path, String json) {
        return http.post().uri(path).headers(workspace::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(json).exchange();
    }

    private RestTestClient.ResponseSpec get(String path) {
        return http.get().uri(URI.create(base() + path)).headers(workspace::authorize).exchange();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> refused(RestTestClient.ResponseSpec answer, HttpStatus status) {
        return answer.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .returnResult(Map.class).getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> fields(Map<String, Object> problem) {
        List<Map<String, Object>> errors = (List<Map<String, Object>>) problem.getOrDefault("errors", List.of());
        return errors.stream().map(error -> error.get("field")).toList();
    }

    /** The message for the one field the problem names. */
    @SuppressWarnings("unchecked")
    private static @Nullable String error(Map<String, Object> problem, String field) {
        assertThat(fields(problem)).as("fields named in %s", problem).containsExactly(field);
        return (String) ((List<Map<String, Object>>) problem.get("errors")).get(0).get("message");
    }
}
