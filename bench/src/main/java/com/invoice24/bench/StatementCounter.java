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
 * Counts the SQL statements the app sends, as the app's statement-count tests do: each statement prepared or called,
 * and each execution of a plain statement (a JDBC batch counts once). One handler sits in front of every connection
 * the wrapped DataSource hands out and of every plain statement such a connection creates.
 */
final class StatementCounter implements InvocationHandler {

    private static final AtomicLong SENT = new AtomicLong();
    /** Those sent by threads serving HTTP requests: what a request costs before any asynchronous listener runs. */
    private static final AtomicLong SENT_SERVING_REQUESTS = new AtomicLong();

    /** Statements sent while an action ran: from any thread, and from the threads serving requests. */
    record Counted(long all, long onRequestThreads) {
    }

    static Counted count(Runnable action) {
        long before = SENT.get();
        long beforeServingRequests = SENT_SERVING_REQUESTS.get();
        action.run();
        return new Counted(SENT.get() - before, SENT_SERVING_REQUESTS.get() - beforeServingRequests);
    }

    /** A DataSource whose connections count what they send. */
    static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return wrap(Connection.class, super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return wrap(Connection.class, super.getConnection(username, password));
        }
    }

    private final Object target;

    private StatementCounter(Object target) {
        this.target = target;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        String name = method.getName();
        if (target instanceof Connection) {
            if (name.equals("createStatement")) {
                return wrap(Statement.class, (Statement) result);
            }
            if (name.equals("prepareStatement") || name.equals("prepareCall")) {
                sent();
            }
        } else if (name.startsWith("execute")) {
            sent();
        }
        return result;
    }

    private static void sent() {
        SENT.incrementAndGet();
        if (Thread.currentThread().getName().startsWith("http-")) {
            SENT_SERVING_REQUESTS.incrementAndGet();
        }
    }

    private static <T> T wrap(Class<T> type, T target) {
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type},
                new StatementCounter(target)));
    }
}
