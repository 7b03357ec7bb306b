package com.invoice24.invoicing;

import com.invoice24.clients.ClientId;
import com.invoice24.shared.Money;
import com.invoice24.shared.PaymentTerms;
import com.invoice24.shared.RowInserts;
import com.invoice24.shared.Timestamps;
import com.invoice24.workspace.WorkspaceId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invoices and their lines; every query is scoped by workspace. */
@Repository
public class Invoices {

    /** The one balance rule, computed by the database ({@code invoices.balance_due}). */
    private static final String BALANCE = "i.balance_due";
    /** The SQL of each derived status, following {@link InvoiceStatus}'s precedence. */
    private static final Map<InvoiceStatus, String> STATUS_SQL = Map.of(
            InvoiceStatus.DRAFT, "i.state = 'DRAFT'",
            InvoiceStatus.VOID, "i.state = 'VOID'",
            InvoiceStatus.WRITTEN_OFF, "i.state = 'WRITTEN_OFF'",
            InvoiceStatus.PAID, "i.state = 'SENT' AND " + BALANCE + " <= 0",
            InvoiceStatus.DISPUTED, "i.state = 'SENT' AND " + BALANCE + " > 0 AND i.disputed",
            InvoiceStatus.OVERDUE, "i.state = 'SENT' AND " + BALANCE + " > 0 AND NOT i.disputed AND i.due_date < :today",
            InvoiceStatus.PARTIALLY_PAID, "i.state = 'SENT' AND " + BALANCE + " > 0 AND NOT i.disputed "
                    + "AND NOT (i.due_date < :today) AND i.amount_paid > 0",
            InvoiceStatus.VIEWED, "i.state = 'SENT' AND " + BALANCE + " > 0 AND NOT i.disputed "
                    + "AND NOT (i.due_date < :today) AND i.amount_paid = 0 AND i.viewed_at IS NOT NULL",
            InvoiceStatus.SENT, "i.state = 'SENT' AND " + BALANCE + " > 0 AND NOT i.disputed "
                    + "AND NOT (i.due_date < :today) AND i.amount_paid = 0 AND i.viewed_at IS NULL");

    /** An issue date as the list sorts it: none sorts above every date, as NULLS FIRST did. */
    private static final String ISSUED = "coalesce(i.issue_date, 'infinity')";
    /**
     * The list's order, newest issue first: a strict total order written as non-null expressions, so that one
     * row comparison continues after any row and the {@code invoices_list_*} indexes (V30) serve it as they are.
     */
    private static final String LIST_ORDER = ISSUED + " DESC, (i.number IS NULL) DESC, coalesce(i.number, '') DESC, "
            + "i.created_at DESC, i.id DESC";
    private static final String AFTER_CURSOR = " AND (" + ISSUED + ", i.number IS NULL, coalesce(i.number, ''), "
            + "i.created_at, i.id) < (coalesce(CAST(:afterIssued AS date), 'infinity'), "
            + "CAST(:afterNumber AS text) IS NULL, coalesce(CAST(:afterNumber AS text), ''), :afterCreated, :afterId)";
    static final String LIST_VERSION = "coalesce((SELECT v.version FROM invoice_list_versions v "
            + "WHERE v.workspace_id = :workspace), 0)";

    private final JdbcClient jdbc;

    Invoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Numbers of sent invoices; drafts have none and are left out. */
    Map<InvoiceId, String> numbers(WorkspaceId workspace, Collection<InvoiceId> ids) {
        return jdbc.sql("SELECT id, number FROM invoices WHERE workspace_id = :workspace AND id IN (:ids) "
                        + "AND number IS NOT NULL")
                .param("workspace", workspace.value())
                .param("ids", ids.stream().map(InvoiceId::value).toList())
                .query((rs, row) -> Map.entry(new InvoiceId(rs.getObject("id", UUID.class)), rs.getString("number")))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Optional<Invoice> find(WorkspaceId workspace, InvoiceId id) {
        return jdbc.sql("SELECT i.* FROM invoices i WHERE i.workspace_id = :workspace AND i.id = :id")
                .param("workspace", workspace.value())
                .param("id", id.value())
                .query((rs, row) -> invoice(rs, List.of()))
                .optional()
                .map(invoice -> invoice.withLines(lines(invoice.id())));
    }

    /**
     * The invoice a verification code was printed on, in whichever workspace: the code is the one thing the
     * person asking holds. Drafts never carry a code.
     */
    Optional<Invoice> withVerificationCode(VerificationCode code) {
        return jdbc.sql("SELECT i.* FROM invoices i WHERE i.verification_code = :code")
                .param("code", code.value())
                .query((rs, row) -> invoice(rs, List.of()))
                .optional()
                .map(invoice -> invoice.withLines(lines(invoice.id())));
    }

    /**
     * A code no invoice carries yet. With 50 random bits a clash is all but impossible, yet the unique index
     * would fail the whole send, so a taken one is drawn again.
     */
    VerificationCode unusedVerificationCode() {
        VerificationCode code = VerificationCode.random();
        while (codeTaken(code)) {
            code = VerificationCode.random();
        }
        return code;
    }

    private boolean codeTaken(VerificationCode code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM invoices WHERE verification_code = :code)")
                .param("code", code.value())
                .query(Boolean.class)
                .single();
    }

