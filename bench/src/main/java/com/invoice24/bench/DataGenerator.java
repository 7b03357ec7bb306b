package com.invoice24.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills a bench database, already migrated by the app it runs against, with invoices in every state. Workspaces and
 * their owners are signed up through the API (so passwords and API tokens are stored as the app stores them); all the
 * rest is written in bulk with {@code generate_series}: clients, invoices with lines, payments with allocations, the
 * emails the sent invoices went out with, and the reminder steps already decided.
 *
 * <p>On {@code today} every step that fell due is decided, except that the latest due step of {@code due} open
 * invoices is listed in the table {@code bench_due}: the job workloads delete those decisions to have exactly that
 * many reminders due (see {@link JobBench}). One client, "Fifty Open LLC", has exactly 50 open invoices for the
 * payment workload. What a workload needs to sign in is written to {@code fixture}.
 *
 * <p>Usage: {@code DataGenerator <baseUrl> <jdbcUrl> <invoices> <today> <due> <fixture.properties>}
 */
public final class DataGenerator {

    static final String PASSWORD = "Quartz-Lantern-Meadow-4817";
    static final String OWNER = "bench@example.com";
    static final String PAYING_CLIENT = "Fifty Open LLC";
    static final int PAYING_CLIENT_INVOICES = 50;

    /** The default reminder sequence (collections' ReminderSequences.DEFAULTS): key, anchor, offset, minimum terms. */
    private static final String DEFAULT_STEPS = """
            (0, 'sent+7', 'SENT', 7, 30), (1, 'due-3', 'DUE', -3, NULL), (2, 'due+0', 'DUE', 0, NULL),
            (3, 'due+7', 'DUE', 7, NULL), (4, 'due+14', 'DUE', 14, NULL), (5, 'due+21', 'DUE', 21, NULL)""";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String baseUrl;

