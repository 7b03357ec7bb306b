package com.invoice24.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.workspace.WorkspaceId;
import com.invoice24.workspace.WorkspaceSettingsService;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every export is a fixed number of statements however many rows it holds: one per file, one per kind of
 * journal transaction for the journal and the AR ledger. Counted on the exports' own connection, so the
 * workspace's settings (read once per export through the workspace module) are not in the count.
 */
class ExportStatementCountTests extends ExportTest {

    private static final Map<Export, Integer> STATEMENTS = Map.of(Export.INVOICES, 1, Export.PAYMENTS, 1,
            Export.CREDIT_NOTES, 1, Export.AR_LEDGER, 4, Export.JOURNAL, 4);

    @Autowired
    private DataSource dataSource;
    @Autowired
    private WorkspaceSettingsService settings;
    @Autowired
    private Clock clock;

    @Test
    void eachExportRunsTheSameStatementsForOneClientAsForFive() {
        setToday("2026-03-02");
        Workspace acme = signUp("Acme Consulting LLC");
        aMonthOfBooks(acme, 1);
        Map<Export, Integer> forOne = statementsPerExport(acme);

        aMonthOfBooks(acme, 4);
        Map<Export, Integer> forFive = statementsPerExport(acme);

        assertThat(forOne).isEqualTo(STATEMENTS);
        assertThat(forFive).isEqualTo(STATEMENTS);
        assertThat(csv(acme, "ar-ledger.csv", "2026-03-01", "2026-03-31")).hasSize(1 + 5);
    }

    /** Each client is invoiced three times, has one voided, overpays one and is credited on another. */
    private void aMonthOfBooks(Workspace workspace, int clients) {
        for (int n = 0; n < clients; n++) {
            String client = client(workspace, "Client " + n + " " + System.nanoTime());
            String paid = sent(workspace, client, "1000");
            String credited = sent(workspace, client, "500");
            String voided = sent(workspace, client, "250");
            pay(workspace, Map.of("clientId", client, "amount", "1100.00", "receivedOn", "2026-03-02",
                    "method", "ACH", "allocations", List.of(Map.of("invoiceId", paid, "amount", "1000.00"))));
            post(workspace, "/api/v1/credit-notes", Map.of("invoiceId", credited, "amount", "50.00", "reason",
                    "One hour not delivered")).expectStatus().isCreated();
            post(workspace, "/api/v1/invoices/" + voided + "/void", Map.of("reason", "Sent twice"))
                    .expectStatus().isOk();
            post(workspace, "/api/v1/clients/" + client + "/credit/apply", Map.of()).expectStatus().isOk();
        }
    }

    private Map<Export, Integer> statementsPerExport(Workspace workspace) {
        AtomicInteger statements = new AtomicInteger();
        JdbcClient counted = JdbcClient.create(counting(dataSource, statements));
        AccountantExports exports = new AccountantExports(counted, new Journal(counted), settings, clock);
        DateRange march = new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        Map<Export, Integer> counts = new EnumMap<>(Export.class);
        for (Export export : Export.values()) {
            statements.set(0);
            exports.csv(export, new WorkspaceId(workspace.id()), march);
            counts.put(export, statements.get());
        }
        return counts;
    }

    private static DataSource counting(DataSource target, AtomicInteger statements) {
        return proxy(DataSource.class, target, (method, result) -> result instanceof Connection connection
                ? proxy(Connection.class, connection, (called, statement) -> {
                    if (called.getName().startsWith("prepare") || called.getName().equals("createStatement")) {
                        statements.incrementAndGet();
                    }
                    return statement;
                })
                : result);
    }

    private interface AfterCall {
        Object apply(Method method, Object result);
    }

    private static <T> T proxy(Class<T> type, T target, AfterCall after) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            try {
                return after.apply(method, method.invoke(target, args));
            } catch (InvocationTargetException failure) {
                throw failure.getCause();
            }
        }));
    }
}
