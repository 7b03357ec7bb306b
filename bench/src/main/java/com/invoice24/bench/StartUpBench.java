package com.invoice24.bench;

import emptyapp.EmptyApp;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The start-up workload for {@code bench/run}: the app's executable jar started as a process on an existing
 * embedded-database directory (the first start creates it and is not counted), timed from launch to the first 200
 * of {@code /actuator/health}, with the heap in use at that moment; against {@link EmptyApp}, the same starters with
 * none of the app's beans, on the PostgreSQL server at 127.0.0.1:5432. Then the same jar started from the class-data
 * archive the README's "Faster start" section describes. Run from the repository root, after {@code ./mvnw package}.
 *
 * <p>Environment: {@code STARTUP_RUNS} (timed starts per variant, default 5), {@code BENCH_PG_URL} (the server
 * for the baseline, default {@code jdbc:postgresql://127.0.0.1:5432/}).
 */
public final class StartUpBench {

    private static final double TARGET_SECONDS = 8;
    private static final double TARGET_HEAP_MB = 300;
    private static final Duration START_LIMIT = Duration.ofMinutes(3);
    private static final String BASELINE_DATABASE = "invoice24_bench_startup";
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
    private final Path work = Path.of("bench/target/startup").toAbsolutePath();
    private final int runs = Integer.parseInt(System.getenv().getOrDefault("STARTUP_RUNS", "5"));

    private StartUpBench() {
    }

    public static void main(String[] args) throws Exception {
        new StartUpBench().run();
    }

    private void run() throws Exception {
        Files.createDirectories(work);
        Path jar = appJar();
        Path data = work.resolve("data/pg");
        List<String> app = List.of("-jar", jar.toString(), "--invoice24.embedded-database.data-dir=" + data);
        Starts ours = measure("app", app);
        Starts baseline = measure("empty app", emptyApp());
        report("Start-up to first answer, existing ./data/pg (median)", ours, baseline);
        Path archive = classDataArchive(jar, data);
        Starts withArchive = measure("app with class-data archive", List.of("-XX:SharedArchiveFile=" + archive,
                "-jar", work.resolve("cds").resolve(jar.getFileName()).toString(),
                "--invoice24.embedded-database.data-dir=" + data));
        report("Start-up with the optional class-data archive (median)", withArchive, baseline);
    }

    private static Path appJar() throws IOException {
        try (Stream<Path> jars = Files.list(Path.of("target"))) {
            return jars.filter(p -> p.getFileName().toString().matches("invoice24-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No target/invoice24-*.jar: run ./mvnw package"))
                    .toAbsolutePath();
        }
    }

    /** EmptyApp from this project's classpath, on a database of its own: the app's migrations come along. */
    private List<String> emptyApp() throws SQLException {
        String server = System.getenv().getOrDefault("BENCH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
        try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "");
             Statement sql = admin.createStatement()) {
            if (!sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + BASELINE_DATABASE + "'").next()) {
                sql.execute("CREATE DATABASE " + BASELINE_DATABASE);
            }
        }
        return List.of("-cp", System.getProperty("java.class.path"), EmptyApp.class.getName(),
                "--spring.datasource.url=" + server + BASELINE_DATABASE, "--spring.datasource.username=postgres");
    }

    /**
     * The archive a training run writes, as the README's "Faster start" does it: the jar extracted (an archive needs
     * plain jars), started once with {@code -XX:ArchiveClassesAtExit} and stopped once it answers.
     */
    private Path classDataArchive(Path jar, Path data) throws Exception {
        Path cds = work.resolve("cds");
        Path archive = work.resolve("invoice24.jsa");
        Files.deleteIfExists(archive);
        exec(List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--force", "--destination",
                cds.toString()));
        start("training run", List.of("-XX:ArchiveClassesAtExit=" + archive, "-jar",
                cds.resolve(jar.getFileName()).toString(), "--invoice24.embedded-database.data-dir=" + data));
        return archive;
    }

    private Starts measure(String name, List<String> command) throws Exception {
        start(name, command);  // the first start creates the data directory or warms the file cache: not counted
        List<Start> starts = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            starts.add(start(name, command));
        }
        return new Starts(starts);
    }

    private Start start(String name, List<String> command) throws Exception {
        int port = freePort();
        List<String> line = new ArrayList<>(List.of(java()));
        line.addAll(command);
        line.add("--server.port=" + port);
        File log = work.resolve(name.replace(' ', '-') + ".log").toFile();
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log).start();
        try {
            URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
            while (status(health) != 200) {
                if (!process.isAlive() || System.nanoTime() - launched > START_LIMIT.toNanos()) {
                    throw new IllegalStateException(name + " did not answer; see " + log);
                }
                Thread.sleep(20);
            }
            double seconds = (System.nanoTime() - launched) / 1e9;
            double heapMb = heapUsedMb(process);
            System.err.printf(Locale.US, "%s: %.2f s, heap %.0f MB%n", name, seconds, heapMb);
            return new Start(seconds, heapMb);
        } finally {
            process.destroy();  // SIGTERM: the app shuts down and stops its PostgreSQL
            process.waitFor();
        }
    }

    private int status(URI uri) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notYet) {
            return 0;
        }
    }

    /** The heap in use as the JVM reports it ({@code jcmd GC.heap_info}): the app keeps its metrics behind sign-in. */
    private static double heapUsedMb(Process process) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(process.pid()), "GC.heap_info").redirectErrorStream(true).start();
        String info = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        Matcher used = HEAP_USED.matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("No heap figure in " + info);
        }
        return Long.parseLong(used.group(1)) / 1024.0;
    }

    private static void exec(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("Failed: " + String.join(" ", command));
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void report(String workload, Starts ours, Starts baseline) {
        boolean met = ours.medianSeconds() <= TARGET_SECONDS && ours.maxHeapMb() <= TARGET_HEAP_MB;
        System.out.println(String.join("\t", "RESULT", workload,
                String.format(Locale.US, "%.1f s, heap %.0f MB", ours.medianSeconds(), ours.maxHeapMb()),
                String.format(Locale.US, "empty Spring Boot app, same starters: %.1f s, heap %.0f MB",
                        baseline.medianSeconds(), baseline.maxHeapMb()),
                String.format(Locale.US, "≤ %.0f s, heap ≤ %.0f MB", TARGET_SECONDS, TARGET_HEAP_MB),
                met ? "yes" : "no"));
    }

    private record Start(double seconds, double heapMb) {
    }

    private record Starts(List<Start> starts) {

        double medianSeconds() {
            List<Double> seconds = new ArrayList<>(starts.stream().map(Start::seconds).toList());
            Collections.sort(seconds);
            return seconds.get(seconds.size() / 2);
        }

        double maxHeapMb() {
            return starts.stream().mapToDouble(Start::heapMb).max().orElseThrow();
        }
    }
}
