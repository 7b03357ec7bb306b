package com.invoice24.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.clients.ClientId;
import com.invoice24.workspace.WorkspaceId;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Every filter of the invoice list is read in the list's order from one of its indexes (V30): the planner finds
 * the page by walking an index, never by sorting what matched. Sorting is priced out (as it is on a large
 * workspace) so the plan shows whether an index can serve the order, whatever this small test database holds.
 */
class InvoiceListPlanTests extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-04-21");

    @Autowired
    private DataSource dataSource;

    @Test
    void everyFilterOfTheListIsReadInOrderFromAnIndex() throws SQLException {
        WorkspaceId workspace = new WorkspaceId(UUID.randomUUID());
        ClientId client = new ClientId(UUID.randomUUID());
        InvoiceCursor cursor = new InvoiceCursor(TODAY, "INV-0042", Instant.parse("2026-04-01T12:00:00Z"),
                UUID.randomUUID());
        List<InvoiceFilter> filters = List.of(
                new InvoiceFilter(null, null, null, null, false),
                new InvoiceFilter(InvoiceStatus.DRAFT, null, null, null, false),
                new InvoiceFilter(InvoiceStatus.VOID, null, null, null, false),
                new InvoiceFilter(InvoiceStatus.OVERDUE, null, null, null, false),
                new InvoiceFilter(InvoiceStatus.PARTIALLY_PAID, null, null, null, false),
                new InvoiceFilter(null, null, null, null, true),
                new InvoiceFilter(null, client, null, null, false),
                new InvoiceFilter(null, null, TODAY.minusYears(1), TODAY, false));

        for (InvoiceFilter filter : filters) {
            for (InvoiceCursor after : new InvoiceCursor[] {null, cursor}) {
                String plan = plan(statement -> statement.list(workspace, filter, TODAY, after, 0, 51));
                String belowTheLimit = plan.substring(plan.indexOf("Limit"));

                assertThat(belowTheLimit).as("%s after %s:%n%s", filter, after, plan)
                        .contains("Scan using invoices_list_").doesNotContain("Sort");
            }
        }
    }

    /** The plan of the one statement the query sends, its parameters as sent, with sorting and full scans priced out. */
    private String plan(Query query) throws SQLException {
        List<Sent> sent = new ArrayList<>();
        query.run(new Invoices(JdbcClient.create(new Recording(dataSource, sent))));
        assertThat(sent).hasSize(1);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement settings = connection.createStatement()) {
                settings.execute("SET LOCAL enable_sort = off; SET LOCAL enable_seqscan = off; "
                        + "SET LOCAL enable_bitmapscan = off");
            }
            StringBuilder plan = new StringBuilder();
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sent.get(0).sql())) {
                for (Bound bound : sent.get(0).parameters()) {
                    invoke(explain, bound.method(), bound.arguments());
                }
                try (ResultSet lines = explain.executeQuery()) {
                    while (lines.next()) {
                        plan.append(lines.getString(1)).append('\n');
                    }
                }
            } catch (Throwable failed) {
                throw new IllegalStateException(failed);
            } finally {
                connection.rollback();
            }
            return plan.toString();
        }
    }

    private interface Query {
        void run(Invoices invoices);
    }

    private record Bound(Method method, Object[] arguments) {
    }

    private record Sent(String sql, List<Bound> parameters) {
    }

    /** The data source as it is, keeping each prepared statement's SQL and the parameters set on it. */
    private static final class Recording extends DelegatingDataSource {

        private final List<Sent> sent;

        Recording(DataSource target, List<Sent> sent) {
            super(target);
            this.sent = sent;
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = super.getConnection();
            ClassLoader loader = InvoiceListPlanTests.class.getClassLoader();
            return (Connection) Proxy.newProxyInstance(loader, new Class<?>[] {Connection.class}, (p, call, args) -> {
                Object made = invoke(connection, call, args);
                return call.getName().equals("prepareStatement") ? recorded((String) args[0], made, loader) : made;
            });
        }

        private Object recorded(String sql, Object prepared, ClassLoader loader) {
            Sent statement = new Sent(sql, new ArrayList<>());
            sent.add(statement);
            return Proxy.newProxyInstance(loader, new Class<?>[] {PreparedStatement.class}, (s, set, values) -> {
                if (set.getName().startsWith("set") && values != null && values.length >= 2
                        && values[0] instanceof Integer) {
                    statement.parameters().add(new Bound(set, values));
                }
                return invoke(prepared, set, values);
            });
        }
    }

    private static @Nullable Object invoke(Object target, Method method, Object @Nullable [] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
