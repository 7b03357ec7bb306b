package com.invoice24.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The SQL statements a request runs must not grow with the rows it touches: the payment list, recording a
 * payment, a bank import and its review queue cost the same for 5 as for 50 payments, invoices, deposits or
 * clients. The application's DataSource is wrapped to count the statements each request executes (a batch
 * counts once), so this class has an application context of its own; the figures are printed.
 */
@Import(PaymentStatementCountTests.CountStatements.class)
class PaymentStatementCountTests extends IntegrationTest {

    /** The tables payments owns: what it runs against them is its own part of a request's statements. */
    private static final Pattern PAYMENTS_TABLES = Pattern.compile(
            "\\b(payments|payment_allocations|client_credit_entries|credit_notes|credit_note_lines|bank_imports"
                    + "|bank_lines|bank_mappings)\\b", Pattern.CASE_INSENSITIVE);

    private static final Map<Integer, Ledger> LEDGERS = new HashMap<>();

    @Test
    void recordingAPaymentOverFiftyInvoicesRunsPaymentsOwnStatementsNoMoreOftenThanOverFive() {
        Ledger five = ledger(5);
        Ledger fifty = ledger(50);

        print("record a payment over 5 / 50 invoices", five.recording(), fifty.recording());
        assertThat(paymentsOwn(fifty.recording())).hasSameSizeAs(paymentsOwn(five.recording()));
    }

    @Test
    void thePaymentListCostsTheSameForFiveAndFiftyPayments() {
        Ledger five = ledger(5);
        Ledger fifty = ledger(50);

        List<String> apiFive = five.api("/api/v1/payments?size=100");
        List<String> apiFifty = fifty.api("/api/v1/payments?size=100");
        List<String> pageFive = five.page("/payments");
        List<String> pageFifty = fifty.page("/payments");

        print("GET /api/v1/payments, 5 / 50 payments", apiFive, apiFifty);
        print("GET /payments, 5 / 50 payments", pageFive, pageFifty);
        assertThat(apiFifty).hasSameSizeAs(apiFive);
        assertThat(pageFifty).hasSameSizeAs(pageFive);
    }

    @Test
    void aBankImportAndItsReviewQueueCostTheSameForFiveAndFiftyDeposits() {
        Map<Integer, List<List<String>>> counted = new HashMap<>();
        for (int deposits : List.of(5, 50)) {
            Workspace workspace = signUp("Acme Consulting LLC");
            for (int client = 0; client < deposits; client++) {
                client(workspace, "Client " + client);
            }
            String mapping = (String) http.post().uri("/api/v1/bank-mappings").headers(workspace::authorize)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("name", "Chase", "dateColumn", "Posting Date", "amountColumn", "Amount",
                            "memoColumn", "Description", "dateFormat", "MM/dd/yyyy"))
                    .exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
            StringBuilder csv = new StringBuilder("Posting Date,Description,Amount\n");
            for (int line = 0; line < deposits; line++) {
                csv.append("03/20/2026,DEPOSIT REF ").append(7000 + line).append(',').append(100 + line)
                        .append(".25\n");
            }
            MultiValueMap<String, Object> upload = new LinkedMultiValueMap<>();
            upload.add("file", new ByteArrayResource(csv.toString().getBytes(StandardCharsets.UTF_8)) {
                @Override
                public String getFilename() {
                    return "march.csv";
                }
            });
            upload.add("format", "CSV");
            upload.add("mappingId", mapping);
            List<String> importing = counted(() -> http.post().uri("/api/v1/bank-imports")
                    .headers(workspace::authorize).contentType(MediaType.MULTIPART_FORM_DATA).body(upload)
                    .exchange().expectStatus().isCreated());
            Ledger ledger = new Ledger(workspace, List.of());
            counted.put(deposits, List.of(importing, ledger.api("/api/v1/bank-lines?status=REVIEW&size=100"),
                    ledger.page("/payments/review")));
        }

