package com.invoice24.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns whatever went wrong in an API call into a problem detail ({@code application/problem+json}) with a
 * sentence for the user and, where a value was at fault, {@code errors: [{field, message}]}; never a stack
 * trace. Framework failures (a missing parameter, the wrong media type) are answered here too, and so are
 * two people saving the same thing at once. Ahead of the page handlers, which see REST controllers too; the very
 * first place is left to the portal's rate limit, whose refusal is the same whatever the controller.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    static final String CONFLICT = "Someone else changed this at the same time; reload and try again.";

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    /** serialization_failure, deadlock_detected, lock_not_available. */
    private static final Set<String> CONCURRENCY_STATES = Set.of("40001", "40P01", "55P03");

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> wrongState(WrongStateException e) {
        return problem(HttpStatus.CONFLICT, e.getMessage(), List.of());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> businessRule(BusinessRuleException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), e.problems());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage(), e.problems());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(e.getName(), rule(e.getRequiredType()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(lastName(violation), violation.getMessage()))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "Some parameters are not valid.", errors);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> forbidden(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "Your role does not allow this.", List.of());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return problem(HttpStatus.UNAUTHORIZED, "Sign in or send a valid API token.", List.of());
    }

    @ExceptionHandler({ConcurrencyFailureException.class, DataIntegrityViolationException.class, Exception.class})
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (causedBy(e, ConcurrencyFailureException.class) != null || concurrencyState(e)) {
            return problem(HttpStatus.CONFLICT, CONFLICT, List.of());
        }
        DataIntegrityViolationException integrity = causedBy(e, DataIntegrityViolationException.class);
        if (integrity != null) {
            return integrity(integrity);
        }
        log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; please try again.",
                List.of());
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), String.valueOf(error.getDefaultMessage())))
                .toList();
        return body(problem(HttpStatus.BAD_REQUEST, "Some fields are missing or not valid.", errors));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(String.valueOf(result.getMethodParameter().getParameterName()),
                                String.valueOf(error.getDefaultMessage()))))
                .toList();
        return body(problem(HttpStatus.BAD_REQUEST, "Some parameters are not valid.", errors));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return body(problem(HttpStatus.CONTENT_TOO_LARGE, "The file is too large: attach files of at most 10 MB.",
                List.of(new FieldProblem("file", "Attach files of at most 10 MB"))));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        return body(invalid(e.getParameterName(), "is required"));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return body(invalid(e.getRequestPartName(), "is required"));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e instanceof MissingRequestHeaderException missing) {
            return body(invalid(missing.getHeaderName(), "is required"));
        }
        return super.handleServletRequestBindingException(e, headers, status, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        JacksonException json = causedBy(e, JacksonException.class);
        if (json == null) {
            return body(problem(HttpStatus.BAD_REQUEST, "The body is missing; send a JSON object.", List.of()));
        }
        if (json instanceof StreamConstraintsException) {
            return body(problem(HttpStatus.BAD_REQUEST,
                    "The body is not valid JSON: a value is too long or nested too deeply.", List.of()));
        }
        if (json instanceof StreamReadException && !(json instanceof InputCoercionException) || trailing(json)) {
            return body(problem(HttpStatus.BAD_REQUEST, "The body is not valid JSON.", List.of()));
        }
        String field = field(json.getPath());
        if (field.isEmpty()) {
            return body(problem(HttpStatus.BAD_REQUEST, "The body must be a JSON object with this call's fields.",
                    List.of()));
        }
        return body(invalid(field, rule(json)));
    }

    /** Every answer of the framework's own handling (405, 406, 415 ...) as a problem detail too. */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(e, body, headers, status, request);
        if (answer == null) {
            return null;
        }
        ProblemDetail problem = answer.getBody() instanceof ProblemDetail given ? given
                : Problems.of(status, ErrorPages.sentence(status));
        if (problem.getTitle() == null) {
            problem.setTitle(Problems.of(status, "").getTitle());
        }
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        String state = sqlState(e);
        if ("23505".equals(state)) {
            return problem(HttpStatus.CONFLICT, "This is already saved; reload to see it.", List.of());
        }
        if ("23503".equals(state)) {
            return problem(HttpStatus.CONFLICT,
                    "Something this refers to was removed, or is still in use; reload and try again.", List.of());
        }
        if ("22001".equals(state)) {
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, "A value is too long to be saved.", List.of());
        }
        if ("22003".equals(state)) {
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, "A number is too large to be saved.", List.of());
        }
        return problem(HttpStatus.UNPROCESSABLE_CONTENT,
                "These values cannot be saved together with what is already saved; nothing was changed.", List.of());
    }

    /** A second value after the body's one (Jackson reports it as a mismatch, with no other mark). */
    private static boolean trailing(JacksonException e) {
        return e instanceof MismatchedInputException && e.getPath().isEmpty()
                && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token");
    }

    /** {@code lines[2].quantity}, as the client wrote the body. */
    private static String field(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference step : path) {
            if (step.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String rule(JacksonException e) {
        if (e instanceof StrictJson.Refused) {
            return e.getOriginalMessage();
        }
        if (e instanceof InputCoercionException) {
            return "is too large a number";
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of this call";
        }
        if (e instanceof ValueInstantiationException instantiation
                && instantiation.getCause() instanceof IllegalArgumentException refused
                && refused.getMessage() != null) {
            return refused.getMessage();
        }
        if (e instanceof MismatchedInputException mismatch) {
            Class<?> type = mismatch.getTargetType();
            boolean absent = mismatch.getCurrentToken() == JsonToken.VALUE_NULL
                    || mismatch.getCurrentToken() == JsonToken.END_OBJECT;
            return type != null && type.isPrimitive() && absent ? "is required" : rule(type);
        }
        return "is not valid";
    }

    /** What a value of this type must look like, in the words the refusal uses. */
    private static String rule(@Nullable Class<?> type) {
        if (type == null) {
            return "is not valid";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name()).collect(Collectors.joining(", "));
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "must be a whole number";
        }
        if (type == UUID.class) {
            return "must be an id like 3f0c8a52-5e3b-4c4b-9d1e-2b7f7c1c9a10";
        }
        if (type == LocalDate.class) {
            return StrictJson.DATE_RULE;
        }
        if (type == Money.class) {
            return Money.AMOUNT_RULE;
        }
        if (type == String.class) {
            return "must be text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        return "must be an object";
    }

    private static String lastName(ConstraintViolation<?> violation) {
        String name = "";
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name;
    }

    private static boolean concurrencyState(Throwable e) {
        String state = sqlState(e);
        return state != null && CONCURRENCY_STATES.contains(state);
    }

    private static @Nullable String sqlState(Throwable e) {
        SQLException sql = causedBy(e, SQLException.class);
        return sql == null ? null : sql.getSQLState();
    }

    private static <T extends Throwable> @Nullable T causedBy(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static ResponseEntity<ProblemDetail> invalid(String field, String rule) {
        return problem(HttpStatus.BAD_REQUEST, field + " " + rule + ".", List.of(new FieldProblem(field, rule)));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, List<FieldProblem> errors) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(status, detail, errors));
    }

    private static ResponseEntity<Object> body(ResponseEntity<ProblemDetail> problem) {
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders()).body(problem.getBody());
    }
}
