package com.invoice24;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.collections.ClientHolds;
import com.invoice24.collections.Reminders;
import com.invoice24.shared.Job;
import com.invoice24.shared.Timestamps;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;

/**
 * Pages and jobs that must cost the same number of SQL statements however many rows they cover: each
 * case measures at two sizes and fails if the count grew. The only full-app test with the
 * {@link StatementCounter} installed (a context of its own), so every such case belongs here.
 */
@Import(StatementCounter.Installed.class)
class StatementCountTests extends IntegrationTest {

    private static final LocalDate SENT_ON = LocalDate.of(2026, 3, 2);
    /** A Monday, 20 days after the Net 30 due date: due+14 is the latest step due. */
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 21);

    @Autowired
    Reminders reminders;

    @Autowired
    ClientHolds holds;

    @Autowired
    @Qualifier("deliverEmails")
    Job deliverEmails;

    @Test
    void theCollectionsPageCostsTheSameWithTenOrAThousandOverdueInvoices() {
        setToday(TODAY);
        PageSession ten = signedIn(workspaceWithOverdueInvoices(10));
        PageSession thousand = signedIn(workspaceWithOverdueInvoices(1_000));

        long withTen = fewest(() -> StatementCounter.count(() -> ten.get("/collections")));
        long withThousand = fewest(() -> StatementCounter.count(() -> thousand.get("/collections")));

        System.out.printf("Collections page: %d statements with 10 overdue invoices, %d with 1,000%n", withTen,
                withThousand);
        assertThat(withThousand).isEqualTo(withTen);
    }

    @Test
    void theReminderPassCostsTheSameWithTenOrAThousandOverdueInvoices() {
        setToday(TODAY);
        long withTen = reminderPassWithOneDueAmong(10);
        long withThousand = reminderPassWithOneDueAmong(1_000);

        System.out.printf("Reminder pass: %d statements with 10 overdue invoices, %d with 1,000 (one reminder due)%n",
                withTen, withThousand);
        assertThat(withThousand).isEqualTo(withTen);
    }

    @Test
    void theReminderPassCostsTheSameWithTenOrAThousandRemindersDue() {
        setToday(TODAY);
        reminders.sendDue();
        long withTen = reminderPassWithDue(10);
        long withThousand = reminderPassWithDue(1_000);

        System.out.printf("Reminder pass: %d statements with 10 reminders due, %d with 1,000%n", withTen, withThousand);
        assertThat(withThousand).isEqualTo(withTen);
    }

    @Test
    void theReminderPassWithNothingDueCostsTwoStatements() {
        setToday(TODAY);
        workspaceWithOverdueInvoices(1_000);
        reminders.sendDue();

        long nothingDue = fewest(() -> StatementCounter.count(reminders::sendDue));

        System.out.printf("Reminder pass: %d statements with nothing due%n", nothingDue);
        assertThat(nothingDue).isLessThanOrEqualTo(2);
    }

    @Test
    void theHoldJobCostsTheSameWithTenOrAThousandClientsOnHold() {
        setToday(TODAY);
        long withTen = holdJobWithOneNewlyLateAmong(10);
        long withThousand = holdJobWithOneNewlyLateAmong(1_000);

        System.out.printf("Hold job: %d statements with 10 clients on hold, %d with 1,000 (one to put on hold)%n",
                withTen, withThousand);
        assertThat(withThousand).isEqualTo(withTen);
    }

    @Test
    void drainingTheOutboxCostsStatementsPerBatchNotPerEmail() {
        Workspace workspace = signUp("Acme Consulting LLC");
        deliverEmails.work().run();
        long withTen = fewest(() -> drainWithQueued(workspace, 10));
        long withThreeHundred = fewest(() -> drainWithQueued(workspace, 300));

        System.out.printf("Outbox drain: %d statements for 10 queued emails, %d for 300%n", withTen,
                withThreeHundred);
        // The job claims 100 at a time: 300 emails are three batches and a claim that finds the queue empty.
        assertThat(withThreeHundred).isLessThanOrEqualTo(4 * withTen);
    }

    /** Queues this many due emails, each with a PDF, written directly; what sending them all costs. */
    private long drainWithQueued(Workspace workspace, int count) {
        jdbc().sql("""
                WITH queued AS (
                    INSERT INTO emails (id, workspace_id, kind, invoice_id, to_address, subject, body, status,
                                        attempts, next_attempt_at, queued_at, version)
                    SELECT gen_random_uuid(), :workspace, 'INVOICE', gen_random_uuid(),
                           'ap-' || n || '@globex.example', 'Invoice INV-' || n,
                           'Please find attached invoice INV-' || n, 'QUEUED', 0, :now, :now, 0
                    FROM generate_series(1, :count) n
                    RETURNING id)
                INSERT INTO email_attachments (email_id, position, filename, content_type, content)
                SELECT id, 0, 'invoice.pdf', 'application/pdf', CAST('%PDF-1.7 invoice' AS BYTEA) FROM queued""")
                .param("workspace", workspace.id())
                .param("now", Timestamps.of(time().now()))
                .param("count", count)
                .update();
        long statements = StatementCounter.count(deliverEmails.work());
        assertThat(jdbc().sql("SELECT count(*) FROM emails WHERE workspace_id = :workspace AND status = 'QUEUED'")
                .param("workspace", workspace.id()).query(Long.class).single()).as("emails left queued").isZero();
        return statements;
    }

    @Test
    void theInvoiceListAndADeepPageOfItCostTheSameWithTenOrAThousandInvoices() {
        setToday(TODAY);
        Fixture ten = workspaceWithInvoices(10);
        Fixture thousand = workspaceWithInvoices(1_000);
        String deep = (String) invoiceList(thousand, "?page=18&size=50").get("next");
        PageSession tenSignedIn = signedIn(ten);
        PageSession thousandSignedIn = signedIn(thousand);

        long apiWithTen = fewest(() -> StatementCounter.count(() -> invoiceList(ten, "")));
        long apiWithThousand = fewest(() -> StatementCounter.count(() -> invoiceList(thousand, "")));
        long apiDeep = fewest(() -> StatementCounter.count(() -> invoiceList(thousand, "?cursor=" + deep)));
        long pageWithTen = fewest(() -> StatementCounter.count(() -> tenSignedIn.get("/invoices")));
        long pageWithThousand = fewest(() -> StatementCounter.count(() -> thousandSignedIn.get("/invoices")));
        long pageDeep = fewest(() -> StatementCounter.count(() -> thousandSignedIn.get("/invoices?cursor=" + deep)));

        System.out.printf("Invoice list: API %d/%d/%d statements, page %d/%d/%d (10 invoices, 1,000, deep page)%n",
                apiWithTen, apiWithThousand, apiDeep, pageWithTen, pageWithThousand, pageDeep);
        assertThat(List.of(apiWithThousand, apiDeep)).containsOnly(apiWithTen);
        assertThat(List.of(pageWithThousand, pageDeep)).containsOnly(pageWithTen);
    }

    private Fixture workspaceWithInvoices(int count) {
        Workspace workspace = signUp("Acme Consulting LLC");
        Fixture fixture = new Fixture(workspace, UUID.fromString(clients(workspace).globex().create()));
        insertInvoices(fixture, count, 0);
        return fixture;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> invoiceList(Fixture fixture, String query) {
        return http.get().uri("/api/v1/invoices" + query).headers(fixture.workspace()::authorize).exchange()
                .expectStatus().isOk().returnResult(Map.class).getResponseBody();
    }

    private long holdJobWithOneNewlyLateAmong(int onHold) {
        Workspace workspace = signUp("Acme Consulting LLC");
        insertClientsWithALateInvoice(workspace, onHold, true);
        holds.update();
        insertClientsWithALateInvoice(workspace, 1, false);
        return StatementCounter.count(holds::update);
    }

    /** Clients each with an invoice 20 days past due, already on hold or not yet. */
    private void insertClientsWithALateInvoice(Workspace workspace, int count, boolean onHold) {
        jdbc().sql("""
                WITH late AS (
                    INSERT INTO clients (id, workspace_id, name, billing_email, on_hold, created_at, updated_at, version)
                    SELECT gen_random_uuid(), :workspace, 'Client ' || n, 'ap@example.com', :onHold, now(), now(), 0
                    FROM generate_series(1, :count) n
                    RETURNING id)
                INSERT INTO invoices (id, workspace_id, client_id, number, state, issue_date, due_date, terms_basis,
                                      terms_days, subtotal, tax, total, sent_at, created_at, updated_at, version)
                SELECT gen_random_uuid(), :workspace, id, 'INV-' || CAST(id AS TEXT), 'SENT', :issued, :due, 'NET', 30,
                       1000.00, 0, 1000.00, :sentAt, :sentAt, :sentAt, 0
                FROM late""")
                .param("workspace", workspace.id())
                .param("onHold", onHold)
                .param("count", count)
                .param("issued", SENT_ON)
                .param("due", SENT_ON.plusDays(30))
                .param("sentAt", Timestamp.valueOf(SENT_ON.atTime(15, 0)))
                .update();
    }

    /** Overdue invoices whose latest due step went out, and one whose latest step is still to send. */
    private long reminderPassWithOneDueAmong(int overdue) {
        Fixture fixture = workspaceWithOverdueInvoices(overdue);
        reminders.sendDue();
        insertInvoices(fixture, 1, overdue);
        return StatementCounter.count(reminders::sendDue);
    }

    /** A workspace with this many invoices 20 days past due and never reminded: each is due its latest step. */
    private long reminderPassWithDue(int due) {
        Fixture fixture = workspaceWithOverdueInvoices(0);
        insertInvoices(fixture, due, 0);
        long statements = StatementCounter.count(reminders::sendDue);
        assertThat(jdbc().sql("SELECT count(*) FROM emails WHERE workspace_id = :workspace AND kind = 'REMINDER'")
                .param("workspace", fixture.workspace().id()).query(Long.class).single()).isEqualTo(due);
        return statements;
    }

    /** A workspace with this many invoices 20 days past due, each reminded with its latest step due (due+14). */
    private Fixture workspaceWithOverdueInvoices(int count) {
        Workspace workspace = signUp("Acme Consulting LLC");
        String client = (String) http.post().uri("/api/v1/clients").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Globex", "billingEmail", "ap@globex.example", "paymentTermsDays", 30))
                .exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
        Fixture fixture = new Fixture(workspace, UUID.fromString(client));
        insertInvoices(fixture, count, 0);
        jdbc().sql("""
                INSERT INTO reminder_deliveries (invoice_id, workspace_id, step_key, status, at)
                SELECT id, workspace_id, 'due+14', 'SENT', now() FROM invoices WHERE workspace_id = :workspace""")
                .param("workspace", workspace.id()).update();
        return fixture;
    }

    /** Sent Net 30 invoices of $1,000.00, numbered from {@code first}; written directly, as many as a test needs. */
    private void insertInvoices(Fixture fixture, int count, int first) {
        jdbc().sql("""
                INSERT INTO invoices (id, workspace_id, client_id, number, state, issue_date, due_date, terms_basis,
                                      terms_days, subtotal, tax, total, sent_at, created_at, updated_at, version)
                SELECT gen_random_uuid(), :workspace, :client, 'INV-' || lpad(CAST(n AS TEXT), 5, '0'), 'SENT',
                       :issued, :due, 'NET', 30, 1000.00, 0, 1000.00, :sentAt, :sentAt, :sentAt, 0
                FROM generate_series(:first, :last) n""")
                .param("workspace", fixture.workspace().id())
                .param("client", fixture.client())
                .param("issued", SENT_ON)
                .param("due", SENT_ON.plusDays(30))
                .param("sentAt", Timestamp.valueOf(SENT_ON.atTime(15, 0)))
                .param("first", first + 1)
                .param("last", first + count)
                .update();
    }

    private PageSession signedIn(Fixture fixture) {
        PageSession browser = new PageSession(port);
        browser.get("/login");
        browser.submit("/login", Map.of("email", fixture.workspace().ownerEmail(), "password", PASSWORD));
        return browser;
    }

    private void setToday(LocalDate today) {
        http.put().uri("/api/v1/test/clock").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("today", today.toString())).exchange().expectStatus().isOk();
    }

    /** The lowest of three measures: a statement another thread sends meanwhile (a session cleanup) is not the page's. */
    private static long fewest(LongSupplier measure) {
        return List.of(measure.getAsLong(), measure.getAsLong(), measure.getAsLong()).stream()
                .mapToLong(Long::longValue).min().orElseThrow();
    }

    private record Fixture(Workspace workspace, UUID client) {
    }
}
