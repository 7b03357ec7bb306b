package com.invoice24;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application sends to the database: each prepared statement, each
 * call and each plain statement executed (a JDBC batch counts once). Tests that must not grow with
 * rows measure an action at two sizes and compare the counts.
 *
 * <p>Installed by importing {@link Installed}; that makes a Spring context of its own, so only
 * {@code StatementCountTests} imports it and every statement-count case lives there.
 */
public final class StatementCounter {

    private static final AtomicLong STATEMENTS = new AtomicLong();

    private StatementCounter() {
    }

    /** How many statements the action sent, from any thread, while it ran. */
    public static long count(Runnable action) {
        long before = STATEMENTS.get();
        action.run();
        return STATEMENTS.get() - before;
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
                    STATEMENTS.incrementAndGet();
                } else if (called.equals("createStatement")) {
                    return proxy(Statement.class, (Statement) result, (executed, ignored) -> {
                        if (executed.getName().startsWith("execute")) {
                            STATEMENTS.incrementAndGet();
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
