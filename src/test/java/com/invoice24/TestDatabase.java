package com.invoice24;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import com.invoice24.shared.database.EmbeddedDatabaseConfiguration;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Where integration tests keep their data: by default a fresh embedded PostgreSQL under
 * {@code target/}, started once per test run; with {@code -Ppostgres} the server named by
 * {@code INVOICE24_TEST_DB_URL}, emptied once at the start of the run. Every context of a run, the whole
 * application's and the slices', uses the same database: a test class gives {@link #configure} to its
 * {@code @DynamicPropertySource} and imports {@link Setup}.
 */
public final class TestDatabase {

    private static final Path EMBEDDED_ROOT = Path.of("target", "test-pg");
    /** One directory per test JVM, so two test runs in one checkout never share a server. */
    private static final Path EMBEDDED_DATA = EMBEDDED_ROOT.resolve("run-" + ProcessHandle.current().pid());
    private static final AtomicBoolean PREPARED = new AtomicBoolean();

    private TestDatabase() {
    }

    public static void configure(DynamicPropertyRegistry registry) {
        if (onServer()) {
            registry.add("spring.datasource.url", TestDatabase::serverUrl);
            registry.add("spring.datasource.username", () -> System.getenv().getOrDefault("INVOICE24_TEST_DB_USER", "postgres"));
            registry.add("spring.datasource.password", () -> System.getenv().getOrDefault("INVOICE24_TEST_DB_PASSWORD", ""));
            registry.add("spring.flyway.clean-disabled", () -> "false");
        } else {
            if (PREPARED.compareAndSet(false, true)) {
                deleteFinishedRuns();
            }
            registry.add("invoice24.embedded-database.data-dir", EMBEDDED_DATA::toString);
        }
    }

    /**
     * The database and its migrations, for the whole application and for slices alike: a slice does not scan
     * {@code shared} for the embedded server's configuration.
     */
    @TestConfiguration(proxyBeanMethods = false)
    @Import(EmbeddedDatabaseConfiguration.class)
    public static class Setup {

        @Bean
        FlywayMigrationStrategy migrateOnceCleanOnServer() {
            return TestDatabase::migrate;
        }
    }

    /** The server keeps data between runs; the first context of a run starts it empty. */
    static void migrate(Flyway flyway) {
        if (onServer() && PREPARED.compareAndSet(false, true)) {
            flyway.clean();
        }
        flyway.migrate();
    }

    static boolean onServer() {
        return "server".equals(System.getProperty("invoice24.test-database"));
    }

    private static String serverUrl() {
        String fromEnvironment = System.getenv("INVOICE24_TEST_DB_URL");
        return fromEnvironment != null ? fromEnvironment
                : System.getProperty("invoice24.test-db-url", "jdbc:postgresql://127.0.0.1:5432/invoice24_test");
    }

    /** Data of earlier runs whose JVM has ended. */
    private static void deleteFinishedRuns() {
        if (!Files.isDirectory(EMBEDDED_ROOT)) {
            return;
        }
        try (Stream<Path> runs = Files.list(EMBEDDED_ROOT)) {
            runs.filter(run -> run.getFileName().toString().startsWith("run-"))
                    .filter(run -> ProcessHandle.of(Long.parseLong(run.getFileName().toString().substring(4)))
                            .isEmpty())
                    .forEach(TestDatabase::deleteRecursively);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