    private DataGenerator(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("Usage: DataGenerator <baseUrl> <jdbcUrl> <invoices> <today> <due> <fixture.properties>");
            System.exit(2);
        }
        new DataGenerator(args[0]).generate(args[1], Integer.parseInt(args[2]), LocalDate.parse(args[3]),
                Integer.parseInt(args[4]), Path.of(args[5]));
    }

    private void generate(String jdbcUrl, int invoices, LocalDate today, int due, Path fixture) throws Exception {
        long started = System.nanoTime();
        Map<String, String> big = signUp("Bench LLC", "Bench Owner", OWNER);
        Map<String, String> smallOne = signUp("Small One LLC", "Small One", "small1@example.com");
        Map<String, String> smallTwo = signUp("Small Two LLC", "Small Two", "small2@example.com");
        int small = Math.max(100, invoices / 100);
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            db.setAutoCommit(false);
            clients(db, big.get("workspaceId"), 500);
            clients(db, smallOne.get("workspaceId"), 20);
            clients(db, smallTwo.get("workspaceId"), 20);
            invoices(db, big.get("workspaceId"), invoices - 2 * small, "B-", today);
            invoices(db, smallOne.get("workspaceId"), small, "S1-", today);
            invoices(db, smallTwo.get("workspaceId"), small, "S2-", today);
            String payingClient = payingClient(db, big.get("workspaceId"), today);
            lines(db);
            payments(db, today);
            sentEmails(db);
            decidedReminders(db, today, due, payingClient);
            db.commit();
            db.setAutoCommit(true);
            execute(db, "VACUUM ANALYZE");
            Properties properties = new Properties();
            properties.setProperty("email", OWNER);
            properties.setProperty("password", PASSWORD);
            properties.setProperty("token", big.get("apiToken"));
            properties.setProperty("workspace", big.get("workspaceId"));
            properties.setProperty("payingClient", payingClient);
            properties.setProperty("today", today.toString());
            properties.setProperty("invoices", String.valueOf(invoices));
            properties.setProperty("due", String.valueOf(count(db, "SELECT count(*) FROM bench_due")));
            try (OutputStream out = Files.newOutputStream(fixture)) {
                properties.store(out, "Written by DataGenerator");
            }
            System.out.printf("Generated %,d invoices (%,d open, %,d with a reminder step to make due on %s) in %.1f s%n",
                    count(db, "SELECT count(*) FROM invoices"),
                    count(db, "SELECT count(*) FROM invoices WHERE state = 'SENT' AND balance_due > 0"),
                    count(db, "SELECT count(*) FROM bench_due"), today, (System.nanoTime() - started) / 1e9);
        }
    }

    private Map<String, String> signUp(String workspace, String name, String email) throws IOException,
            InterruptedException {
        String body = json.writeValueAsString(Map.of("workspaceName", workspace, "name", name, "email", email,
                "password", PASSWORD));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/signup"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Sign-up of " + email + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        JsonNode signedUp = json.readTree(response.body());
        return Map.of("workspaceId", signedUp.get("workspaceId").asString(), "apiToken",
                signedUp.get("apiToken").asString());
    }

    private static void clients(Connection db, String workspace, int count) throws SQLException {
        update(db, """
                INSERT INTO clients (id, workspace_id, name, billing_email, billing_contact_name, payment_terms_basis,
                                     payment_terms_days, created_at, updated_at, version)
                SELECT gen_random_uuid(), CAST(? AS UUID), 'Client ' || lpad(n::text, 4, '0'),
                       'ap' || n || '@client' || n || '.example', 'Accounts Payable', 'NET', 30, now(), now(), 0
                FROM generate_series(1, ?) n""", workspace, count);
    }

    /**
     * Invoices of one workspace, by the invoice's bucket {@code n * 7 % 100}: 5% drafts, 1% voided after sending, 1%
     * voided drafts, 1% written off, 42% paid, 10% partly paid, 40% sent and unpaid. Settled ones spread over four
     * years; open ones were issued in the last 120 days, so most are overdue and some not yet due.
     */
    private static void invoices(Connection db, String workspace, int count, String prefix, LocalDate today)
            throws SQLException {
        update(db, """
                WITH c AS (
                    SELECT array_agg(id ORDER BY name) AS ids FROM clients
                    WHERE workspace_id = CAST(? AS UUID) AND name LIKE 'Client %'),
                src AS (
                    SELECT n, b, c.ids[1 + (n * 7919) % array_length(c.ids, 1)] AS client_id,
                           CAST(? AS DATE) - 1 - CASE WHEN b >= 50 THEN (n * 37) % 120 ELSE (n * 37) % 1460 END
                               AS issue_date,
                           CAST(500 + (n * 37) % 5000 AS NUMERIC(19, 2)) AS total
                    FROM generate_series(1, ?) n CROSS JOIN c CROSS JOIN LATERAL (SELECT (n * 7) % 100 AS b) bucket)
                INSERT INTO invoices (id, workspace_id, client_id, number, state, issue_date, due_date, terms_basis,
                                      terms_days, subtotal, tax, total, amount_paid, sent_at, voided_at, void_reason,
                                      written_off_at, write_off_reason, created_at, updated_at, version)
                SELECT gen_random_uuid(), CAST(? AS UUID), client_id,
                       CASE WHEN b < 5 OR b = 6 THEN NULL ELSE CAST(? AS TEXT) || lpad(n::text, 7, '0') END,
                       CASE WHEN b < 5 THEN 'DRAFT' WHEN b IN (5, 6) THEN 'VOID' WHEN b = 7 THEN 'WRITTEN_OFF'
                            ELSE 'SENT' END,
                       issue_date, issue_date + 30, 'NET', 30, total, 0, total,
                       CASE WHEN b BETWEEN 8 AND 49 THEN total WHEN b BETWEEN 50 AND 59 THEN round(total / 2, 2)
                            ELSE 0 END,
                       CASE WHEN b < 5 OR b = 6 THEN NULL ELSE (issue_date + TIME '15:00') AT TIME ZONE 'UTC' END,
                       CASE WHEN b IN (5, 6) THEN (issue_date + TIME '16:00') AT TIME ZONE 'UTC' END,
                       CASE WHEN b IN (5, 6) THEN 'Issued in error' END,
                       CASE WHEN b = 7 THEN (issue_date + 200 + TIME '16:00') AT TIME ZONE 'UTC' END,
                       CASE WHEN b = 7 THEN 'Client went out of business' END,
                       (issue_date + TIME '14:00') AT TIME ZONE 'UTC', (issue_date + TIME '15:00') AT TIME ZONE 'UTC', 1
                FROM src""", workspace, today, count, workspace, prefix);
    }

    /** The client the payment workload pays for: exactly 50 open invoices, issued over the last 50 days. */
    private static String payingClient(Connection db, String workspace, LocalDate today) throws SQLException {
        String client = UUID.randomUUID().toString();
        update(db, """
                INSERT INTO clients (id, workspace_id, name, billing_email, billing_contact_name, payment_terms_basis,
                                     payment_terms_days, created_at, updated_at, version)
                VALUES (CAST(? AS UUID), CAST(? AS UUID), ?, 'ap@fifty-open.example', 'Accounts Payable', 'NET', 30,
                        now(), now(), 0)""", client, workspace, PAYING_CLIENT);
        update(db, """
                INSERT INTO invoices (id, workspace_id, client_id, number, state, issue_date, due_date, terms_basis,
                                      terms_days, subtotal, tax, total, sent_at, created_at, updated_at, version)
                SELECT gen_random_uuid(), CAST(? AS UUID), CAST(? AS UUID), 'P-' || lpad(n::text, 4, '0'), 'SENT',
                       CAST(? AS DATE) - n, CAST(? AS DATE) - n + 30, 'NET', 30, 1000 + n, 0, 1000 + n,
                       (CAST(? AS DATE) - n + TIME '15:00') AT TIME ZONE 'UTC',
                       (CAST(? AS DATE) - n + TIME '14:00') AT TIME ZONE 'UTC',
                       (CAST(? AS DATE) - n + TIME '15:00') AT TIME ZONE 'UTC', 1
                FROM generate_series(1, ?) n""", workspace, client, today, today, today, today, today,
                PAYING_CLIENT_INVOICES);
        return client;
    }

    /** Two lines an invoice: the work, and 100.00 of expenses. */
    private static void lines(Connection db) throws SQLException {
        update(db, """
                INSERT INTO invoice_lines (invoice_id, position, description, quantity, unit, unit_price, taxable, amount)
                SELECT i.id, p, CASE p WHEN 0 THEN 'Consulting services' ELSE 'Travel expenses' END, 1,
                       CASE p WHEN 0 THEN 'project' END,
                       CASE p WHEN 0 THEN i.subtotal - 100 ELSE 100 END, false,
                       CASE p WHEN 0 THEN i.subtotal - 100 ELSE 100 END
                FROM invoices i CROSS JOIN generate_series(0, 1) p""");
    }

    /** One payment for each paid or partly paid invoice, allocated to it, received on its due date at the latest. */
    private static void payments(Connection db, LocalDate today) throws SQLException {
        update(db, """
                CREATE TEMP TABLE paid ON COMMIT DROP AS
                SELECT gen_random_uuid() AS payment_id, id AS invoice_id, workspace_id, client_id, amount_paid,
                       least(due_date - 3, CAST(? AS DATE) - 1) AS received_on
                FROM invoices WHERE amount_paid > 0""", today);
        update(db, """
                INSERT INTO payments (id, workspace_id, client_id, amount, received_on, method, reference, created_at,
                                      created_by)
                SELECT payment_id, workspace_id, client_id, amount_paid, received_on,
                       (ARRAY['ACH', 'WIRE', 'CHECK', 'CARD'])[1 + abs(hashtext(payment_id::text)) % 4],
                       'REF-' || left(payment_id::text, 8), (received_on + TIME '18:00') AT TIME ZONE 'UTC',
                       'Bench Owner'
                FROM paid""");
        update(db, "INSERT INTO payment_allocations (payment_id, invoice_id, amount) "
                + "SELECT payment_id, invoice_id, amount_paid FROM paid");
    }

    /** The email each sent invoice went out with, delivered to the email log. */
    private static void sentEmails(Connection db) throws SQLException {
        update(db, """
                INSERT INTO emails (id, workspace_id, kind, invoice_id, to_address, subject, body, status, attempts,
                                    next_attempt_at, delivered_via, queued_at, sent_at, version)
                SELECT gen_random_uuid(), i.workspace_id, 'INVOICE', i.id, 'ap@client.example',
                       'Invoice ' || i.number, 'Hello,' || chr(10) || chr(10) || 'please find attached invoice '
                           || i.number || ' for $' || i.total || ', due ' || i.due_date || '.',
                       'SENT', 1, i.sent_at, 'LOG', i.sent_at, i.sent_at, 1
                FROM invoices i WHERE i.sent_at IS NOT NULL""");
    }

    /**
     * Every step of the default sequence that fell due by {@code today} is decided (its row in reminder_deliveries);
     * {@code bench_due} lists {@code due} open invoices with their latest due step, whose decision the job workloads
     * take back to have exactly that many reminders due.
     */
    private static void decidedReminders(Connection db, LocalDate today, int due, String payingClient)
            throws SQLException {
        update(db, """
                CREATE TEMP TABLE fallen_due ON COMMIT DROP AS
                WITH steps (position, step_key, anchor, offset_days, min_terms) AS (VALUES %s),
                open AS (
                    SELECT i.id, i.workspace_id, i.client_id, i.due_date, coalesce(i.terms_days, 0) AS terms_days,
                           CAST(i.sent_at AT TIME ZONE w.time_zone AS DATE) AS sent_on
                    FROM invoices i JOIN workspaces w ON w.id = i.workspace_id
                    WHERE i.state = 'SENT' AND i.balance_due > 0 AND NOT i.disputed AND i.sent_at IS NOT NULL)
                SELECT o.id AS invoice_id, o.workspace_id, o.client_id, s.step_key, s.position, d.on_date
                FROM open o CROSS JOIN steps s
                CROSS JOIN LATERAL (SELECT CASE s.anchor WHEN 'SENT' THEN o.sent_on ELSE o.due_date END
                                           + s.offset_days AS on_date) d
                WHERE (s.min_terms IS NULL OR o.terms_days >= s.min_terms)
                  AND d.on_date BETWEEN o.sent_on AND CAST(? AS DATE)""".formatted(DEFAULT_STEPS), today);
        update(db, """
                INSERT INTO reminder_deliveries (invoice_id, workspace_id, step_key, status, at)
                SELECT invoice_id, workspace_id, step_key, 'SENT', (on_date + TIME '14:00') AT TIME ZONE 'UTC'
                FROM fallen_due""");
        update(db, """
                CREATE TABLE bench_due AS
                SELECT invoice_id, step_key FROM (
                    SELECT DISTINCT ON (invoice_id) invoice_id, step_key FROM fallen_due
                    WHERE client_id <> CAST(? AS UUID)
                    ORDER BY invoice_id, on_date DESC, position DESC) latest
                ORDER BY md5(invoice_id::text)
                LIMIT ?""", payingClient, due);
    }

    private static void update(Connection db, String sql, Object... params) throws SQLException {
        long started = System.nanoTime();
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                Object param = params[i];
                statement.setObject(i + 1, param instanceof LocalDate date ? java.sql.Date.valueOf(date) : param);
            }
            int rows = statement.executeUpdate();
            System.out.printf("  %,9d rows  %6.2f s  %s%n", rows, (System.nanoTime() - started) / 1e9,
                    sql.strip().lines().findFirst().orElse(""));
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
