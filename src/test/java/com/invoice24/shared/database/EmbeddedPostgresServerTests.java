package com.invoice24.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class EmbeddedPostgresServerTests {

    private final Path dataDirectory = Path.of("target", "test-pg", "restart-" + System.nanoTime());
    private final Path shared = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-shared");

    @AfterEach
    void removeData() {
        TestDatabase.deleteRecursively(dataDirectory);
        TestDatabase.deleteRecursively(shared);
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
    void twoUsersOfOneDirectoryShareOneServerUntilTheLastLetsGo() {
        EmbeddedPostgresServer one = EmbeddedPostgresServer.acquire(shared);
        EmbeddedPostgresServer other = EmbeddedPostgresServer.acquire(shared);
        assertThat(other).isSameAs(one);

        one.release();
        Integer stillUp = JdbcClient.create(other.dataSource()).sql("SELECT 1").query(Integer.class).single();
        assertThat(stillUp).isEqualTo(1);
        other.release();
    }
}
