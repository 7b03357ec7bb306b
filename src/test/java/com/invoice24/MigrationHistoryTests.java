package com.invoice24;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.shared.database.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database left at any earlier version, or at a state the repository was in when a migration landed
 * with a lower number than one already there, migrates to the latest version with the application's
 * Flyway settings and then validates. The cases run in one database of their own on the test run's
 * PostgreSQL (see {@link TestDatabase}), dropped afterwards, each case in a schema of its own: a schema
 * costs nothing to create, a database a few seconds on a busy machine.
 */
class MigrationHistoryTests {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");
    private static final Pattern DATABASE_IN_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)");

    /**
     * Migrations that landed after one with a higher number had been committed: a database migrated in
     * between holds every migration up to {@code deployedUpTo} except {@code version}.
     */
    record LateArrival(String version, String deployedUpTo) {

        @Override
        public String toString() {
            return "V" + version + " after V" + deployedUpTo;
        }
    }

    static final List<LateArrival> LATE_ARRIVALS = List.of(
            new LateArrival("14", "15"),
            new LateArrival("17", "20"),
            new LateArrival("22", "23"));

    private static final String DATABASE = "migration_history_" + ProcessHandle.current().pid();

    private static final ExecutorService POOL = Executors.newFixedThreadPool(3);

    @TempDir
    static Path scripts;

    private static EmbeddedPostgresServer embedded;
    private static String adminUrl;
    private static String url;
    private static String user;
    private static String password;

    @BeforeAll
    static void startServer() {
        if (TestDatabase.onServer()) {
            adminUrl = System.getenv().getOrDefault("INVOICE24_TEST_DB_URL",
                    System.getProperty("invoice24.test-db-url", "jdbc:postgresql://127.0.0.1:5432/invoice24_test"));
            user = System.getenv().getOrDefault("INVOICE24_TEST_DB_USER", "postgres");
            password = System.getenv().getOrDefault("INVOICE24_TEST_DB_PASSWORD", "");
        } else {
            // The same server the integration tests of this JVM use (TestDatabase), not a second one.
            embedded = EmbeddedPostgresServer.acquire(
                    Path.of("target", "test-pg").resolve("run-" + ProcessHandle.current().pid()));
            adminUrl = embedded.jdbcUrl();
            user = "postgres";
            password = "";
        }
        admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        admin("CREATE DATABASE " + DATABASE);
        url = withDatabase(adminUrl, DATABASE);
    }

    @AfterAll
    static void dropDatabaseAndStopServer() {
        POOL.shutdownNow();
        try {
            admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        } finally {
            if (embedded != null) {
                embedded.release();
            }
        }
    }

    static Stream<String> versions() {
        return migrationFiles().map(MigrationHistoryTests::version);
    }

    /** Cases run side by side: each is mostly waiting on PostgreSQL, and they share nothing but the server. */
    @TestFactory
    Stream<DynamicTest> aDatabaseAtAnyVersionMigratesToTheLatest() {
        return inParallel(versions().toList(), version -> "from V" + version, version -> {
            String schema = "v" + version.replace('.', '_');
            flyway(schema).target(MigrationVersion.fromVersion(version)).load().migrate();
            migrateToLatestAndValidate(schema);
        });
    }

    @TestFactory
    Stream<DynamicTest> aDatabaseMigratedBeforeALowerNumberLandedMigratesToTheLatest() {
        return inParallel(LATE_ARRIVALS, LateArrival::toString, late -> {
            MigrationVersion upTo = MigrationVersion.fromVersion(late.deployedUpTo());
            MigrationVersion missing = MigrationVersion.fromVersion(late.version());
            Path then = Files.createDirectories(scripts.resolve("before-v" + late.version()));
            migrationFiles()
                    .filter(file -> MigrationVersion.fromVersion(version(file)).compareTo(upTo) <= 0)
                    .filter(Predicate.not(file -> MigrationVersion.fromVersion(version(file)).equals(missing)))
                    .forEach(file -> copy(file, then.resolve(file.getFileName())));
            String schema = "late_v" + late.version().replace('.', '_');
            flyway(schema).locations("filesystem:" + then.toAbsolutePath()).load().migrate();
            migrateToLatestAndValidate(schema);
        });
    }

    interface Case<T> {
        void run(T input) throws Exception;
    }

    private static <T> Stream<DynamicTest> inParallel(List<T> inputs, Function<T, String> name, Case<T> check) {
        Map<T, Future<?>> runs = new LinkedHashMap<>();
        for (T input : inputs) {
            runs.put(input, POOL.submit(() -> {
                check.run(input);
                return null;
            }));
        }
        return inputs.stream().map(input -> DynamicTest.dynamicTest(name.apply(input), () -> {
            try {
                runs.get(input).get();
            } catch (ExecutionException e) {
                throw e.getCause();
            }
        }));
    }

    private static void migrateToLatestAndValidate(String schema) {
        Flyway latest = flyway(schema).outOfOrder(applicationOutOfOrder()).load();
        latest.migrate();
        latest.validate();
        assertThat(latest.info().pending()).isEmpty();
        assertThat(latest.info().current().getVersion().toString())
                .isEqualTo(versions().map(MigrationVersion::fromVersion).max(MigrationVersion::compareTo)
                        .orElseThrow().toString());
    }

    /** Flyway creates the schema, runs the migrations in it and keeps its history there. */
    private static FluentConfiguration flyway(String schema) {
        return Flyway.configure().dataSource(url, user, password).schemas(schema).defaultSchema(schema)
                .locations("classpath:db/migration");
    }

    /** The setting the application runs with, so this test fails if it is taken away. */
    private static boolean applicationOutOfOrder() {
        Properties properties = new Properties();
        try (InputStream in = MigrationHistoryTests.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Boolean.parseBoolean(properties.getProperty("spring.flyway.out-of-order", "false"));
    }

    private static void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static String withDatabase(String url, String database) {
        Matcher matcher = DATABASE_IN_URL.matcher(url);
        assertThat(matcher.matches()).as("a PostgreSQL JDBC URL: " + url).isTrue();
        return matcher.group(1) + database + matcher.group(3);
    }

    private static Stream<Path> migrationFiles() {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.filter(file -> VERSIONED.matcher(file.getFileName().toString()).matches())
                    .sorted((a, b) -> MigrationVersion.fromVersion(version(a))
                            .compareTo(MigrationVersion.fromVersion(version(b))))
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String version(Path file) {
        Matcher matcher = VERSIONED.matcher(file.getFileName().toString());
        assertThat(matcher.matches()).isTrue();
        return matcher.group(1).replace('_', '.');
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
