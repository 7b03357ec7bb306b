package com.invoice24.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.clients.ClientId;
import com.invoice24.workspace.WorkspaceId;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The invoice queries are set-based: how many statements they take does not grow with the invoices. */
class InvoicesStatementCountTests extends IntegrationTest {

    @Autowired
    private DataSource dataSource;

    private final AtomicInteger statements = new AtomicInteger();
    private Invoices invoices;

    @BeforeEach
    void countStatements() {
        invoices = new Invoices(JdbcClient.create(counting(dataSource, statements)));
    }

    @Test
    void lockingAClientsOpenInvoicesTakesOneStatementHoweverManyThereAre() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = client(acme);
        sendInvoice(acme, client);
        int forOne = count(() -> invoices.lockOpen(workspace(acme), new ClientId(UUID.fromString(client))));
        for (int invoice = 0; invoice < 4; invoice++) {
            sendInvoice(acme, client);
        }

        List<Invoice> five = invoices.lockOpen(workspace(acme), new ClientId(UUID.fromString(client)));
        int forFive = count(() -> invoices.lockOpen(workspace(acme), new ClientId(UUID.fromString(client))));

        assertThat(five).hasSize(5).allSatisfy(invoice -> assertThat(invoice.balanceDue().isPositive()).isTrue());
        assertThat(forOne).isEqualTo(1);
        assertThat(forFive).isEqualTo(1);
    }

    @Test
    void aPageOfInvoicesAndItsSummaryAreOneStatementEach() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = client(acme);
        for (int invoice = 0; invoice < 3; invoice++) {
            sendInvoice(acme, client);
        }
        InvoiceFilter all = new InvoiceFilter(null, null, null, null, false);
        LocalDate today = LocalDate.parse("2026-03-02");

        List<Invoices.Listed> page = invoices.list(workspace(acme), all, today, 0, 50);
        int listing = count(() -> invoices.list(workspace(acme), all, today, 0, 50));
        int summary = count(() -> invoices.summarize(workspace(acme), all, today));

        assertThat(page).hasSize(3).allSatisfy(listed -> assertThat(listed.clientName()).isEqualTo("Globex"));
        assertThat(listing).isEqualTo(1);
        assertThat(summary).isEqualTo(1);
    }

    private int count(Supplier<?> work) {
        statements.set(0);
        work.get();
        return statements.get();
    }

    private static WorkspaceId workspace(Workspace workspace) {
        return new WorkspaceId(workspace.id());
    }

    private String client(Workspace workspace) {
        return (String) http.post().uri("/api/v1/clients").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Globex", "billingEmail", "ap@globex.example"))
                .exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
    }

    private void sendInvoice(Workspace workspace, String client) {
        Map<String, Object> draft = Map.of("clientId", client, "issueDate", "2026-03-02", "lines", List.of(
                Map.of("description", "Discovery workshop (4 hours)", "quantity", "4", "unitPrice", "187.5"),
                Map.of("description", "Workshop materials", "quantity", "1", "unitPrice", "250")));
        String id = InvoiceApiTests.id(http.post().uri("/api/v1/invoices").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(draft).exchange());
        http.post().uri("/api/v1/invoices/{id}/send", id).headers(workspace::authorize).exchange()
                .expectStatus().isOk();
    }

    /** The data source as it is, counting each statement prepared on its connections. */
    private static DataSource counting(DataSource target, AtomicInteger count) {
        ClassLoader loader = InvoicesStatementCountTests.class.getClassLoader();
        return (DataSource) Proxy.newProxyInstance(loader, new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            if (!method.getName().equals("getConnection")) {
                return result;
            }
            Connection connection = (Connection) result;
            return Proxy.newProxyInstance(loader, new Class<?>[] {Connection.class}, (p, call, arguments) -> {
                if (call.getName().startsWith("prepare") || call.getName().equals("createStatement")) {
                    count.incrementAndGet();
                }
                return invoke(connection, call, arguments);
            });
        });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
