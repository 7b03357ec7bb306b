package com.invoice24.bench;

import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The invoice list under load: {@code BENCH_CLIENTS} clients (8) each send requests one after the other for
 * {@code BENCH_SECONDS} after {@code BENCH_WARMUP_SECONDS} of warm-up, against the app started from its jar. Each list
 * workload is compared with a static file served by the same server under the same clients, measured first.
 *
 * <p>Usage: {@code HttpLoad <baseUrl> <fixture.properties>} (the fixture {@link DataGenerator} wrote).
 */
public final class HttpLoad {

    static final int PAGE_SIZE = 50;
    static final double P95_TARGET_MS = 50;
    static final double THROUGHPUT_SHARE = 0.25;

    /** What one client sends, again and again. */
    interface Request {
        HttpResponse<InputStream> send(HttpClient client) throws Exception;
    }

    /** A workload's figures: latencies of the measured requests, in nanoseconds, and the failed ones. */
    record Stats(long[] nanos, long errors, double seconds) {

        double throughput() {
            return nanos.length / seconds;
        }

        double percentileMs(double percentile) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100 * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, index))] / 1e6;
        }

        String latencies() {
            return "p50 %s, p95 %s, p99 %s".formatted(Report.ms(percentileMs(50)), Report.ms(percentileMs(95)),
                    Report.ms(percentileMs(99)));
        }
    }

    private final String baseUrl;
    private final Properties fixture;
    private final String size;
    private final int clients = Env.integer("BENCH_CLIENTS", 8);
    private final Duration warmUp = Duration.ofSeconds(Env.integer("BENCH_WARMUP_SECONDS", 5));
    private final Duration measured = Duration.ofSeconds(Env.integer("BENCH_SECONDS", 20));
    private final JsonMapper json = JsonMapper.builder().build();

    private HttpLoad(String baseUrl, Properties fixture) {
        this.baseUrl = baseUrl;
        this.fixture = fixture;
        this.size = "%,d invoices".formatted(Integer.parseInt(fixture.getProperty("invoices")));
    }

    public static void main(String[] args) throws Exception {
        Properties fixture = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
            fixture.load(in);
        }
        new HttpLoad(args[0], fixture).run();
        System.exit(0);
    }

    private void run() throws Exception {
        Stats staticFile = measure("static file /css/app.css", (client) -> get(client, "/css/app.css", false));
        Report.result("static file GET /css/app.css, %d clients".formatted(clients),
                "%.0f req/s, %s, %d errors".formatted(staticFile.throughput(), staticFile.latencies(),
                        staticFile.errors()), "-", "the baseline of the list workloads", "n/a");

        Stats first = measure("API first page", client -> get(client, "/api/v1/invoices?size=" + PAGE_SIZE, true));
        listResults("GET /api/v1/invoices?size=50", first, staticFile);

        Report.measured("deep page (page 1000, or the last)", () -> {
            String deepPath = deepPage();
            Stats deep = measure("API deep page", client -> get(client, deepPath, true));
            listResults("deep page (page 1000, or the last)", deep, staticFile);
            Report.result("deep page p95 against the first page", Report.ms(deep.percentileMs(95)) + ", "
                            + deepPath.replaceAll(".*[?&]", "").replaceAll("cursor=.*", "by cursor"),
                    "first page p95 " + Report.ms(first.percentileMs(95)),
                    "≤ 2 × first page", deep.percentileMs(95) <= 2 * first.percentileMs(95));
        });
        Report.measured("HTML list /invoices (signed in)", () -> {
            List<HttpClient> signedIn = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                signedIn.add(signedIn());
            }
            AtomicLong next = new AtomicLong();
            ThreadLocal<HttpClient> session = ThreadLocal.withInitial(
                    () -> signedIn.get((int) (next.getAndIncrement() % signedIn.size())));
            Stats html = measure("HTML list", client -> get(session.get(), "/invoices", false));
            listResults("HTML list /invoices (signed in)", html, staticFile);
            Stats home = measure("home page", client -> get(session.get(), "/", false));
            listResults("home page / (signed in; not a target of its own)", home, staticFile);
        });
    }

    private void listResults(String workload, Stats stats, Stats staticFile) {
        double p95 = stats.percentileMs(95);
        Report.result("%s p95, %d clients".formatted(workload, clients),
                "%s (%s)".formatted(Report.ms(p95), stats.latencies()),
                "static file p95 " + Report.ms(staticFile.percentileMs(95)), "≤ " + Report.ms(P95_TARGET_MS),
                p95 <= P95_TARGET_MS && stats.errors() == 0);
        double wanted = THROUGHPUT_SHARE * staticFile.throughput();
        Report.result("%s throughput, %d clients".formatted(workload, clients),
                "%.0f req/s (%.0f%% of static), %d errors".formatted(stats.throughput(),
                        100 * stats.throughput() / staticFile.throughput(), stats.errors()),
                "static file %.0f req/s".formatted(staticFile.throughput()),
                "≥ 25%% of static (%.0f req/s)".formatted(wanted),
                stats.throughput() >= wanted && stats.errors() == 0);
    }

    /**
     * The page-1000 equivalent of the first page: reached by following {@code next} cursors when the API gives them,
     * else by {@code page}; the last page when the list is shorter.
     */
    private String deepPage() throws Exception {
        HttpClient client = client(null);
        String path = "/api/v1/invoices?size=" + PAGE_SIZE;
        JsonNode page = json.readTree(getString(client, path));
        int wanted = Env.integer("BENCH_DEEP_PAGE", 1000);
        long lastPage = Math.max(0, (page.get("total").asLong() - 1) / PAGE_SIZE);
        int target = (int) Math.min(wanted, lastPage);
        if (!page.has("next")) {
            System.out.printf("No next cursor in the list: the deep page is page=%d%n", target);
            return path + "&page=" + target;
        }
        String cursorPath = path;
        for (int reached = 0; reached < target; reached++) {
            JsonNode next = page.get("next");
            if (next == null || next.isNull()) {
                break;
            }
            cursorPath = path + "&cursor=" + URLEncoder.encode(next.asString(), StandardCharsets.UTF_8);
            page = json.readTree(getString(client, cursorPath));
        }
        System.out.printf("The deep page (page %d) by cursor: %s%n", target, cursorPath);
        return cursorPath;
    }

    private Stats measure(String workload, Request request) throws InterruptedException {
        Report.starting("%s, %d clients (%s)".formatted(workload, clients, size));
        long warmUpEnds = System.nanoTime() + warmUp.toNanos();
        long ends = warmUpEnds + measured.toNanos();
        List<long[]> perClient = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Latencies latencies = new Latencies();
            HttpClient client = client(null);
            Thread thread = new Thread(() -> {
                while (true) {
                    long started = System.nanoTime();
                    if (started >= ends) {
                        break;
                    }
                    boolean ok;
                    try {
                        HttpResponse<InputStream> response = request.send(client);
                        try (InputStream body = response.body()) {
                            body.transferTo(OutputStreamSink.INSTANCE);
                        }
                        ok = response.statusCode() == 200;
                    } catch (Exception e) {
                        ok = false;
                    }
                    long took = System.nanoTime() - started;
                    if (started >= warmUpEnds) {
                        if (ok) {
                            latencies.add(took);
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                }
                synchronized (perClient) {
                    perClient.add(latencies.toArray());
                }
            }, "client-" + i);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        Stats stats = new Stats(all, errors.get(), measured.toNanos() / 1e9);
        System.out.printf("%-40s %8.0f req/s  %s  %d errors%n", workload, stats.throughput(), stats.latencies(),
                stats.errors());
        return stats;
    }

    private HttpResponse<InputStream> get(HttpClient client, String path, boolean withToken) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
        if (withToken) {
            request.header("Authorization", "Bearer " + fixture.getProperty("token"));
        }
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    private String getString(HttpClient client, String path) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + fixture.getProperty("token")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** A client signed in through the login form, with the CSRF token the form carries. */
    private HttpClient signedIn() throws Exception {
        HttpClient client = client(new CookieManager());
        String form = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        StringBuilder body = new StringBuilder("email=" + URLEncoder.encode(fixture.getProperty("email"),
                StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(fixture.getProperty("password"),
                StandardCharsets.UTF_8));
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"")
                .matcher(form);
        if (csrf.find()) {
            body.append("&_csrf=").append(URLEncoder.encode(csrf.group(1) != null ? csrf.group(1) : csrf.group(2),
                    StandardCharsets.UTF_8));
        }
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error") || location.contains("throttled")) {
            throw new IllegalStateException("Sign-in failed: " + login.statusCode() + " to " + location);
        }
        return client;
    }

    private static HttpClient client(CookieManager cookies) {
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10));
        if (cookies != null) {
            builder.cookieHandler(cookies);
        }
        return builder.build();
    }

    /** A growable array of latencies, one per client thread, so recording takes no lock. */
    private static final class Latencies {

        private long[] values = new long[4096];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** Reads a response to its end without keeping it. */
    private static final class OutputStreamSink extends java.io.OutputStream {

        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
        }
    }
}
