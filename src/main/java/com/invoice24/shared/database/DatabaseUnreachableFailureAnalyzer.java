package com.invoice24.shared.database;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * A start that failed because the database could not be reached, or would not let us in, told in
 * two lines instead of the chain of beans that needed it.
 */
class DatabaseUnreachableFailureAnalyzer implements FailureAnalyzer, Ordered {

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        SQLException refused = connectionFailure(failure);
        if (refused == null) {
            return null;
        }
        String url = environment.getProperty("spring.datasource.url", "the embedded PostgreSQL");
        return new FailureAnalysis(
                "Invoice24 could not reach its database at " + url + ": " + refused.getMessage(),
                "Start PostgreSQL or fix spring.datasource.url (and spring.datasource.username and "
                        + "spring.datasource.password); without spring.datasource.url Invoice24 runs its own "
                        + "PostgreSQL in invoice24.embedded-database.data-dir.",
                failure);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** The first SQL error of connecting: no server (08), a refused sign-in (28) or no such database (3D). */
    private static @Nullable SQLException connectionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("28")
                    || sql.getSQLState().startsWith("3D"))) {
                return sql;
            }
        }
        return null;
    }
}
