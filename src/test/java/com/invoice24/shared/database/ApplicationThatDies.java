package com.invoice24.shared.database;

import java.nio.file.Path;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Run in a JVM of its own: starts the embedded PostgreSQL on a directory, writes a note, says
 * {@code ready} and waits to be killed, as an application stopped with {@code kill -9} would be.
 */
public final class ApplicationThatDies {

    private ApplicationThatDies() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(Path.of(args[0]));
        JdbcClient jdbc = JdbcClient.create(server.dataSource());
        jdbc.sql("CREATE TABLE kept (note TEXT)").update();
        jdbc.sql("INSERT INTO kept VALUES (:note)").param("note", args[1]).update();
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
