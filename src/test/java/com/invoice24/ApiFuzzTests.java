package com.invoice24;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Nothing a client sends can break the API: every operation of {@code /v3/api-docs} is called with
 * bodies, parameters and ids generated from its schema, first plausible, then spoiled one field at
 * a time. No answer is a 5xx; every 4xx is a problem detail; a refused 400 names its fields; and a
 * refused request leaves the workspace as it found it.
 *
 * <p>Deterministic: {@code -Dinvoice24.fuzz.seed=} replays a run, {@code -Dinvoice24.fuzz.requests=}
 * sets how many requests it makes.
 */
class ApiFuzzTests extends IntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(ApiFuzzTests.class);
    private static final long SEED = Long.getLong("invoice24.fuzz.seed", 20_261_202L);
    private static final int REQUESTS = Integer.getInteger("invoice24.fuzz.requests", 2_500);
    /** One refused request in this many has the workspace compared before and after. */
    private static final int FINGERPRINT_EVERY = 4;
    /** Operations that are not a workspace's: signing up makes workspaces, tokens take a password. */
    private static final Set<String> NOT_FUZZED = Set.of("POST /api/v1/signup", "POST /api/v1/tokens",
            "POST /api/v1/invitations/{secret}/accept");
    /** Tables a refused request may still write: who used which token when, and the replay cache. */
    private static final Set<String> BOOKKEEPING_TABLES = Set.of("api_tokens", "idempotency_keys",
            "event_publication");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void noRequestGetsAServerErrorOrLeavesAHalfWrite() {
        log.info("API fuzz: seed {} ({} requests); replay with -Dinvoice24.fuzz.seed={}", SEED, REQUESTS, SEED);
        long started = System.nanoTime();
        String clockBefore = call("GET", "/api/v1/test/clock", null, null).body();
        setFuzzDay();
        Workspace home = signUp("Fuzz Home LLC");
        Workspace stranger = signUp("Fuzz Neighbour LLC");
        Fuzzer fuzzer = new Fuzzer(readApiDocs(), new SplittableRandom(SEED), new Ids(home), new Ids(stranger));
        Fingerprint fingerprint = new Fingerprint(home);
        Findings findings = new Findings();

        List<Operation> operations = fuzzer.operations();
        for (int i = 0; i < REQUESTS; i++) {
            Attempt attempt = fuzzer.attempt(operations.get(i % operations.size()));
            boolean compare = i % FINGERPRINT_EVERY == 0 && !attempt.operation.readOnly();
            Map<String, String> before = compare ? fingerprint.settled() : Map.of();
            HttpResponse<String> response = send(home, attempt);
            findings.check(attempt, response);
            if (compare && response.statusCode() >= 400 && response.statusCode() < 500) {
                findings.checkUnchanged(attempt, response, before, fingerprint.take());
            }
            fuzzer.remember(attempt, response);
            if (attempt.operation.path.startsWith("/api/v1/test/clock")) {
                setFuzzDay();
            }
        }
        call("PUT", "/api/v1/test/clock", null, "{\"now\":" + JSON.readTree(clockBefore).get("now") + "}");

        log.info("API fuzz summary: seed {}, {} requests over {} operations in {} s\n{}", SEED, REQUESTS,
                operations.size(), Duration.ofNanos(System.nanoTime() - started).toSeconds(), findings.summary());
        findings.assertNone();
    }

    /** Whatever a spoiled request did to the test clock, the next request runs on an ordinary day. */
    private void setFuzzDay() {
        assertThat(call("PUT", "/api/v1/test/clock", null, "{\"today\":\"2026-03-20\"}").statusCode()).isEqualTo(200);
    }

    // ---- the API as a client sees it

    private JsonNode readApiDocs() {
        HttpResponse<String> docs = call("GET", "/v3/api-docs", null, null);
        assertThat(docs.statusCode()).as("/v3/api-docs").isEqualTo(200);
        return JSON.readTree(docs.body());
    }

    private HttpResponse<String> send(Workspace workspace, Attempt attempt) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + attempt.uri()))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", bearer(workspace.token()))
                .header("Accept", "application/json, application/problem+json, */*");
        if (attempt.body == null) {
            request.method(attempt.operation.method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", attempt.contentType)
                    .method(attempt.operation.method, HttpRequest.BodyPublishers.ofByteArray(attempt.body.getBytes(
                            attempt.contentType.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
                                    ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8)));
        }
        return exchange(request.build());
    }

    private HttpResponse<String> call(String method, String path, @Nullable Workspace workspace, @Nullable String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", MediaType.APPLICATION_JSON_VALUE);
        if (workspace != null) {
            request.header("Authorization", bearer(workspace.token()));
        }
        return exchange(request.build());
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- what exists in a workspace, so that path ids and id fields point at real records

    /** Real records of one workspace by collection ({@code invoices}, {@code clients} ...), seeded then grown. */
    private final class Ids {

        private final Map<String, List<String>> byCollection = new TreeMap<>();

        Ids(Workspace workspace) {
            String clientId = create(workspace, "/api/v1/clients", Map.of("name", "Globex " + UUID.randomUUID(),
                    "billingEmail", "ap@globex.example", "paymentTermsDays", 30));
            create(workspace, "/api/v1/items", Map.of("name", "Consulting " + UUID.randomUUID(), "unit", "HOUR",
                    "unitPrice", "150.00", "taxable", true));
            Map<String, Object> draft = Map.of("clientId", clientId, "issueDate", "2026-03-02", "lines",
                    List.of(Map.of("description", "Discovery workshop", "quantity", "4", "unitPrice", "187.50")));
            create(workspace, "/api/v1/invoices", draft);
            create(workspace, "/api/v1/invoices", draft);
            for (int i = 0; i < 3; i++) {
                String sent = create(workspace, "/api/v1/invoices", draft);
                assertThat(call("POST", "/api/v1/invoices/" + sent + "/send", workspace, null).statusCode())
                        .as("sending a seeded invoice").isEqualTo(200);
            }
            create(workspace, "/api/v1/payments", Map.of("clientId", clientId, "amount", "100.00",
                    "receivedOn", "2026-03-10", "method", "ACH"));
        }

        private String create(Workspace workspace, String path, Map<String, Object> body) {
            HttpResponse<String> response = call("POST", path, workspace, JSON.writeValueAsString(body));
            assertThat(response.statusCode()).as("seeding %s: %s", path, response.body()).isEqualTo(201);
            String id = JSON.readTree(response.body()).get("id").asString();
            add(collectionOf(path), id);
            return id;
        }

        void add(String collection, String id) {
            List<String> ids = byCollection.computeIfAbsent(collection, key -> new ArrayList<>());
            if (!ids.contains(id) && ids.size() < 20) {
                ids.add(id);
            }
        }

        @Nullable String pick(String collection, SplittableRandom random) {
            List<String> ids = byCollection.get(collection);
            return ids == null || ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
        }

        String any(SplittableRandom random) {
            List<String> all = byCollection.values().stream().flatMap(List::stream).toList();
            return all.get(random.nextInt(all.size()));
        }
    }

    /** {@code /api/v1/invoices/{id}/send} belongs to {@code invoices}; a client's orders to {@code purchase-orders}. */
    private static String collectionOf(String path) {
        String[] segments = path.split("/");
        String collection = segments.length > 3 ? segments[3] : "";
        for (int i = 4; i < segments.length; i++) {
            if (!segments[i].startsWith("{")) {
                collection = segments[i - 1].startsWith("{") && i + 1 < segments.length ? segments[i] : collection;
            }
        }
        return collection;
    }

    /** Which collection an id field or path variable names: {@code clientId} → clients. */
    private static String collectionOfField(String name, String path) {
        String base = name.endsWith("Id") ? name.substring(0, name.length() - 2) : name;
        if (base.equals("id") || base.isEmpty()) {
            return collectionOf(path);
        }
        String kebab = base.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
        return kebab.endsWith("s") ? kebab : kebab + "s";
    }

    // ---- requests from the schemas

    private record Operation(String method, String path, JsonNode spec) {

        boolean readOnly() {
            return method.equals("GET");
        }

        String name() {
            return method + " " + path;
        }
    }

    /** One request: the operation, its filled-in path and query, the body, and what was spoiled in it. */
    private record Attempt(Operation operation, String path, Map<String, String> query, @Nullable String body,
                           String contentType, String mutation, @Nullable String mutatedField) {

        String uri() {
            if (query.isEmpty()) {
                return path;
            }
            return path + "?" + query.entrySet().stream()
                    .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                    .collect(Collectors.joining("&"));
        }

        String describe() {
            String shownBody = body == null ? "" : " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
            return operation.name() + " [" + mutation + "] " + uri() + shownBody;
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    private final class Fuzzer {

        private final JsonNode docs;
        private final SplittableRandom random;
        private final Ids mine;
        private final Ids theirs;

        Fuzzer(JsonNode docs, SplittableRandom random, Ids mine, Ids theirs) {
            this.docs = docs;
            this.random = random;
            this.mine = mine;
            this.theirs = theirs;
        }

        List<Operation> operations() {
            List<Operation> operations = new ArrayList<>();
            for (Map.Entry<String, JsonNode> path : docs.get("paths").properties()) {
                for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                    Operation candidate = new Operation(operation.getKey().toUpperCase(), path.getKey(),
                            operation.getValue());
                    if (candidate.path.startsWith("/api/") && !NOT_FUZZED.contains(candidate.name())) {
                        operations.add(candidate);
                    }
                }
            }
            return operations;
        }

        Attempt attempt(Operation operation) {
            Map<String, String> pathValues = new LinkedHashMap<>();
            Map<String, String> query = new LinkedHashMap<>();
            for (JsonNode parameter : operation.spec.path("parameters")) {
                JsonNode resolved = resolve(parameter);
                String name = resolved.get("name").asString();
                String in = resolved.get("in").asString();
                JsonNode schema = resolve(resolved.path("schema"));
                if (in.equals("path")) {
                    pathValues.put(name, pathId(name, operation.path));
                } else if (in.equals("query") && (resolved.path("required").asBoolean() || random.nextInt(3) > 0)) {
                    query.put(name, plainText(valid(schema, name, operation.path, 0)));
                }
            }
            JsonNode content = resolve(operation.spec.path("requestBody")).path("content");
            String contentType = content.isEmpty() ? "application/json" : content.propertyNames().iterator().next();
            JsonNode body = content.isEmpty() ? null : valid(resolve(content.path(contentType).path("schema")),
                    "", operation.path, 0);

            String mutation = "valid";
            String mutatedField = null;
            int kind = random.nextInt(10);
            if (kind < 2) {
                mutation = "valid";
            } else if (kind < 7 && body != null && contentType.contains("json")) {
                List<String> fields = fieldsOf(body, "");
                String field = fields.isEmpty() ? "" : fields.get(random.nextInt(fields.size()));
                Mutation spoiled = mutate(at(body, field));
                body = replace(body, field, spoiled.value);
                mutation = "body " + (field.isEmpty() ? "(whole)" : field) + " := " + spoiled.label;
                mutatedField = field.isEmpty() ? null : field;
            } else if (kind < 8 && !pathValues.isEmpty()) {
                String name = List.copyOf(pathValues.keySet()).get(random.nextInt(pathValues.size()));
                String spoiled = switch (random.nextInt(4)) {
                    case 0 -> UUID.randomUUID().toString();
                    case 1 -> theirs.any(random);
                    case 2 -> "not-a-uuid";
                    default -> "0";
                };
                pathValues.put(name, spoiled);
                mutation = "path " + name + " := " + spoiled;
            } else if (kind < 9 && !operation.spec.path("parameters").isEmpty()) {
                List<String> names = new ArrayList<>();
                operation.spec.path("parameters").forEach(parameter -> {
                    JsonNode resolved = resolve(parameter);
                    if (resolved.get("in").asString().equals("query")) {
                        names.add(resolved.get("name").asString());
                    }
                });
                if (!names.isEmpty()) {
                    String name = names.get(random.nextInt(names.size()));
                    String spoiled = QUERY_MUTATIONS.get(random.nextInt(QUERY_MUTATIONS.size()));
                    query.put(name, spoiled);
                    mutation = "query " + name + " := " + spoiled;
                }
            } else if (body != null || kind == 9) {
                String raw = RAW_BODIES.get(random.nextInt(RAW_BODIES.size()));
                boolean multipart = contentType.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
                return new Attempt(operation, fill(operation.path, pathValues), query,
                        multipart ? part("file", "upload.bin", raw) + "--" + BOUNDARY + "--\r\n" : raw,
                        multipart ? MULTIPART : contentType, "raw body " + shorten(raw), null);
            }
            if (contentType.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE) && body != null) {
                return new Attempt(operation, fill(operation.path, pathValues), query, multipart(body),
                        MULTIPART, mutation, mutatedField);
            }
            String text = body == null ? null : contentType.contains("json") ? JSON.writeValueAsString(body)
                    : plainText(body);
            return new Attempt(operation, fill(operation.path, pathValues), query, text, contentType, mutation,
                    mutatedField);
        }

        /** Each field a part; a file field carries one of a few kinds of file, real and broken. */
        private String multipart(JsonNode fields) {
            StringBuilder body = new StringBuilder();
            for (Map.Entry<String, JsonNode> field : fields.properties()) {
                boolean file = field.getKey().equals("file") || field.getKey().endsWith("File");
                body.append(file ? part(field.getKey(), "upload", FILES.get(random.nextInt(FILES.size())))
                        : part(field.getKey(), null, plainText(field.getValue())));
            }
            return body.append("--").append(BOUNDARY).append("--\r\n").toString();
        }

        /** Ids of records the API answered with become path ids of later requests. */
        void remember(Attempt attempt, HttpResponse<String> response) {
            if (response.statusCode() == 201 && response.body().startsWith("{")) {
                JsonNode id = JSON.readTree(response.body()).get("id");
                if (id != null && id.isString()) {
                    mine.add(collectionOf(attempt.operation.path), id.asString());
                }
            }
        }

        private String pathId(String name, String path) {
            String id = mine.pick(collectionOfField(name, path), random);
            return id != null ? id : UUID.randomUUID().toString();
        }

        private JsonNode valid(JsonNode schema, String name, String path, int depth) {
            JsonNode resolved = resolve(schema);
            if (resolved.has("allOf")) {
                return valid(resolved.get("allOf").get(0), name, path, depth);
            }
            if (resolved.has("oneOf") || resolved.has("anyOf")) {
                JsonNode options = resolved.has("oneOf") ? resolved.get("oneOf") : resolved.get("anyOf");
                return valid(options.get(random.nextInt(options.size())), name, path, depth);
            }
            if (resolved.has("enum")) {
                JsonNode values = resolved.get("enum");
                return values.get(random.nextInt(values.size()));
            }
            String type = resolved.path("type").asString("");
            if (type.isEmpty() && resolved.has("properties")) {
                type = "object";
            }
            return switch (type) {
                case "object" -> object(resolved, path, depth);
                case "array" -> {
                    ArrayNode array = NODES.arrayNode();
                    if (depth < 4) {
                        array.add(valid(resolved.path("items"), singular(name), path, depth + 1));
                    }
                    yield array;
                }
                case "integer" -> NODES.numberNode(integer(resolved));
                case "number" -> NODES.stringNode((1 + random.nextInt(40)) + ".5");
                case "boolean" -> NODES.booleanNode(random.nextBoolean());
                default -> NODES.stringNode(text(resolved, name, path));
            };
        }

        private ObjectNode object(JsonNode schema, String path, int depth) {
            ObjectNode object = NODES.objectNode();
            if (depth > 5) {
                return object;
            }
            Set<String> required = new java.util.HashSet<>();
            schema.path("required").forEach(field -> required.add(field.asString()));
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                if (required.contains(property.getKey()) || random.nextInt(5) > 0) {
                    object.set(property.getKey(), valid(property.getValue(), property.getKey(), path, depth + 1));
                }
            }
            return object;
        }

        private long integer(JsonNode schema) {
            long minimum = schema.has("minimum") ? schema.get("minimum").asLong() : 0;
            long maximum = schema.has("maximum") ? schema.get("maximum").asLong() : 60;
            return minimum + random.nextLong(Math.max(1, Math.min(maximum, minimum + 60) - minimum + 1));
        }

        private String text(JsonNode schema, String name, String path) {
            String format = schema.path("format").asString("");
            String lower = name.toLowerCase();
            if (format.equals("date") || lower.endsWith("date") || lower.endsWith("on") && lower.startsWith("rec")) {
                return "2026-03-" + String.format("%02d", 1 + random.nextInt(28));
            }
            if (format.equals("date-time") || lower.equals("now")) {
                return "2026-03-02T15:00:00Z";
            }
            if (format.equals("uuid") || lower.endsWith("id")) {
                String id = mine.pick(collectionOfField(name, path), random);
                return id != null ? id : UUID.randomUUID().toString();
            }
            if (format.equals("email") || lower.contains("email")) {
                return "ap" + random.nextInt(100) + "@example.com";
            }
            if (format.equals("uri") || lower.contains("url")) {
                return "https://hooks.example.com/invoice24";
            }
            if (lower.matches(".*(amount|price|quantity|discount|fee|cap|percent|rate|hours|total|balance|money).*")) {
                return (1 + random.nextInt(500)) + "." + String.format("%02d", random.nextInt(100));
            }
            if (schema.has("pattern") || lower.contains("currency")) {
                return lower.contains("currency") ? "USD" : "A1";
            }
            int maxLength = schema.path("maxLength").asInt(40);
            String words = name.isEmpty() ? "Fuzz" : "Fuzz " + name + " " + random.nextInt(1000);
            return words.length() > maxLength ? words.substring(0, Math.max(1, maxLength)) : words;
        }

        private JsonNode resolve(JsonNode node) {
            JsonNode current = node;
            while (current.has("$ref")) {
                String[] pointer = current.get("$ref").asString().substring(2).split("/");
                JsonNode target = docs;
                for (String segment : pointer) {
                    target = target.path(segment);
                }
                current = target;
            }
            return current;
        }

        private Mutation mutate(JsonNode original) {
            List<Mutation> candidates = new ArrayList<>(VALUE_MUTATIONS);
            ArrayNode many = NODES.arrayNode();
            JsonNode element = original.isArray() && !original.isEmpty() ? original.get(0) : original;
            for (int i = 0; i < 1_001; i++) {
                many.add(element.deepCopy());
            }
            candidates.add(new Mutation("1001 elements", many));
            candidates.add(new Mutation("[] of it", NODES.arrayNode().add(original.deepCopy())));
            return candidates.get(random.nextInt(candidates.size()));
        }
    }

    private record Mutation(String label, JsonNode value) {
    }

    private static final String BOUNDARY = "invoice24-fuzz-boundary";
    private static final String MULTIPART = MediaType.MULTIPART_FORM_DATA_VALUE + "; boundary=" + BOUNDARY;
    /** File contents as ISO-8859-1 text, so that every byte value can be sent. */
    private static final List<String> FILES = List.of("",
            "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0000\u0001\u0000\u0000\u0000\u0001",
            "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF",
            "date,amount,description\n2026-03-02,1250.00,ACME WIRE\n",
            "date,amount,description\n0000-01-01,1e400,\u0000\n2026-13-45,-5.00,x\n,,\n",
            "OFXHEADER:100\nDATA:OFXSGML\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><BANKTRANLIST>"
                    + "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>00000101<TRNAMT>abc</STMTTRN></OFX>",
            "01,A,B,260302,0000,1,,,2/\n02,B,A,1,260302,,USD,2/\n16,399,xyz,,,,/\n99,0,1,2/",
            "\u00ff\u00d8\u00ff\u00e0 not really a jpeg",
            "x".repeat(20_000));

    private static String part(String name, @Nullable String fileName, String content) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream")
                + "\r\n\r\n" + content + "\r\n";
    }

    private static final List<Mutation> VALUE_MUTATIONS = List.of(
            new Mutation("NUL", NODES.stringNode("a\u0000b")),
            new Mutation("control chars", NODES.stringNode("bell\u0007tab\u0009esc\u001b\r\n")),
            new Mutation("5000 chars", NODES.stringNode("x".repeat(5_000))),
            new Mutation("empty", NODES.stringNode("")),
            new Mutation("blank", NODES.stringNode("   ")),
            new Mutation("negative", NODES.stringNode("-5.00")),
            new Mutation("huge", NODES.stringNode("99999999999999999999999.99")),
            new Mutation("exponent", NODES.stringNode("1e400")),
            new Mutation("small exponent", NODES.stringNode("1E-400")),
            new Mutation("3 decimals", NODES.stringNode("10.005")),
            new Mutation("NaN", NODES.stringNode("NaN")),
            new Mutation("json number", NODES.numberNode(12.5)),
            new Mutation("negative number", NODES.numberNode(-1)),
            new Mutation("big integer", NODES.numberNode(new java.math.BigInteger("9".repeat(40)))),
            new Mutation("int overflow", NODES.numberNode(2_147_483_648L)),
            new Mutation("double max", NODES.numberNode(1e308)),
            new Mutation("date as number", NODES.numberNode(20_260_302)),
            new Mutation("year 0", NODES.stringNode("0000-01-01")),
            new Mutation("far future", NODES.stringNode("+999999999-12-31")),
            new Mutation("year 9999", NODES.stringNode("9999-12-31")),
            new Mutation("negative year", NODES.stringNode("-0001-06-15")),
            new Mutation("impossible date", NODES.stringNode("2026-02-30")),
            new Mutation("ordinal", NODES.numberNode(0)),
            new Mutation("unknown enum", NODES.stringNode("NOT_A_VALUE")),
            new Mutation("lowercase", NODES.stringNode("ach")),
            new Mutation("not a uuid", NODES.stringNode("not-a-uuid")),
            new Mutation("unknown uuid", NODES.stringNode("00000000-0000-0000-0000-000000000000")),
            new Mutation("null", NODES.nullNode()),
            new Mutation("true", NODES.booleanNode(true)),
            new Mutation("object", NODES.objectNode().put("x", 1)),
            new Mutation("empty array", NODES.arrayNode()),
            new Mutation("markup", NODES.stringNode("<script>alert(1)</script>{{7*7}}${7*7}")),
            new Mutation("emoji", NODES.stringNode("\uD83D\uDCB8 \uD83D")));

    private static final List<String> QUERY_MUTATIONS = List.of("-1", "0", "201", "99999999999", "abc", "",
            "1.5", "0000-01-01", "+999999999-12-31", "2026-13-45", "\u0000", "NOT_A_VALUE", "not-a-uuid",
            "x".repeat(5_000));

    private static final List<String> RAW_BODIES = List.of("", "{", "null", "[]", "\"text\"", "42", "{}",
            "{\"a\":", "[".repeat(2_000) + "]".repeat(2_000), "{\"x\":\"\\ud800\"}", "\u0000",
            "{\"lines\":[" + "{},".repeat(999) + "{}]}");

    // ---- reading and spoiling JSON

    /** Every field of a body as a JSON pointer, containers included; "" is the body itself. */
    private static List<String> fieldsOf(JsonNode node, String pointer) {
        List<String> fields = new ArrayList<>();
        fields.add(pointer);
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                fields.addAll(fieldsOf(property.getValue(), pointer + "/" + property.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                fields.addAll(fieldsOf(node.get(i), pointer + "/" + i));
            }
        }
        return pointer.isEmpty() && fields.size() > 1 ? fields.subList(1, fields.size()) : fields;
    }

    private static JsonNode at(JsonNode root, String pointer) {
        return pointer.isEmpty() ? root : root.at(pointer);
    }

    private static JsonNode replace(JsonNode root, String pointer, JsonNode value) {
        if (pointer.isEmpty()) {
            return value;
        }
        int last = pointer.lastIndexOf('/');
        JsonNode parent = at(root, pointer.substring(0, last));
        String key = pointer.substring(last + 1);
        if (parent instanceof ObjectNode object) {
            object.set(key, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(key), value);
        }
        return root;
    }

    private static String plainText(JsonNode value) {
        return value.isString() ? value.asString() : value.toString();
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
    }

    private static String fill(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", URLEncoder.encode(value.getValue(), StandardCharsets.UTF_8));
        }
        return path;
    }

    // ---- what a refused request must leave behind: nothing

    /** A digest of every row the workspace owns, table by table. */
    private final class Fingerprint {

        private final Workspace workspace;
        private final String query;

        Fingerprint(Workspace workspace) {
            this.workspace = workspace;
            List<String> tables = jdbc().sql("""
                    SELECT table_name FROM information_schema.columns
                    WHERE table_schema = current_schema() AND column_name = 'workspace_id'
                    ORDER BY table_name""").query(String.class).list();
            this.query = tables.stream().filter(table -> !BOOKKEEPING_TABLES.contains(table))
                    .map(table -> "SELECT '" + table + "' AS name, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), ''))"
                            + " AS digest FROM " + table + " t WHERE workspace_id = :workspace")
                    .collect(Collectors.joining(" UNION ALL "));
        }

        /**
         * The workspace once the listeners of what earlier requests did have run: they write after the commit, in
         * their own time (a sent invoice's follow-ups), and would look like the next request's doing.
         */
        Map<String, String> settled() {
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> jdbc().sql("""
                    SELECT count(*) FROM event_publication
                    WHERE completion_date IS NULL AND serialized_event LIKE :workspace""")
                    .param("workspace", "%" + workspace.id() + "%")
                    .query(Long.class).single() == 0);
            return take();
        }

        Map<String, String> take() {
            Map<String, String> digests = new TreeMap<>();
            jdbc().sql(query).param("workspace", workspace.id())
                    .query((row, number) -> digests.put(row.getString("name"), row.getString("digest"))).list();
            return digests;
        }
    }

    // ---- what the answers must be

    private static final class Findings {

        private final Map<String, Map<Integer, Integer>> statusesByOperation = new TreeMap<>();
        private final Map<Integer, Integer> statuses = new TreeMap<>();
        private final Map<String, String> serverErrors = new LinkedHashMap<>();
        private final Map<String, String> notProblemDetails = new LinkedHashMap<>();
        private final Map<String, String> unnamedFields = new LinkedHashMap<>();
        private final Map<String, String> halfWrites = new LinkedHashMap<>();

        void check(Attempt attempt, HttpResponse<String> response) {
            int status = response.statusCode();
            statuses.merge(status, 1, Integer::sum);
            statusesByOperation.computeIfAbsent(attempt.operation.name(), key -> new TreeMap<>())
                    .merge(status, 1, Integer::sum);
            String cause = attempt.operation.name() + " " + attempt.mutation.replaceAll("/\\d+", "/*");
            if (status >= 500) {
                serverErrors.putIfAbsent(cause, status + " " + attempt.describe() + " → " + shorten(response.body()));
            } else if (status >= 400) {
                String type = response.headers().firstValue("Content-Type").orElse("");
                if (!type.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
                    notProblemDetails.putIfAbsent(attempt.operation.name() + " " + status,
                            type + " " + attempt.describe());
                } else if (status == 400 && attempt.mutatedField != null && !namesFields(response.body())) {
                    unnamedFields.putIfAbsent(cause, attempt.describe() + " → " + shorten(response.body()));
                }
            }
        }

        void checkUnchanged(Attempt attempt, HttpResponse<String> response, Map<String, String> before,
                            Map<String, String> after) {
            List<String> changed = before.keySet().stream()
                    .filter(table -> !before.get(table).equals(after.get(table))).toList();
            if (!changed.isEmpty()) {
                halfWrites.putIfAbsent(attempt.operation.name(), response.statusCode() + " changed " + changed
                        + ": " + attempt.describe());
            }
        }

        private static boolean namesFields(String body) {
            JsonNode errors = JSON.readTree(body).path("errors");
            return errors.isArray() && !errors.isEmpty();
        }

        String summary() {
            StringBuilder summary = new StringBuilder("by status: ").append(statuses).append('\n');
            statusesByOperation.forEach((operation, counts) ->
                    summary.append("  ").append(operation).append(' ').append(counts).append('\n'));
            summary.append(String.format("server errors: %d causes; not problem details: %d; 400s naming no field: %d; "
                    + "half-writes: %d", serverErrors.size(), notProblemDetails.size(), unnamedFields.size(),
                    halfWrites.size()));
            return summary.toString();
        }

        void assertNone() {
            StringBuilder failures = new StringBuilder();
            section(failures, "5xx answers (seed " + SEED + ")", serverErrors);
            section(failures, "4xx answers that are not application/problem+json", notProblemDetails);
            section(failures, "refused writes that changed the workspace", halfWrites);
            section(failures, "400s on a spoiled field without errors[]", unnamedFields);
            assertThat(failures.toString()).as("API fuzz findings").isEmpty();
        }

        private static void section(StringBuilder failures, String title, Map<String, String> findings) {
            if (findings.isEmpty()) {
                return;
            }
            failures.append("\n== ").append(title).append(": ").append(findings.size()).append('\n');
            findings.values().forEach(finding -> failures.append(" - ").append(finding).append('\n'));
        }
    }
}
