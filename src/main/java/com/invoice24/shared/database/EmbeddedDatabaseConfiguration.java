package com.invoice24.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * With no {@code spring.datasource.url}, Invoice24 runs its own PostgreSQL so that
 * {@code ./mvnw spring-boot:run} needs no server; the data stays in {@code invoice24.embedded-database.data-dir}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceConfigured.class)
public class EmbeddedDatabaseConfiguration {

    private static final String DATA_DIRECTORY = "invoice24.embedded-database.data-dir";

    @Bean(destroyMethod = "release")
    EmbeddedPostgresServer embeddedPostgresServer(Environment environment) {
        return EmbeddedPostgresServer.acquire(dataDirectory(environment));
    }

    @Bean
    HikariDataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(server.jdbcUrl())
                .build();
        dataSource.setPoolName("embedded-postgres");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }

    /** Whether the application runs its own PostgreSQL: when no {@code spring.datasource.url} is set. */
    public static boolean wanted(Environment environment) {
        return !environment.containsProperty("spring.datasource.url");
    }

    public static Path dataDirectory(Environment environment) {
        return Path.of(environment.getProperty(DATA_DIRECTORY, "./data/pg"));
    }

    static class NoDatasourceConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return wanted(context.getEnvironment());
        }
    }
}
