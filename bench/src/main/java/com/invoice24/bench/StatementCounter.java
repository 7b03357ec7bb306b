package com.invoice24.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the app sends, the way the app's StatementCounter test helper does: each prepared
 * statement, each call and each plain statement executed (a JDBC batch counts once), from any thread.
 */
final class StatementCounter {

    private static final AtomicLong STATEMENTS = new AtomicLong();
    /** Those sent by threads serving HTTP requests: what a request costs before any asynchronous listener runs. */
    private static final AtomicLong ON_REQUEST_THREADS = new AtomicLong();

    /** Statements counted while an action ran: from any thread, and from the threads serving requests. */
    record Counted(long all, long onRequestThreads) {
    }

    private StatementCounter() {
    }

    /** How many statements were sent, from any thread, while the action ran. */
    static long count(Runnable action) {
        long before = STATEMENTS.get();
        action.run();
        return STATEMENTS.get() - before;
    }

    static Counted countByThread(Runnable action) {
        long before = STATEMENTS.get();
        long beforeOnRequests = ON_REQUEST_THREADS.get();
        action.run();
        return new Counted(STATEMENTS.get() - before, ON_REQUEST_THREADS.get() - beforeOnRequests);
    }

    private static void sent() {
        STATEMENTS.incrementAndGet();
        if (Thread.currentThread().getName().startsWith("http-")) {
            ON_REQUEST_THREADS.incrementAndGet();
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
            return proxy(Connection.class, connection, (method, result) -> {
                String called = method.getName();
                if (called.equals("prepareStatement") || called.equals("prepareCall")) {
                    sent();
                } else if (called.equals("createStatement")) {
                    return proxy(Statement.class, (Statement) result, (executed, ignored) -> {
                        if (executed.getName().startsWith("execute")) {
                            sent();
                        }
                        return ignored;
                    });
                }
                return result;
            });
        }
    }

    private interface AfterCall {
        Object after(Method method, Object result);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, AfterCall after) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                return after.after(method, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