    /** For the finalizing transaction: the row stays locked until it commits. */
    Optional<Invoice> lockForUpdate(WorkspaceId workspace, InvoiceId id) {
        return jdbc.sql("SELECT i.* FROM invoices i WHERE i.workspace_id = :workspace AND i.id = :id FOR UPDATE")
                .param("workspace", workspace.value())
                .param("id", id.value())
                .query((rs, row) -> invoice(rs, List.of()))
                .optional()
                .map(invoice -> invoice.withLines(lines(invoice.id())));
    }

    /**
     * A client's sent invoices with money still due, oldest due first, locked until the transaction ends:
     * one statement however many there are. Their lines are left out: what is due is on the invoice row.
     */
    List<Invoice> lockOpen(WorkspaceId workspace, ClientId client) {
        return jdbc.sql("SELECT i.* FROM invoices i WHERE i.workspace_id = :workspace "
                        + "AND i.client_id = :client AND i.state = 'SENT' AND " + BALANCE + " > 0 "
                        + "ORDER BY i.due_date, i.issue_date, i.number FOR UPDATE")
                .param("workspace", workspace.value())
                .param("client", client.value())
                .query((rs, row) -> invoice(rs, List.of()))
                .list();
    }

    /**
     * The invoices, locked in the order {@link #lockOpen} locks them, so the two never wait on each other in a
     * circle.
     */
    List<Invoice> lockAll(WorkspaceId workspace, Collection<InvoiceId> ids) {
        return jdbc.sql("SELECT i.* FROM invoices i WHERE i.workspace_id = :workspace AND i.id IN (:ids) "
                        + "ORDER BY i.due_date, i.issue_date, i.number FOR UPDATE")
                .param("workspace", workspace.value())
                .param("ids", ids.stream().map(InvoiceId::value).toList())
                .query((rs, row) -> invoice(rs, List.of()))
                .list();
    }

    /** These invoices of the workspace, without their lines, in one query however many there are. */
    List<Invoice> withoutLines(WorkspaceId workspace, Collection<InvoiceId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT i.* FROM invoices i WHERE i.workspace_id = :workspace AND i.id IN (:ids)")
                .param("workspace", workspace.value())
                .param("ids", ids.stream().map(InvoiceId::value).toList())
                .query((rs, row) -> invoice(rs, List.of()))
                .list();
    }

    /** Every sent invoice with money due, oldest due first, without their lines. */
    List<Invoice> open(WorkspaceId workspace) {
        return jdbc.sql("SELECT i.* FROM invoices i WHERE i.workspace_id = :workspace AND i.state = 'SENT' AND "
                        + BALANCE + " > 0 ORDER BY i.due_date, i.issue_date, i.number")
                .param("workspace", workspace.value())
                .query((rs, row) -> invoice(rs, List.of()))
                .list();
    }

    /**
     * Stamps and returns the sent invoices with money due whose due date is before today in their workspace's
     * time zone and that were not announced yet; disputed ones wait until the dispute is resolved. The index
     * {@code invoices_open_by_due_idx} narrows the search to due dates before the latest today anywhere.
     * A zone kept as a fixed offset ("-10:00", "UTC+05:30") is applied as an interval: PostgreSQL would read
     * the text the POSIX way, with the sign turned round.
     */
    List<InvoiceOverdue> stampOverdue(Instant now, LocalDate latestToday) {
        return jdbc.sql("""
                UPDATE invoices i SET overdue_announced_at = :now
                FROM workspace_time_zones w
                WHERE w.id = i.workspace_id AND i.state = 'SENT' AND i.balance_due > 0 AND i.due_date < :latestToday
                  AND i.due_date < CAST(CASE
                      WHEN w.time_zone ~ '^(UTC|GMT|UT)?[+-]' THEN timezone(
                          CAST(regexp_replace(w.time_zone, '^(UTC|GMT|UT)', '') AS interval), CAST(:now AS timestamptz))
                      ELSE timezone(w.time_zone, CAST(:now AS timestamptz)) END AS date)
                  AND NOT i.disputed AND i.overdue_announced_at IS NULL
                RETURNING i.id, i.workspace_id, i.client_id, i.number, i.due_date, i.balance_due""")
                .param("now", Timestamps.of(now))
                .param("latestToday", latestToday)
                .query((rs, row) -> new InvoiceOverdue(new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                        new InvoiceId(rs.getObject("id", UUID.class)),
                        new ClientId(rs.getObject("client_id", UUID.class)),
                        rs.getString("number"), rs.getDate("due_date").toLocalDate(),
                        Money.of(rs.getBigDecimal("balance_due")), now))
                .list();
    }

