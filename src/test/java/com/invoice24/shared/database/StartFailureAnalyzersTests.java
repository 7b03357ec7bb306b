package com.invoice24.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class StartFailureAnalyzersTests {

    private static final String URL = "jdbc:postgresql://127.0.0.1:1/invoice24";

    @Test
    void aClosedDatabasePortIsToldWithTheUrlTheCauseAndWhatToDo() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:1 refused.", "08001",
                new ConnectException("Connection refused"));
        Throwable failure = new BeanCreationException("idempotencyFilter", "Unsatisfied dependency",
                new BeanCreationException("flywayInitializer", "Unable to obtain connection from database", refused));

        FailureAnalysis analysis = new DatabaseUnreachableFailureAnalyzer(
                new MockEnvironment().withProperty("spring.datasource.url", URL)).analyze(failure);

        assertThat(analysis.getDescription())
                .isEqualTo("Invoice24 could not reach its database at " + URL + ": Connection to 127.0.0.1:1 refused.");
        assertThat(analysis.getAction()).startsWith("Start PostgreSQL or fix spring.datasource.url");
    }

    @Test
    void aWrongPasswordIsADatabaseThatWouldNotLetUsIn() {
        SQLException wrongPassword = new SQLException("password authentication failed for user \"invoice24\"", "28P01");

        FailureAnalysis analysis = new DatabaseUnreachableFailureAnalyzer(
                new MockEnvironment().withProperty("spring.datasource.url", URL)).analyze(new IllegalStateException(wrongPassword));

        assertThat(analysis.getDescription()).endsWith("password authentication failed for user \"invoice24\"");
    }

    @Test
    void anSqlErrorOfTheApplicationItselfIsLeftToTheFullReport() {
        SQLException badQuery = new SQLException("relation \"invoices\" does not exist", "42P01");

        assertThat(new DatabaseUnreachableFailureAnalyzer(new MockEnvironment()).analyze(new IllegalStateException(badQuery)))
                .isNull();
    }

    @Test
    void aSecondCopyOnTheSameDataIsToldInOneLine() {
        Throwable failure = new BeanCreationException("embeddedPostgresServer", "Failed to instantiate",
                new AnotherCopyRunningException(Path.of("/srv/invoice24/data/pg"), "4242"));

        FailureAnalysis analysis = new AnotherCopyRunningFailureAnalyzer().analyze(failure);

        assertThat(analysis.getDescription()).isEqualTo("Another Invoice24 is already running on /srv/invoice24/data/pg "
                + "(pid 4242); stop it or set invoice24.embedded-database.data-dir");
        assertThat(analysis.getDescription()).doesNotContain("\n");
    }
}
