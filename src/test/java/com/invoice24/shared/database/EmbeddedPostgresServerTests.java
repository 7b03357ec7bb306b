package com.invoice24.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoice24.TestDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class EmbeddedPostgresServerTests {

    private final Path dataDirectory = Path.of("target", "test-pg", "restart-" + System.nanoTime());
    private final Path shared = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-shared");
    private final Path killed = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-killed");

    @AfterEach
    void removeData() {
        TestDatabase.deleteRecursively(dataDirectory);
        TestDatabase.deleteRecursively(shared);
        TestDatabase.deleteRecursively(killed);
    }

    @Test
    void dataEnteredBeforeAStopIsThereAfterTheNextStart() {
        EmbeddedPostgresServer first = EmbeddedPostgresServer.acquire(dataDirectory);
        JdbcClient.create(first.dataSource()).sql("CREATE TABLE kept (note TEXT)").update();
        JdbcClient.create(first.dataSource()).sql("INSERT INTO kept VALUES ('Invoice INV-2026-0042 sent')").update();
        first.release();

        EmbeddedPostgresServer second = EmbeddedPostgresServer.acquire(dataDirectory);
        try {
            String note = JdbcClient.create(second.dataSource()).sql("SELECT note FROM kept").query(String.class).single();
            assertThat(note).isEqualTo("Invoice INV-2026-0042 sent");
        } finally {
            second.release();
        }
    }

    @Test
    void aServerStartedEarlyIsTakenOverByTheFirstUser() {
        EmbeddedPostgresServer.startEarly(dataDirectory);
        EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(dataDirectory);
        EmbeddedPostgresServer.abandonEarlyStart(dataDirectory);  // taken over already: nothing to stop

        assertAnswersThenRelease(server);
    }

    @Test
    void aServerStartedEarlyThatNobodyTookOverIsStoppedAndTheDirectoryFreed() {
        EmbeddedPostgresServer.startEarly(shared);
        EmbeddedPostgresServer.abandonEarlyStart(shared);

        assertAnswersThenRelease(EmbeddedPostgresServer.acquire(shared));
    }

    private static void assertAnswersThenRelease(EmbeddedPostgresServer server) {
        try {
            Integer up = JdbcClient.create(server.dataSource()).sql("SELECT 1").query(Integer.class).single();
            assertThat(up).isEqualTo(1);
        } finally {
            server.release();
        }
    }

    @Test
    void twoUsersOfOneDirectoryShareOneServerUntilTheLastLetsGo() {
        EmbeddedPostgresServer one = EmbeddedPostgresServer.acquire(shared);
        EmbeddedPostgresServer other = EmbeddedPostgresServer.acquire(shared);
        assertThat(other).isSameAs(one);

        one.release();
        Integer stillUp = JdbcClient.create(other.dataSource()).sql("SELECT 1").query(Integer.class).single();
        assertThat(stillUp).isEqualTo(1);
        other.release();
    }

    @Test
    void aSecondCopyIsRefusedWhileTheFirstLivesAndTheServerItLeavesWhenKilledIsTakenOverWithItsData()
            throws Exception {
        Process first = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ApplicationThatDies.class.getName(),
                killed.toString(), "Invoice INV-2026-0077 sent").redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
            assertThat(output.lines().filter(line -> line.equals("ready") || !first.isAlive()).findFirst())
                    .contains("ready");

            assertThatThrownBy(() -> EmbeddedPostgresServer.acquire(killed))
                    .isInstanceOf(AnotherCopyRunningException.class)
                    .hasMessage("Another Invoice24 is already running on " + killed.toAbsolutePath().normalize()
                            + " (pid " + first.pid() + "); stop it or set invoice24.embedded-database.data-dir");
        } finally {
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        long orphan = postmasterOf(killed);
        assertThat(ProcessHandle.of(orphan)).as("the killed JVM's PostgreSQL is still running").isPresent();

        EmbeddedPostgresServer next = EmbeddedPostgresServer.acquire(killed);
        try {
            String note = JdbcClient.create(next.dataSource()).sql("SELECT note FROM kept").query(String.class).single();
            assertThat(note).isEqualTo("Invoice INV-2026-0077 sent");
            assertThat(ProcessHandle.of(orphan)).isEmpty();
        } finally {
            next.release();
        }
    }

    private static long postmasterOf(Path dataDirectory) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
    }
}
