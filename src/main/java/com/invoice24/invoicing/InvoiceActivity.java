package com.invoice24.invoicing;

import com.invoice24.clients.ClientId;
import com.invoice24.shared.RowInserts;
import com.invoice24.shared.Timestamps;
import com.invoice24.workspace.CurrentUser;
import com.invoice24.workspace.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The timeline and audit log of invoices: every state change and money event, with who and when. */
@Repository
public class InvoiceActivity {

    /** What the client did in the portal, as the timeline types it; the home page lists these. */
    public static final String RECEIPT_CONFIRMED = "receipt_confirmed";
    public static final String APPROVAL_INFO_REQUESTED = "approval_info_requested";
    public static final String CLIENT_DISPUTED = "client_disputed";
    public static final String CLIENT_PROMISED = "client_promised";
    private static final List<String> FROM_CLIENTS = List.of(RECEIPT_CONFIRMED, APPROVAL_INFO_REQUESTED,
            CLIENT_DISPUTED, CLIENT_PROMISED);

    private final JdbcClient jdbc;
    private final Clock clock;

    InvoiceActivity(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records what happened; {@code by} is null for what the system did (jobs, the client's portal). */
    public void record(Invoice invoice, String type, String detail, @Nullable CurrentUser by) {
        record(invoice.workspaceId(), invoice.id(), type, detail, by);
    }

    /** What the system did to one invoice, for {@link #recordAll}. */
    public record Entry(Invoice invoice, String type, String detail) {
    }

    /** Records what a job did to many invoices, in one statement however many there are. */
    public void recordAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO invoice_activity (id, workspace_id, invoice_id, at, type, detail)
                SELECT gen_random_uuid(), entry.workspace_id, entry.invoice_id, :at, entry.type, entry.detail
                FROM unnest(CAST(:workspaces AS UUID[]), CAST(:invoices AS UUID[]), CAST(:types AS TEXT[]),
                            CAST(:details AS TEXT[])) WITH ORDINALITY AS entry (workspace_id, invoice_id, type, detail, n)
                ORDER BY entry.n""")
                .param("at", Timestamps.of(clock.instant()))
                .param("workspaces", texts(entries, entry -> entry.invoice().workspaceId().value()))
                .param("invoices", texts(entries, entry -> entry.invoice().id().value()))
                .param("types", texts(entries, Entry::type))
                .param("details", texts(entries, Entry::detail))
                .update();
    }

    private static String[] texts(List<Entry> entries, Function<Entry, Object> column) {
        return entries.stream().map(column).map(String::valueOf).toArray(String[]::new);
    }

    /** When the invoice last had an entry of the type, if ever. */
    public Optional<Instant> latest(WorkspaceId workspace, InvoiceId invoice, String type) {
        return jdbc.sql("""
                        SELECT at FROM invoice_activity
                        WHERE workspace_id = :workspace AND invoice_id = :invoice AND type = :type
                        ORDER BY at DESC LIMIT 1""")
                .param("workspace", workspace.value())
                .param("invoice", invoice.value())
                .param("type", type)
                .query((rs, row) -> rs.getTimestamp("at").toInstant())
                .optional();
    }

    void record(WorkspaceId workspace, InvoiceId invoice, String type, String detail, @Nullable CurrentUser by) {
        jdbc.sql("""
                INSERT INTO invoice_activity (id, workspace_id, invoice_id, at, type, detail, actor_id, actor_name)
                VALUES (:id, :workspace, :invoice, :at, :type, :detail, :actorId, :actorName)""")
                .param("id", UUID.randomUUID())
                .param("workspace", workspace.value())
                .param("invoice", invoice.value())
                .param("at", Timestamps.of(clock.instant()))
                .param("type", type)
                .param("detail", detail)
                .param("actorId", by == null ? null : by.memberId().value())
                .param("actorName", by == null ? null : by.name())
                .update();
    }

    /**
     * An entry of the type (a payment, its reversal) on each invoice it moved money on, written with one statement
     * however many there are.
     */
    void record(List<InvoicePayment> payments, String type, @Nullable CurrentUser by) {
        OffsetDateTime at = Timestamps.of(clock.instant());
        RowInserts.insert(jdbc, "invoice_activity",
                List.of("id", "workspace_id", "invoice_id", "at", "type", "detail", "actor_id", "actor_name"),
                payments.stream()
                        .map(payment -> new Object[] {UUID.randomUUID(), payment.invoice().workspaceId().value(),
                                payment.invoice().id().value(), at, type, payment.detail(),
                                by == null ? null : by.memberId().value(), by == null ? null : by.name()})
                        .toList());
    }

    List<Activity> of(Invoice invoice) {
        return jdbc.sql("SELECT at, type, detail, actor_name FROM invoice_activity WHERE invoice_id = :invoice "
                        + "AND workspace_id = :workspace ORDER BY seq")
                .param("invoice", invoice.id().value())
                .param("workspace", invoice.workspaceId().value())
                .query((rs, row) -> new Activity(rs.getTimestamp("at").toInstant(), rs.getString("type"),
                        rs.getString("detail"), rs.getString("actor_name")))
                .list();
    }

    /** Something a client did in the portal, with the invoice it was about. */
    public record FromClient(InvoiceId invoice, String number, ClientId client, Instant at, String type,
                             String detail) {
    }

    /** The latest things clients did in the portal across the workspace, newest first, in one query. */
    public List<FromClient> latestFromClients(WorkspaceId workspace, int limit) {
        return jdbc.sql("""
                        SELECT a.invoice_id, i.number, i.client_id, a.at, a.type, a.detail
                        FROM invoice_activity a JOIN invoices i ON i.id = a.invoice_id AND i.workspace_id = a.workspace_id
                        WHERE a.workspace_id = :workspace AND a.type IN (:types)
                        ORDER BY a.seq DESC
                        LIMIT :limit""")
                .param("workspace", workspace.value())
                .param("types", FROM_CLIENTS)
                .param("limit", limit)
                .query((rs, row) -> new FromClient(new InvoiceId(rs.getObject("invoice_id", UUID.class)),
                        rs.getString("number"), new ClientId(rs.getObject("client_id", UUID.class)),
                        rs.getTimestamp("at").toInstant(), rs.getString("type"), rs.getString("detail")))
                .list();
    }
}
