package com.invoice24.shared.database;

import java.nio.file.Path;

/** A second Invoice24 was started on a data directory whose embedded PostgreSQL belongs to a live first one. */
public class AnotherCopyRunningException extends IllegalStateException {

    private final Path dataDirectory;

    AnotherCopyRunningException(Path dataDirectory, String owner) {
        super("Another Invoice24 is already running on " + dataDirectory + " (pid " + owner
                + "); stop it or set invoice24.embedded-database.data-dir");
        this.dataDirectory = dataDirectory;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }
}