        print("POST /api/v1/bank-imports, 5 / 50 deposits", counted.get(5).get(0), counted.get(50).get(0));
        print("GET /api/v1/bank-lines, 5 / 50 deposits", counted.get(5).get(1), counted.get(50).get(1));
        print("GET /payments/review, 5 / 50 deposits", counted.get(5).get(2), counted.get(50).get(2));
        for (int measure = 0; measure < 3; measure++) {
            assertThat(counted.get(50).get(measure)).hasSameSizeAs(counted.get(5).get(measure));
        }
    }

    /**
     * A workspace whose one client had {@code invoices} invoices of $100.00 and paid them in as many
     * payments: the first $50.00 on each invoice, counted, then one payment for the rest of each.
     */
    private Ledger ledger(int invoices) {
        Ledger known = LEDGERS.get(invoices);
        if (known != null) {
            return known;
        }
        Workspace workspace = signUp("Acme Consulting LLC");
        String client = client(workspace, "Globex");
        List<Map<String, String>> halves = new ArrayList<>();
        for (int invoice = 0; invoice < invoices; invoice++) {
            halves.add(Map.of("invoiceId", sent(workspace, client), "amount", "50.00"));
        }
        List<String> recording = counted(() -> pay(workspace, Map.of("clientId", client,
                "amount", String.valueOf(50 * invoices), "method", "ACH", "allocations", halves)));
        for (int invoice = 1; invoice < invoices; invoice++) {
            pay(workspace, Map.of("clientId", client, "amount", "50.00", "method", "CHECK"));
        }
        Ledger ledger = new Ledger(workspace, recording);
        LEDGERS.put(invoices, ledger);
        return ledger;
    }

    private final class Ledger {

        private final Workspace workspace;
        private final List<String> recording;
        private PageSession browser;

        Ledger(Workspace workspace, List<String> recording) {
            this.workspace = workspace;
            this.recording = recording;
        }

        List<String> recording() {
            return recording;
        }

        List<String> api(String path) {
            return counted(() -> http.get().uri(path).headers(workspace::authorize).exchange().expectStatus().isOk());
        }

        List<String> page(String path) {
            if (browser == null) {
                browser = new PageSession(port);
                browser.get("/login");
                browser.submit("/login", Map.of("email", workspace.ownerEmail(), "password", PASSWORD));
            }
            return counted(() -> assertThat(browser.get(path).getStatus().value()).isEqualTo(200));
        }
    }

    private String client(Workspace workspace, String name) {
        return (String) http.post().uri("/api/v1/clients").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", name, "billingEmail", "ap@example.com"))
                .exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
    }

    private String sent(Workspace workspace, String client) {
        String id = (String) http.post().uri("/api/v1/invoices").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("clientId", client, "lines", List.of(Map.of("description", "Bookkeeping – March 2026",
                        "quantity", "1", "unitPrice", "100"))))
                .exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
        http.post().uri("/api/v1/invoices/{id}/send", id).headers(workspace::authorize).exchange()
                .expectStatus().isOk();
        return id;
    }

    private void pay(Workspace workspace, Map<String, ?> payment) {
        http.post().uri("/api/v1/payments").headers(workspace::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(payment).exchange().expectStatus().isCreated();
    }

    /** The statements the request ran, once it has finished on the server too. */
    private static List<String> counted(Runnable request) {
        StatementLog.clear();
        request.run();
        return StatementLog.settled();
    }

    private static List<String> paymentsOwn(List<String> statements) {
        return statements.stream().filter(sql -> PAYMENTS_TABLES.matcher(sql).find()).toList();
    }

    private static void print(String what, List<String> few, List<String> many) {
        System.out.printf("[statements] %-45s all %3d / %3d; on payments' tables %3d / %3d%n", what, few.size(),
                many.size(), paymentsOwn(few).size(), paymentsOwn(many).size());
    }

    /** The statements run on request threads while a request was handled. */
    static final class StatementLog {

        private static final ThreadLocal<Boolean> WATCHED = ThreadLocal.withInitial(() -> false);
        private static final List<String> STATEMENTS = Collections.synchronizedList(new ArrayList<>());
        private static final AtomicInteger IN_FLIGHT = new AtomicInteger();

        private StatementLog() {
        }

        static void clear() {
            STATEMENTS.clear();
        }

        /** Waits for the server to finish the request (it may still be writing the session) before reading. */
        static List<String> settled() {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
            while (IN_FLIGHT.get() > 0 && Instant.now().isBefore(deadline)) {
                Thread.onSpinWait();
            }
            synchronized (STATEMENTS) {
                return List.copyOf(STATEMENTS);
            }
        }

        static void executed(String sql) {
            if (WATCHED.get()) {
                STATEMENTS.add(sql);
            }
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class CountStatements {

        private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
                "executeLargeUpdate", "executeBatch", "executeLargeBatch");

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource
                            ? proxy(dataSource, null, DataSource.class, AutoCloseable.class) : bean;
                }
            };
        }

        /** Watches each request from its first filter to its last, session writing included. */
        @Bean
        FilterRegistrationBean<OncePerRequestFilter> watchRequests() {
            FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                    new OncePerRequestFilter() {
                        @Override
                        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                                        FilterChain chain) throws ServletException, IOException {
                            StatementLog.IN_FLIGHT.incrementAndGet();
                            StatementLog.WATCHED.set(true);
                            try {
                                chain.doFilter(request, response);
                            } finally {
                                StatementLog.WATCHED.set(false);
                                StatementLog.IN_FLIGHT.decrementAndGet();
                            }
                        }
                    });
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }

        /** Wraps the JDBC object so the statements it makes, and what they execute, are logged. */
        private static Object proxy(Object target, String sql, Class<?>... types) {
            InvocationHandler handler = (self, method, args) -> {
                if (method.getName().equals("equals") && method.getParameterCount() == 1) {
                    return self == args[0];
                }
                if (method.getName().equals("hashCode") && method.getParameterCount() == 0) {
                    return System.identityHashCode(self);
                }
                if (EXECUTIONS.contains(method.getName()) && target instanceof Statement) {
                    StatementLog.executed(sql != null ? sql : args != null && args.length > 0
                            ? String.valueOf(args[0]) : "?");
                }
                Object result = invoke(target, method, args);
                if (result instanceof Connection connection) {
                    return proxy(connection, null, Connection.class);
                }
                if (result instanceof PreparedStatement statement && method.getName().startsWith("prepare")) {
                    return proxy(statement, String.valueOf(args[0]), preparedType(statement));
                }
                if (result instanceof Statement statement && method.getName().equals("createStatement")) {
                    return proxy(statement, null, Statement.class);
                }
                return result;
            };
            return Proxy.newProxyInstance(CountStatements.class.getClassLoader(), types, handler);
        }

        private static Class<?> preparedType(PreparedStatement statement) {
            return statement instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                    : PreparedStatement.class;
        }

        private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException thrown) {
                throw thrown.getTargetException();
            }
        }
    }
}
