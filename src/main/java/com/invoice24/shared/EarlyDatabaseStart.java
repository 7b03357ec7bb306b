package com.invoice24.shared;

import com.invoice24.shared.database.EmbeddedDatabaseConfiguration;
import com.invoice24.shared.database.EmbeddedPostgresServer;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded PostgreSQL as soon as the application's settings are known, so that it gets going
 * while the Spring context is still being built rather than after most of it; the context's
 * {@link EmbeddedPostgresServer} bean takes it over. If the application fails before that, the server is stopped.
 *
 * <p>Added by the application's {@code main} only: tests give their database settings to the context later than
 * this runs, so they start their server the ordinary way.
 */
public final class EarlyDatabaseStart implements ApplicationListener<SpringApplicationEvent> {

    private @Nullable ConfigurableEnvironment environment;

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared
                && EmbeddedDatabaseConfiguration.wanted(prepared.getEnvironment())) {
            environment = prepared.getEnvironment();
            EmbeddedPostgresServer.startEarly(EmbeddedDatabaseConfiguration.dataDirectory(environment));
        } else if (event instanceof ApplicationFailedEvent && environment != null) {
            EmbeddedPostgresServer.abandonEarlyStart(EmbeddedDatabaseConfiguration.dataDirectory(environment));
        }
    }
}
