package com.invoice24.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.mock.web.MockHttpServletRequest;

/** Two people saving the same thing at once get an answer to act on, not a server error. */
class ConflictAnswersTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler();
    private final MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/v1/invoices/1");

    @Test
    void aStaleVersionIsAConflictToReload() {
        assertConflict(handler.unexpected(new OptimisticLockingFailureException("version 3 is gone"), request));
    }

    @Test
    void aLockNotGrantedIsAConflictToReload() {
        assertConflict(handler.unexpected(new CannotAcquireLockException("lock timeout"), request));
    }

    @Test
    void deadlocksAndSerializationFailuresAreConflictsHoweverWrapped() {
        for (String state : new String[] {"40001", "40P01"}) {
            SQLException failure = new SQLException("could not serialize access", state);
            assertConflict(handler.unexpected(new IllegalStateException("saving failed",
                    new UncategorizedSQLException("commit", "COMMIT", failure)), request));
        }
    }

    @Test
    void aDuplicateIsAConflictAndOtherIntegrityFailuresAreRefusals() {
        ResponseEntity<ProblemDetail> duplicate = handler.unexpected(new DuplicateKeyException("dup",
                new SQLException("duplicate key value violates unique constraint", "23505")), request);
        ResponseEntity<ProblemDetail> tooLong = handler.unexpected(new IllegalStateException("save",
                new DataIntegrityViolationException("too long", new SQLException("value too long", "22001"))),
                request);

        assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(tooLong.getBody().getDetail()).isEqualTo("A value is too long to be saved.");
    }

    @Test
    void anythingElseIsAServerErrorWithoutItsInsides() {
        ResponseEntity<ProblemDetail> answer = handler.unexpected(new NullPointerException("secret.internal.Thing"),
                request);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().getDetail()).doesNotContain("secret").doesNotContain("NullPointer");
    }

    private static void assertConflict(ResponseEntity<ProblemDetail> answer) {
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().getDetail()).isEqualTo(ApiExceptionHandler.CONFLICT);
    }
}
