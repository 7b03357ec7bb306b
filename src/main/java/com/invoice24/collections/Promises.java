package com.invoice24.collections;

import com.invoice24.invoicing.ClientClerk;
import com.invoice24.invoicing.Invoice;
import com.invoice24.invoicing.InvoiceActivity;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.shared.BusinessCalendar;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.InvalidRequestException;
import com.invoice24.shared.Timestamps;
import com.invoice24.shared.WrongStateException;
import com.invoice24.workspace.AuditableChange;
import com.invoice24.workspace.AuditableChange.Subject;
import com.invoice24.workspace.CurrentUser;
import com.invoice24.workspace.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Promises to pay: reminders pause until the promised date plus a grace of two business days. */
@Service
public class Promises {

    static final int GRACE_BUSINESS_DAYS = 2;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    public record Promise(UUID id, UUID invoiceId, LocalDate promisedDate, @Nullable String note, Instant recordedAt,
                          LocalDate remindersPausedUntil) {
    }

    private final JdbcClient jdbc;
    private final Invoicing invoicing;
    private final InvoiceActivity activity;
    private final BusinessCalendar calendar;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Promises(JdbcClient jdbc, Invoicing invoicing, InvoiceActivity activity, BusinessCalendar calendar, Clock clock,
             ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.invoicing = invoicing;
        this.activity = activity;
        this.calendar = calendar;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public Promise record(CurrentUser user, InvoiceId id, @Nullable LocalDate promisedDate, @Nullable String note) {
        if (promisedDate == null) {
            throw new InvalidRequestException("Say when the client promised to pay.",
                    List.of(new FieldProblem("promisedDate", "Enter the promised date")));
        }
        Invoice invoice = invoicing.lock(user.workspaceId(), id);
        if (!invoice.balanceDue().isPositive()) {
            throw new WrongStateException("Invoice " + invoice.label() + " has nothing due; there is no payment to promise.");
        }
        String text = note == null || note.isBlank() ? null : note.trim();
        insert(invoice, promisedDate, text, user.name(), false);
        activity.record(invoice, "promise", "Payment promised for " + DAY.format(promisedDate)
                + (text != null ? ": " + text : ""), user);
        events.publishEvent(AuditableChange.of(user.workspaceId(), Subject.INVOICE, id, invoice.label(),
                "promise to pay recorded", "$" + invoice.balanceDue().formatted() + " promised for "
                        + DAY.format(promisedDate) + (text != null ? ": " + text : "")));
        return latest(user.workspaceId(), id).orElseThrow();
    }

    /**
     * The client promises a payment date from the portal: from today to a year ahead, on an invoice with money
     * due. Reminders wait for it as for a promise a member records.
     */
    @Transactional
    public Promise promiseByClient(WorkspaceId workspace, InvoiceId id, @Nullable LocalDate promisedDate,
                                   @Nullable String name) {
        LocalDate today = invoicing.today(workspace);
        List<FieldProblem> problems = new ArrayList<>();
        if (promisedDate == null) {
            problems.add(new FieldProblem("promisedDate", "Enter the date you will pay by"));
        } else if (promisedDate.isBefore(today)) {
            problems.add(new FieldProblem("promisedDate", "Choose today or a later date"));
        } else if (promisedDate.isAfter(today.plusYears(1))) {
            problems.add(new FieldProblem("promisedDate", "Choose a date within a year"));
        }
        problems.addAll(ClientClerk.problems(name));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("Say when you will pay.", problems);
        }
        ClientClerk clerk = new ClientClerk(name);
        Invoice invoice = invoicing.lock(workspace, id);
        invoice.requireOpenToClient("there is no payment to promise");
        insert(invoice, promisedDate, "Promised " + clerk.inThePortal(), clerk.name(), true);
        activity.record(invoice, InvoiceActivity.CLIENT_PROMISED, "Payment promised for "
                + DAY.format(promisedDate) + " " + clerk.inThePortal(), null);
        events.publishEvent(AuditableChange.of(workspace, Subject.INVOICE, id, invoice.label(),
                "promise to pay recorded", "$" + invoice.balanceDue().formatted() + " promised for "
                        + DAY.format(promisedDate) + " " + clerk.inThePortal()));
        return latest(workspace, id).orElseThrow();
    }

    private void insert(Invoice invoice, LocalDate promisedDate, @Nullable String note, String by, boolean byClient) {
        Instant at = clock.instant();
        jdbc.sql("""
                INSERT INTO payment_promises (id, workspace_id, invoice_id, promised_date, note, recorded_at, recorded_by)
                VALUES (:id, :workspace, :invoice, :date, :note, :at, :by)""")
                .param("id", UUID.randomUUID())
                .param("workspace", invoice.workspaceId().value())
                .param("invoice", invoice.id().value())
                .param("date", promisedDate)
                .param("note", note)
                .param("at", Timestamps.of(at))
                .param("by", by)
                .update();
        events.publishEvent(new PaymentPromised(invoice.workspaceId(), invoice.id(), invoice.clientId(),
                invoice.label(), promisedDate, by, byClient, at));
    }

    /** The promise that counts: the one recorded last. */
    public Optional<Promise> latest(WorkspaceId workspace, InvoiceId invoice) {
        return jdbc.sql("SELECT * FROM payment_promises WHERE workspace_id = :workspace AND invoice_id = :invoice "
                        + "ORDER BY recorded_at DESC, promised_date DESC LIMIT 1")
                .param("workspace", workspace.value())
                .param("invoice", invoice.value())
                .query(this::promise)
                .optional();
    }

    /** The promise that counts on each of these invoices that has one, in one query. */
    Map<InvoiceId, Promise> latestOf(WorkspaceId workspace, Collection<InvoiceId> invoices) {
        if (invoices.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT DISTINCT ON (invoice_id) * FROM payment_promises WHERE workspace_id = :workspace "
                        + "AND invoice_id IN (:invoices) ORDER BY invoice_id, recorded_at DESC, promised_date DESC")
                .param("workspace", workspace.value())
                .param("invoices", invoices.stream().map(InvoiceId::value).toList())
                .query(this::promise)
                .list().stream()
                .collect(Collectors.toMap(promise -> new InvoiceId(promise.invoiceId()), promise -> promise));
    }

    /** Each invoice's latest promise in the workspace. */
    List<Promise> latestOfWorkspace(WorkspaceId workspace) {
        return jdbc.sql("SELECT DISTINCT ON (invoice_id) * FROM payment_promises WHERE workspace_id = :workspace "
                        + "ORDER BY invoice_id, recorded_at DESC, promised_date DESC")
                .param("workspace", workspace.value())
                .query(this::promise)
                .list();
    }

    private Promise promise(ResultSet rs, int row) throws SQLException {
        LocalDate date = rs.getDate("promised_date").toLocalDate();
        return new Promise(rs.getObject("id", UUID.class), rs.getObject("invoice_id", UUID.class), date,
                rs.getString("note"), rs.getTimestamp("recorded_at").toInstant(),
                calendar.plusBusinessDays(date, GRACE_BUSINESS_DAYS));
    }
}
