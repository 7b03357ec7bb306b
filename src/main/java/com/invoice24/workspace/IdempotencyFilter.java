package com.invoice24.workspace;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on creating calls: the same key and body replay the first response; the
 * same key with another body is refused with 422. Runs after security, per workspace. The key, the
 * call's work and its answer commit in one transaction, which the call's own transactions join:
 * a crash or a failure on our side leaves neither, so the client may retry at once.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 255;

    private final IdempotencyKeys keys;
    private final ProblemResponses problems;
    private final TransactionTemplate transactions;

    IdempotencyFilter(IdempotencyKeys keys, ProblemResponses problems, PlatformTransactionManager transactions) {
        this.keys = keys;
        this.problems = problems;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** How a call with a key ended, as far as its key is concerned. */
    private enum Outcome { ANSWERED, DONE, REFUSED, FAILED }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<CurrentUser> user = currentUser();
        String key = request.getHeader(HEADER).strip();
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            problems.write(response, HttpStatus.BAD_REQUEST, "Idempotency-Key must be 1 to 255 characters.");
            return;
        }
        // The container parses an upload from the stream itself, so its parts are read (and kept) instead.
        boolean upload = request.getContentType() != null
                && request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/");
        byte[] body;
        try {
            body = upload ? parts(request) : request.getInputStream().readAllBytes();
        } catch (ServletException | IllegalStateException unreadable) {
            problems.write(response, HttpStatus.BAD_REQUEST, "The upload could not be read: " + unreadable.getMessage());
            return;
        }
        HttpServletRequest forwarded = upload ? request : new CachedBodyRequest(request, body);
        WorkspaceId workspace = user.get().workspaceId();
        String requestHash = hash(request, body);
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        Outcome outcome;
        try {
            outcome = transactions.execute(transaction -> once(workspace, key, requestHash, forwarded, recorded,
                    chain, transaction));
        } catch (FilterFailure failure) {
            failure.rethrow();
            return;
        }
        if (outcome == Outcome.REFUSED) {
            rememberRefusal(workspace, key, requestHash, recorded);
        }
        recorded.copyBodyToResponse();
    }

    private Outcome once(WorkspaceId workspace, String key, String requestHash, HttpServletRequest request,
                         ContentCachingResponseWrapper recorded, FilterChain chain, TransactionStatus transaction) {
        Optional<IdempotencyKeys.Earlier> earlier;
        try {
            earlier = keys.claim(workspace, key, requestHash);
        } catch (PessimisticLockingFailureException stillRunning) {
            transaction.setRollbackOnly();
            write(recorded, HttpStatus.CONFLICT,
                    "A request with this Idempotency-Key is still being processed. Retry in a moment.");
            return Outcome.ANSWERED;
        }
        if (earlier.isPresent()) {
            answerFrom(earlier.get(), requestHash, recorded);
            return Outcome.ANSWERED;
        }
        run(chain, request, recorded);
        if (recorded.getStatus() >= 500 || transaction.isRollbackOnly()) {
            transaction.setRollbackOnly();
            return recorded.getStatus() >= 500 ? Outcome.FAILED : Outcome.REFUSED;
        }
        keys.remember(workspace, key, recorded.getStatus(), recorded.getContentType(), recorded.getContentAsByteArray());
        return Outcome.DONE;
    }

    private static void run(FilterChain chain, HttpServletRequest request, HttpServletResponse response) {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException e) {
            throw new FilterFailure(e);
        }
    }

    private void rememberRefusal(WorkspaceId workspace, String key, String requestHash,
                                 ContentCachingResponseWrapper recorded) {
        try {
            keys.rememberRefusal(workspace, key, requestHash, recorded.getStatus(), recorded.getContentType(),
                    recorded.getContentAsByteArray());
        } catch (PessimisticLockingFailureException retryTookTheKey) {
            // The retry holding the key will remember its own answer; this one is still sent.
        }
    }

    private void answerFrom(IdempotencyKeys.Earlier earlier, String requestHash, HttpServletResponse response) {
        if (!earlier.requestHash().equals(requestHash)) {
            write(response, HttpStatus.UNPROCESSABLE_CONTENT,
                    "This Idempotency-Key was already used with a different request. Use a new key for a new request.");
            return;
        }
        response.setStatus(earlier.status());
        if (earlier.contentType() != null) {
            response.setContentType(earlier.contentType());
        }
        response.setHeader("Idempotent-Replayed", "true");
        try {
            if (earlier.body() != null) {
                response.getOutputStream().write(earlier.body());
            }
        } catch (IOException e) {
            throw new FilterFailure(e);
        }
    }

    private void write(HttpServletResponse response, HttpStatus status, String detail) {
        try {
            problems.write(response, status, detail);
        } catch (IOException e) {
            throw new FilterFailure(e);
        }
    }

    private static Optional<CurrentUser> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                ? Optional.of(user) : Optional.empty();
    }

    /** An upload's parts, each by name, file name and content, as the bytes its hash is taken of. */
    private static byte[] parts(HttpServletRequest request) throws IOException, ServletException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (Part part : request.getParts()) {
            content.write((part.getName() + "\n" + part.getSubmittedFileName() + "\n").getBytes(StandardCharsets.UTF_8));
            try (InputStream in = part.getInputStream()) {
                in.transferTo(content);
            }
            content.write('\n');
        }
        return content.toByteArray();
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /** Carries what the rest of the chain threw out of the transaction, which takes unchecked ones only. */
    private static final class FilterFailure extends RuntimeException {

        FilterFailure(Exception cause) {
            super(cause);
        }

        void rethrow() throws IOException, ServletException {
            if (getCause() instanceof IOException e) {
                throw e;
            }
            throw (ServletException) getCause();
        }
    }

    /** Lets the controller read a body this filter has already read. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("Synchronous reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** After Spring Security's chain (order -100), so the workspace of the caller is known. */
        @Bean
        FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyKeys keys, ProblemResponses problems,
                                                                    PlatformTransactionManager transactions) {
            FilterRegistrationBean<IdempotencyFilter> registration =
                    new FilterRegistrationBean<>(new IdempotencyFilter(keys, problems, transactions));
            registration.setOrder(0);
            registration.addUrlPatterns("/api/*");
            return registration;
        }
    }
}