    public record Listed(Invoice invoice, String clientName) {
    }

    public record Summary(long count, Money total, Money balanceDue) {
    }

    List<Listed> list(WorkspaceId workspace, InvoiceFilter filter, LocalDate today, int page, int size) {
        return list(workspace, filter, today, null, (long) page * size, size);
    }

    /**
     * Up to {@code limit} invoices after the cursor's one (or after skipping {@code offset}), in the list's order.
     * The page's ids come first, from the index alone, then their rows: skipping an offset reads index entries,
     * not invoices.
     */
    List<Listed> list(WorkspaceId workspace, InvoiceFilter filter, LocalDate today, @Nullable InvoiceCursor after,
                      long offset, int limit) {
        Map<String, Object> params = params(workspace, filter, today);
        params.put("limit", limit);
        params.put("offset", offset);
        if (after != null) {
            params.put("afterIssued", after.issueDate());
            params.put("afterNumber", after.number());
            params.put("afterCreated", Timestamps.of(after.createdAt()));
            params.put("afterId", after.id());
        }
        return jdbc.sql("SELECT i.*, c.name AS client_name FROM (SELECT i.id FROM invoices i WHERE " + where(filter)
                        + (after == null ? "" : AFTER_CURSOR) + " ORDER BY " + LIST_ORDER
                        + " LIMIT :limit OFFSET :offset) page "
                        + "JOIN invoices i ON i.id = page.id "
                        + "JOIN client_directory c ON c.id = i.client_id AND c.workspace_id = i.workspace_id "
                        + "ORDER BY " + LIST_ORDER)
                .params(params)
                .query((rs, row) -> new Listed(invoice(rs, List.of()), rs.getString("client_name")))
                .list();
    }

    /** Where the workspace's invoices stand: it moves with every statement that writes one. */
    long listVersion(WorkspaceId workspace) {
        return jdbc.sql("SELECT " + LIST_VERSION)
                .param("workspace", workspace.value())
                .query(Long.class)
                .single();
    }

    /** The count and sums of every invoice matching the filter, and the list version they hold for. */
    KeptUntilInvoicesChange.Counted<Summary> summarize(WorkspaceId workspace, InvoiceFilter filter, LocalDate today) {
        return jdbc.sql("SELECT " + LIST_VERSION + " AS version, count(*) AS n, coalesce(sum(i.total), 0) AS total, "
                        + "coalesce(sum(CASE WHEN i.state = 'SENT' THEN " + BALANCE + " ELSE 0 END), 0) AS balance "
                        + "FROM invoices i WHERE " + where(filter))
                .params(params(workspace, filter, today))
                .query((rs, row) -> new KeptUntilInvoicesChange.Counted<>(rs.getLong("version"), new Summary(rs.getLong("n"),
                        Money.of(rs.getBigDecimal("total")), Money.of(rs.getBigDecimal("balance")))))
                .single();
    }

    /** Issue dates are compared through the list's key, so a date range is a range of its index. */
    private static String where(InvoiceFilter filter) {
        StringBuilder where = new StringBuilder("i.workspace_id = :workspace");
        if (filter.status() != null) {
            where.append(" AND ").append(STATUS_SQL.get(filter.status()));
        }
        if (filter.clientId() != null) {
            where.append(" AND i.client_id = :client");
        }
        if (filter.from() != null) {
            where.append(" AND ").append(ISSUED).append(" >= :from AND i.issue_date IS NOT NULL");
        }
        if (filter.to() != null) {
            where.append(" AND ").append(ISSUED).append(" <= :to");
        }
        if (filter.overdue()) {
            where.append(" AND i.state = 'SENT' AND ").append(BALANCE).append(" > 0 AND i.due_date < :today");
        }
        return where.toString();
    }

