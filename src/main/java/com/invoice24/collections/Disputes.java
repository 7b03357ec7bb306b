package com.invoice24.collections;

import com.invoice24.clients.ClientId;
import com.invoice24.invoicing.ClientClerk;
import com.invoice24.invoicing.Invoice;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Disputes: opened with a reason, an owner and a resolve-by date; reminders pause while open. */
@Service
public class Disputes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
    /** How long the provider has to settle a dispute the client raised, as a provider would set it by hand. */
    static final int CLIENT_RESOLVE_BUSINESS_DAYS = 10;
    static final int MAX_CLIENT_REASON = 2000;

    public enum Outcome { CREDIT_NOTE, CORRECTED, REJECTED }

    public record Dispute(UUID id, UUID invoiceId, String reason, @Nullable String owner, LocalDate resolveBy,
                          Instant openedAt, @Nullable String openedBy, @Nullable Instant resolvedAt,
                          @Nullable Outcome outcome, @Nullable String resolutionNote) {

        public boolean open() {
            return resolvedAt == null;
        }
    }

    private final JdbcClient jdbc;
    private final Invoicing invoicing;
    private final BusinessCalendar calendar;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Disputes(JdbcClient jdbc, Invoicing invoicing, BusinessCalendar calendar, Clock clock,
             ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.invoicing = invoicing;
        this.calendar = calendar;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public Dispute open(CurrentUser user, InvoiceId id, @Nullable String reason, @Nullable LocalDate resolveBy,
                        @Nullable String owner) {
        List<FieldProblem> problems = new ArrayList<>();
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", "Say what the client disputes"));
        }
        if (resolveBy == null) {
            problems.add(new FieldProblem("resolveBy", "Enter the date to resolve it by"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("The dispute is missing details.", problems);
        }
        Invoice invoice = invoicing.lock(user.workspaceId(), id);
        String who = owner == null || owner.isBlank() ? user.name() : owner.trim();
        String terms = " (owner " + who + ", resolve by " + DAY.format(resolveBy) + ")";
        invoicing.markDisputed(invoice, true, "Disputed: " + reason.trim() + terms, user);
        return record(invoice, reason.trim(), resolveBy, who, user.name(), reason.trim() + terms);
    }

    /**
     * The client disputes the invoice from the portal. Reminders pause exactly as for a dispute the provider
     * records; nobody owns it yet, and it is to be resolved within {@link #CLIENT_RESOLVE_BUSINESS_DAYS} business
     * days. A settled invoice (voided, written off, paid) or one already disputed takes no new dispute.
     */
    @Transactional
    public Dispute openByClient(WorkspaceId workspace, InvoiceId id, @Nullable String reason, @Nullable String name) {
        List<FieldProblem> problems = new ArrayList<>();
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            problems.add(new FieldProblem("reason", "Say what is wrong with the invoice"));
        } else if (text.length() > MAX_CLIENT_REASON) {
            problems.add(new FieldProblem("reason", "Keep the reason to " + MAX_CLIENT_REASON + " characters"));
        }
        problems.addAll(ClientClerk.problems(name));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("Say what you dispute.", problems);
        }
        ClientClerk clerk = new ClientClerk(name);
        Invoice invoice = invoicing.lock(workspace, id);
        invoice.requireOpenToClient("there is nothing to dispute");
        if (invoice.disputed()) {
            throw new WrongStateException("This invoice is already disputed and being looked into.");
        }
        LocalDate resolveBy = calendar.plusBusinessDays(invoicing.today(workspace), CLIENT_RESOLVE_BUSINESS_DAYS);
        invoicing.markDisputedByClient(invoice, "Disputed " + clerk.inThePortal() + ": " + text + " (resolve by "
                + DAY.format(resolveBy) + ")");
        return record(invoice, text, resolveBy, null, clerk.name() + " (client portal)",
                text + " (" + clerk.inThePortal() + ", resolve by " + DAY.format(resolveBy) + ")");
    }

    private Dispute record(Invoice invoice, String reason, LocalDate resolveBy, @Nullable String owner,
                           String openedBy, String audited) {
        UUID disputeId = UUID.randomUUID();
        Instant openedAt = clock.instant();
        jdbc.sql("""
                INSERT INTO disputes (id, workspace_id, invoice_id, reason, owner, resolve_by, opened_at, opened_by)
                VALUES (:id, :workspace, :invoice, :reason, :owner, :resolveBy, :at, :by)""")
                .param("id", disputeId)
                .param("workspace", invoice.workspaceId().value())
                .param("invoice", invoice.id().value())
                .param("reason", reason)
                .param("owner", owner)
                .param("resolveBy", resolveBy)
                .param("at", Timestamps.of(openedAt))
                .param("by", openedBy)
                .update();
        events.publishEvent(new DisputeOpened(invoice.workspaceId(), invoice.id(), invoice.clientId(), reason,
                openedAt));
        events.publishEvent(AuditableChange.of(invoice.workspaceId(), Subject.INVOICE, invoice.id(), invoice.label(),
                "dispute opened", audited));
        return find(invoice.workspaceId(), disputeId).orElseThrow();
    }

    @Transactional
    public Dispute resolve(CurrentUser user, InvoiceId id, @Nullable Outcome outcome, @Nullable String note) {
        if (outcome == null) {
            throw new InvalidRequestException("Say how the dispute was resolved.",
                    List.of(new FieldProblem("outcome", "Choose CREDIT_NOTE, CORRECTED or REJECTED")));
        }
        Invoice invoice = invoicing.lock(user.workspaceId(), id);
        Dispute dispute = openOn(user.workspaceId(), id).orElseThrow(() -> new WrongStateException(
                "Invoice " + invoice.label() + " has no open dispute."));
        String text = note == null || note.isBlank() ? null : note.trim();
        invoicing.markDisputed(invoice, false, "Dispute resolved: " + outcome.name().toLowerCase(Locale.ROOT)
                .replace('_', ' ') + (text != null ? " — " + text : ""), user);
        Instant resolvedAt = clock.instant();
        jdbc.sql("UPDATE disputes SET resolved_at = :at, outcome = :outcome, resolution_note = :note WHERE id = :id")
                .param("at", Timestamps.of(resolvedAt))
                .param("outcome", outcome.name())
                .param("note", text)
                .param("id", dispute.id())
                .update();
        events.publishEvent(new DisputeResolved(user.workspaceId(), id, invoice.clientId(),
                outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ') + (text != null ? ": " + text : ""),
                resolvedAt));
        events.publishEvent(AuditableChange.of(user.workspaceId(), Subject.INVOICE, id, invoice.label(),
                "dispute resolved", outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + (text != null ? ": " + text : "")));
        if (outcome == Outcome.CORRECTED) {
            invoicing.reissue(user, id, "Corrected after dispute" + (text != null ? ": " + text : ""));
        }
        return find(user.workspaceId(), dispute.id()).orElseThrow();
    }

    public Optional<Dispute> openOn(WorkspaceId workspace, InvoiceId invoice) {
        return query("invoice_id = :invoice AND resolved_at IS NULL", workspace, invoice.value()).stream().findFirst();
    }

    /** Open disputes, the nearest resolve-by date first. */
    public List<Dispute> openIn(WorkspaceId workspace) {
        return query("resolved_at IS NULL", workspace, null);
    }

    /** An open dispute with the number and client of its invoice. */
    public record OpenDispute(Dispute dispute, String invoiceNumber, ClientId client) {
    }

    /** Open disputes with their invoices' numbers and clients, nearest resolve-by date first, in one query. */
    List<OpenDispute> openWithInvoices(WorkspaceId workspace) {
        return openWithInvoices(workspace, null, null);
    }

    /**
     * The first {@code limit} open disputes to resolve by {@code horizon} (or already late), nearest first, with
     * their invoices' numbers and clients: one query however many there are.
     */
    public List<OpenDispute> dueBy(WorkspaceId workspace, LocalDate horizon, int limit) {
        return openWithInvoices(workspace, horizon, limit);
    }

    private List<OpenDispute> openWithInvoices(WorkspaceId workspace, @Nullable LocalDate horizon,
                                               @Nullable Integer limit) {
        return jdbc.sql("""
                SELECT d.*, i.number AS invoice_number, i.client_id AS invoice_client_id
                FROM disputes d JOIN invoice_register i ON i.id = d.invoice_id AND i.workspace_id = d.workspace_id
                WHERE d.workspace_id = :workspace AND d.resolved_at IS NULL
                  AND (CAST(:horizon AS date) IS NULL OR d.resolve_by <= CAST(:horizon AS date))
                ORDER BY d.resolve_by, d.opened_at
                LIMIT :limit""")
                .param("workspace", workspace.value())
                .param("horizon", horizon)
                .param("limit", limit)
                .query((rs, row) -> new OpenDispute(dispute(rs), rs.getString("invoice_number"),
                        new ClientId(rs.getObject("invoice_client_id", UUID.class))))
                .list();
    }

    private Optional<Dispute> find(WorkspaceId workspace, UUID id) {
        return jdbc.sql("SELECT * FROM disputes WHERE workspace_id = :workspace AND id = :id")
                .param("workspace", workspace.value()).param("id", id)
                .query((rs, row) -> dispute(rs)).optional();
    }

    private List<Dispute> query(String where, WorkspaceId workspace, @Nullable UUID invoice) {
        var sql = jdbc.sql("SELECT * FROM disputes WHERE workspace_id = :workspace AND " + where
                        + " ORDER BY resolve_by, opened_at")
                .param("workspace", workspace.value());
        if (invoice != null) {
            sql = sql.param("invoice", invoice);
        }
        return sql.query((rs, row) -> dispute(rs)).list();
    }

    private static Dispute dispute(java.sql.ResultSet rs) throws java.sql.SQLException {
        String outcome = rs.getString("outcome");
        java.sql.Timestamp resolved = rs.getTimestamp("resolved_at");
        return new Dispute(rs.getObject("id", UUID.class), rs.getObject("invoice_id", UUID.class),
                rs.getString("reason"), rs.getString("owner"), rs.getDate("resolve_by").toLocalDate(),
                rs.getTimestamp("opened_at").toInstant(), rs.getString("opened_by"),
                resolved == null ? null : resolved.toInstant(), outcome == null ? null : Outcome.valueOf(outcome),
                rs.getString("resolution_note"));
    }
}
