package com.invoice24;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the SQL statements the application sends to the database: each prepared statement, each
 * call and each plain statement executed (a JDBC batch counts once). Tests that must not grow with
 * rows measure an action at two sizes and compare the counts. Besides counting everything from any
 * thread, it lists the SQL of the statements one thread ran (a service called from the test) or the
 * server's request threads ran (an HTTP request, from its first filter to its last, session included).
 *
 * <p>Installed by importing {@link Installed}; that makes a Spring context of its own, which the
 * statement-count tests share by importing exactly that and nothing else.
 */
public final class StatementCounter {

    private static final AtomicLong STATEMENTS = new AtomicLong();
    private static final ThreadLocal<Boolean> HANDLING_REQUEST = ThreadLocal.withInitial(() -> false);
    private static final AtomicInteger REQUESTS_IN_FLIGHT = new AtomicInteger();
    private static final AtomicInteger TASKS_IN_FLIGHT = new AtomicInteger();
    private static volatile Listing listing;

    private StatementCounter() {
    }

    /**
     * How many statements the action sent, from any thread, while it ran. Waits first for the asynchronous
     * listeners that earlier work left running (a sent invoice's follow-ups), whose statements are not the action's.
     */
    public static long count(Runnable action) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (TASKS_IN_FLIGHT.get() > 0 && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
        }
        long before = STATEMENTS.get();
        action.run();
        return STATEMENTS.get() - before;
    }

    /** The SQL of the statements the calling thread sent while the action ran (a service call and its commit). */
    public static List<String> onThisThread(Runnable action) {
        Thread caller = Thread.currentThread();
        return listed(action, thread -> thread == caller);
    }

    /**
     * The SQL of the statements the server sent handling the HTTP requests the action made; waits for the
     * server to finish them (it may still be writing the session after the client has its answer).
     */
    public static List<String> ofRequests(Runnable action) {
        return listed(() -> {
            action.run();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
            while (REQUESTS_IN_FLIGHT.get() > 0 && Instant.now().isBefore(deadline)) {
                Thread.onSpinWait();
            }
        }, thread -> HANDLING_REQUEST.get());
    }

    private static synchronized List<String> listed(Runnable action, Predicate<Thread> watched) {
        Listing started = new Listing(watched);
        listing = started;
        try {
            action.run();
        } finally {
            listing = null;
        }
        return started.statements();
    }

    private static void sent(String sql) {
        STATEMENTS.incrementAndGet();
        Listing current = listing;
        if (current != null && current.watched().test(Thread.currentThread())) {
            current.add(sql);
        }
    }

    private record Listing(Predicate<Thread> watched, List<String> sql) {

        Listing(Predicate<Thread> watched) {
            this(watched, new ArrayList<>());
        }

        synchronized void add(String statement) {
            sql.add(statement);
        }

        synchronized List<String> statements() {
            return List.copyOf(sql);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Installed {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource && !(bean instanceof Counting)
                            ? new Counting(dataSource) : bean;
                }
            };
        }

        /** Follows each task handed to the application's executor (the asynchronous listeners) until it ends. */
        @Bean
        static BeanPostProcessor watchAsyncTasks() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessBeforeInitialization(Object bean, String name) {
                    if (bean instanceof ThreadPoolTaskExecutor executor) {
                        executor.setTaskDecorator(task -> {
                            TASKS_IN_FLIGHT.incrementAndGet();
                            return () -> {
                                try {
                                    task.run();
                                } finally {
                                    TASKS_IN_FLIGHT.decrementAndGet();
                                }
                            };
                        });
                    }
                    return bean;
                }
            };
        }

        /** Marks the threads handling a request, from the first filter on, so {@link #ofRequests} sees them. */
        @Bean
        FilterRegistrationBean<OncePerRequestFilter> watchRequests() {
            FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                    new OncePerRequestFilter() {
                        @Override
                        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                                        FilterChain chain) throws ServletException, IOException {
                            REQUESTS_IN_FLIGHT.incrementAndGet();
                            HANDLING_REQUEST.set(true);
                            try {
                                chain.doFilter(request, response);
                            } finally {
                                HANDLING_REQUEST.set(false);
                                REQUESTS_IN_FLIGHT.decrementAndGet();
                            }
                        }
                    });
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(super.getConnection(username, password));
        }

        private static Connection counted(Connection connection) {
            return proxy(Connection.class, connection, (method, args, result) -> {
                String called = method.getName();
                if (called.equals("prepareStatement") || called.equals("prepareCall")) {
                    sent(String.valueOf(args[0]));
                } else if (called.equals("createStatement")) {
                    return proxy(Statement.class, (Statement) result, (executed, sql, ignored) -> {
                        if (executed.getName().startsWith("execute")) {
                            sent(sql != null && sql.length > 0 ? String.valueOf(sql[0]) : "?");
                        }
                        return ignored;
                    });
                }
                return result;
            });
        }
    }

    private interface AfterCall {
        Object after(Method method, Object[] args, Object result);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, AfterCall after) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                return after.after(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