    private static Map<String, Object> params(WorkspaceId workspace, InvoiceFilter filter, LocalDate today) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("workspace", workspace.value());
        params.put("today", today);
        if (filter.clientId() != null) {
            params.put("client", filter.clientId().value());
        }
        if (filter.from() != null) {
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            params.put("to", filter.to());
        }
        return params;
    }

    void add(Invoice invoice) {
        jdbc.sql("""
                INSERT INTO invoices (id, workspace_id, client_id, state, subtotal, tax, total, created_at, updated_at,
                    version)
                VALUES (:id, :workspace, :client, 'DRAFT', 0, 0, 0, :createdAt, :createdAt, 0)""")
                .param("id", invoice.id().value())
                .param("workspace", invoice.workspaceId().value())
                .param("client", invoice.clientId().value())
                .param("createdAt", Timestamps.of(invoice.createdAt()))
                .update();
        save(invoice, true);
    }

    /** Saves the invoice if nobody changed it since it was read; lines are written only for drafts. */
    void save(Invoice invoice, boolean writeLines) {
        int saved = jdbc.sql("""
                UPDATE invoices SET number = :number, state = :state, issue_date = :issueDate, due_date = :dueDate,
                    terms_basis = :termsBasis, terms_days = :termsDays, due_date_fixed = :dueDateFixed,
                    service_period_start = :periodStart, service_period_end = :periodEnd, po_number = :po,
                    project_code = :projectCode, reference = :reference, notes = :notes,
                    tax_rate_percent = :taxRate, tax_exempt = :taxExempt, subtotal = :subtotal,
                    discount = :discount, tax = :tax, total = :total, amount_paid = :paid,
                    amount_credited = :credited, viewed_at = :viewedAt, disputed = :disputed, sent_at = :sentAt,
                    voided_at = :voidedAt, void_reason = :voidReason, written_off_at = :writtenOffAt,
                    write_off_reason = :writeOffReason, verification_code = :verificationCode,
                    updated_at = :updatedAt,
                    version = version + 1
                WHERE id = :id AND workspace_id = :workspace AND version = :version""")
                .param("number", invoice.number())
                .param("state", invoice.state().name())
                .param("issueDate", invoice.issueDate())
                .param("dueDate", invoice.dueDate())
                .param("termsBasis", invoice.terms().basis().name())
                .param("termsDays", invoice.terms().days())
                .param("dueDateFixed", invoice.dueDateFixed())
                .param("periodStart", invoice.servicePeriod().start())
                .param("periodEnd", invoice.servicePeriod().end())
                .param("po", invoice.poNumber())
                .param("projectCode", invoice.projectCode())
                .param("reference", invoice.reference())
                .param("notes", invoice.notes())
                .param("taxRate", invoice.taxRatePercent())
                .param("taxExempt", invoice.taxExempt())
                .param("subtotal", invoice.totals().subtotal().amount())
                .param("discount", invoice.totals().discount().amount())
                .param("tax", invoice.totals().tax().amount())
                .param("total", invoice.totals().total().amount())
                .param("paid", invoice.amountPaid().amount())
                .param("credited", invoice.amountCredited().amount())
                .param("viewedAt", Timestamps.of(invoice.viewedAt()))
                .param("disputed", invoice.disputed())
                .param("sentAt", Timestamps.of(invoice.sentAt()))
                .param("voidedAt", Timestamps.of(invoice.voidedAt()))
                .param("voidReason", invoice.voidReason())
                .param("writtenOffAt", Timestamps.of(invoice.writtenOffAt()))
                .param("writeOffReason", invoice.writeOffReason())
                .param("verificationCode", invoice.verificationCode() == null ? null
                        : invoice.verificationCode().value())
                .param("updatedAt", Timestamps.of(invoice.updatedAt()))
                .param("id", invoice.id().value())
                .param("workspace", invoice.workspaceId().value())
                .param("version", invoice.version())
                .update();
        if (saved == 0) {
            throw new OptimisticLockingFailureException("Invoice " + invoice.id() + " was changed by someone else");
        }
        if (writeLines) {
            writeLines(invoice);
        }
    }

    /**
     * Writes what payments changed on many invoices with one statement, a {@code VALUES} list of their new
     * amounts; each invoice only if nobody changed it since it was read, as {@link #save} does.
     */
    void saveAmounts(List<Invoice> changed, Instant now) {
        List<Object[]> rows = changed.stream()
                .map(invoice -> new Object[] {invoice.id().value(), invoice.workspaceId().value(), invoice.version(),
                        invoice.amountPaid().amount(), invoice.amountCredited().amount()})
                .toList();
        for (List<Object[]> chunk : RowInserts.chunks(rows, 5)) {
            int saved = jdbc.sql("""
                    UPDATE invoices i SET amount_paid = v.paid, amount_credited = v.credited, updated_at = :now,
                        version = i.version + 1
                    FROM (VALUES :rows) AS v (id, workspace_id, version, paid, credited)
                    WHERE i.id = v.id AND i.workspace_id = v.workspace_id AND i.version = v.version""")
                    .param("rows", chunk)
                    .param("now", Timestamps.of(now))
                    .update();
            if (saved != chunk.size()) {
                throw new OptimisticLockingFailureException((chunk.size() - saved) + " of the invoices paid were "
                        + "changed by someone else");
            }
        }
    }

    private void writeLines(Invoice invoice) {
        jdbc.sql("DELETE FROM invoice_lines WHERE invoice_id = :id").param("id", invoice.id().value()).update();
        for (int position = 0; position < invoice.lines().size(); position++) {
            InvoiceLine line = invoice.lines().get(position);
            jdbc.sql("""
                    INSERT INTO invoice_lines (invoice_id, position, item_id, description, quantity, unit, unit_price,
                        taxable, amount)
                    VALUES (:invoice, :position, :item, :description, :quantity, :unit, :price, :taxable, :amount)""")
                    .param("invoice", invoice.id().value())
                    .param("position", position)
                    .param("item", line.itemId())
                    .param("description", line.description())
                    .param("quantity", line.quantity())
                    .param("unit", line.unit())
                    .param("price", line.unitPrice())
                    .param("taxable", line.taxable())
                    .param("amount", line.amount().amount())
                    .update();
        }
    }

    private List<InvoiceLine> lines(InvoiceId invoice) {
        return jdbc.sql("SELECT * FROM invoice_lines WHERE invoice_id = :invoice ORDER BY position")
                .param("invoice", invoice.value())
                .query((rs, row) -> line(rs))
                .list();
    }

    private static InvoiceLine line(ResultSet rs) throws SQLException {
        return new InvoiceLine((UUID) rs.getObject("item_id"), rs.getString("description"),
                rs.getBigDecimal("quantity").stripTrailingZeros(), rs.getString("unit"),
                rs.getBigDecimal("unit_price").stripTrailingZeros(), rs.getBoolean("taxable"));
    }

    /** Totals come from the stored snapshot: a sent invoice keeps the figures it was sent with. */
    private static Invoice invoice(ResultSet rs, List<InvoiceLine> lines) throws SQLException {
        String basis = rs.getString("terms_basis");
        InvoiceDates dates = new InvoiceDates(date(rs.getDate("issue_date")), date(rs.getDate("due_date")),
                basis == null ? PaymentTerms.net(30)
                        : new PaymentTerms(PaymentTerms.Basis.valueOf(basis), rs.getInt("terms_days")),
                rs.getBoolean("due_date_fixed"),
                new ServicePeriod(date(rs.getDate("service_period_start")), date(rs.getDate("service_period_end"))));
        InvoiceReferences references = new InvoiceReferences(rs.getString("po_number"), rs.getString("project_code"),
                rs.getString("reference"), rs.getString("notes"));
        InvoiceAmounts amounts = new InvoiceAmounts(rs.getBigDecimal("tax_rate_percent").stripTrailingZeros(),
                rs.getBoolean("tax_exempt"),
                new Totals(Money.of(rs.getBigDecimal("subtotal")), Money.of(rs.getBigDecimal("discount")),
                        Money.of(rs.getBigDecimal("tax")), Money.of(rs.getBigDecimal("total"))),
                Money.of(rs.getBigDecimal("amount_paid")), Money.of(rs.getBigDecimal("amount_credited")));
        InvoiceLifecycle lifecycle = new InvoiceLifecycle(InvoiceState.valueOf(rs.getString("state")),
                instant(rs.getTimestamp("sent_at")), instant(rs.getTimestamp("viewed_at")), rs.getBoolean("disputed"),
                instant(rs.getTimestamp("voided_at")), rs.getString("void_reason"),
                instant(rs.getTimestamp("written_off_at")), rs.getString("write_off_reason"),
                code(rs.getString("verification_code")));
        return new Invoice(new InvoiceId(rs.getObject("id", UUID.class)),
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                new ClientId(rs.getObject("client_id", UUID.class)), rs.getString("number"), dates, references, lines,
                amounts, lifecycle, rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }

    private static @Nullable VerificationCode code(@Nullable String code) {
        return code == null ? null : new VerificationCode(code);
    }

    private static @Nullable LocalDate date(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
