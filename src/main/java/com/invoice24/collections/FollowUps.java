package com.invoice24.collections;

import com.invoice24.clients.ClientId;
import com.invoice24.clients.DeliveryMethod;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.shared.BusinessCalendar;
import com.invoice24.shared.BusinessRuleException;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.Money;
import com.invoice24.shared.NotFoundException;
import com.invoice24.shared.Timestamps;
import com.invoice24.shared.WrongStateException;
import com.invoice24.workspace.AuditableChange;
import com.invoice24.workspace.AuditableChange.Subject;
import com.invoice24.workspace.CurrentUser;
import com.invoice24.workspace.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up tasks on sent invoices: opened by what invoicing and the client portal announce
 * ({@link RaiseFollowUps}), done by a member, or closed by themselves once nothing is left to follow up.
 */
@Service
public class FollowUps {

    /** Without a policy of its own, a workspace has invoices from this total confirmed as received. */
    static final Money DEFAULT_CONFIRM_RECEIPT_THRESHOLD = Money.usd("5000.00");
    /** How long after sending AP should have had the invoice in hand. */
    static final int CONFIRM_RECEIPT_AFTER_BUSINESS_DAYS = 3;
    static final int REFERENCE_MAX = 200;
    static final int NOTE_MAX = 500;

    /** What a follow-up opens with; {@code cause} tells apart two of one kind on one invoice (two AP requests). */
    record Opening(WorkspaceId workspace, InvoiceId invoice, String invoiceNumber, ClientId client,
                   FollowUp.Kind kind, String cause, String title, @Nullable String detail, @Nullable String link,
                   LocalDate dueOn) {
    }

    /** The first due follow-ups of the home page, and how many are due in all. */
    public record Due(List<FollowUp> shown, int total) {
    }

    private final JdbcClient jdbc;
    private final Invoicing invoicing;
    private final BusinessCalendar calendar;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    FollowUps(JdbcClient jdbc, Invoicing invoicing, BusinessCalendar calendar, Clock clock,
              ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.invoicing = invoicing;
        this.calendar = calendar;
        this.clock = clock;
        this.events = events;
    }

    /** The day a confirm-receipt follow-up comes up: three US business days after the invoice went out. */
    static LocalDate confirmReceiptDue(BusinessCalendar calendar, LocalDate sentOn) {
        return calendar.plusBusinessDays(sentOn, CONFIRM_RECEIPT_AFTER_BUSINESS_DAYS);
    }

    LocalDate confirmReceiptDue(LocalDate sentOn) {
        return confirmReceiptDue(calendar, sentOn);
    }

    /** Opens the follow-up unless the invoice already has one of that kind and cause (open or done). */
    @Transactional(propagation = Propagation.MANDATORY)
    void open(Opening opening) {
        row("""
                INSERT INTO follow_ups (id, workspace_id, invoice_id, invoice_number, client_id, kind, cause, title,
                                        detail, link, due_on, status, created_at)
                VALUES (:id, :workspace, :invoice, :number, :client, :kind, :cause, :title, :detail, :link, :dueOn,
                        'OPEN', :at)
                ON CONFLICT (invoice_id, kind, cause) DO NOTHING""", opening)
                .param("detail", opening.detail())
                .param("link", opening.link())
                .update();
    }

    /**
     * The client confirmed receipt: the confirm-receipt follow-up is done. When the confirmation is heard before
     * the invoice's sending, it is kept as done, so the sending opens none.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void receiptConfirmed(Opening opening, String confirmation) {
        row("""
                INSERT INTO follow_ups (id, workspace_id, invoice_id, invoice_number, client_id, kind, cause, title,
                                        due_on, status, note, created_at, done_at)
                VALUES (:id, :workspace, :invoice, :number, :client, :kind, :cause, :title, :dueOn, 'DONE', :note,
                        :at, :at)
                ON CONFLICT (invoice_id, kind, cause) DO UPDATE SET status = 'DONE', note = excluded.note,
                    done_at = excluded.done_at
                WHERE follow_ups.status = 'OPEN'""", opening)
                .param("note", confirmation)
                .update();
    }

    private JdbcClient.StatementSpec row(String insert, Opening opening) {
        return jdbc.sql(insert)
                .param("id", UUID.randomUUID())
                .param("workspace", opening.workspace().value())
                .param("invoice", opening.invoice().value())
                .param("number", opening.invoiceNumber())
                .param("client", opening.client().value())
                .param("kind", opening.kind().name())
                .param("cause", opening.cause())
                .param("title", opening.title())
                .param("dueOn", opening.dueOn())
                .param("at", Timestamps.of(clock.instant()));
    }

    /**
     * Invoices with nothing left to collect (paid, voided, written off) need no confirmation of receipt any more;
     * a voided one needs nothing at all. One statement for all of them.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void closeSettled(WorkspaceId workspace, Collection<InvoiceId> settled, Collection<InvoiceId> voided) {
        if (settled.isEmpty() && voided.isEmpty()) {
            return;
        }
        jdbc.sql("""
                UPDATE follow_ups SET status = 'DONE', done_at = :at,
                       note = CASE WHEN invoice_id = ANY(CAST(:voided AS UUID[])) THEN 'The invoice was voided'
                                   ELSE 'Nothing is due on the invoice any more' END
                WHERE workspace_id = :workspace AND status = 'OPEN'
                  AND ((kind = 'CONFIRM_RECEIPT' AND invoice_id = ANY(CAST(:settled AS UUID[])))
                       OR invoice_id = ANY(CAST(:voided AS UUID[])))""")
                .param("at", Timestamps.of(clock.instant()))
                .param("workspace", workspace.value())
                .param("settled", ids(settled))
                .param("voided", ids(voided))
                .update();
    }

    /**
     * A member did what the follow-up asked. An upload needs the reference the client's portal gave it, and makes
     * the invoice count as delivered; the others take an optional note ("confirmed by phone").
     */
    @Transactional
    public FollowUp complete(CurrentUser user, UUID id, @Nullable String reference, @Nullable String note) {
        FollowUp followUp = lock(user.workspaceId(), id);
        if (!followUp.open()) {
            throw new WrongStateException("This follow-up is already done.");
        }
        String ref = blankToNull(reference);
        String text = blankToNull(note);
        checkCompletion(followUp, ref, text);
        if (followUp.needsReference()) {
            invoicing.recordDelivery(user.workspaceId(), followUp.invoiceId(), DeliveryMethod.PORTAL_UPLOAD, ref, user);
        }
        jdbc.sql("""
                UPDATE follow_ups SET status = 'DONE', reference = :reference, note = :note, done_at = :at, done_by = :by
                WHERE id = :id""")
                .param("reference", ref)
                .param("note", text)
                .param("at", Timestamps.of(clock.instant()))
                .param("by", user.name())
                .param("id", id)
                .update();
        events.publishEvent(AuditableChange.of(user.workspaceId(), Subject.INVOICE, followUp.invoiceId(),
                followUp.invoiceNumber(), "follow-up done", followUp.title()
                        + (ref != null ? " (reference " + ref + ")" : "") + (text != null ? ": " + text : "")));
        return find(user.workspaceId(), id);
    }

    private static void checkCompletion(FollowUp followUp, @Nullable String reference, @Nullable String note) {
        List<FieldProblem> problems = new ArrayList<>();
        if (followUp.needsReference() && reference == null) {
            problems.add(new FieldProblem("reference", "Enter the reference the client's portal gave the invoice"));
        } else if (reference != null && reference.length() > REFERENCE_MAX) {
            problems.add(new FieldProblem("reference", "Use at most " + REFERENCE_MAX + " characters"));
        }
        if (note != null && note.length() > NOTE_MAX) {
            problems.add(new FieldProblem("note", "Use at most " + NOTE_MAX + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(followUp.needsReference() && reference == null
                    ? "The upload is done once the client's portal has given it a reference."
                    : "The follow-up was not marked done.", problems);
        }
    }

    /** The workspace's follow-ups, soonest due first, open or done or both, of one invoice or all. */
    public List<FollowUp> list(WorkspaceId workspace, FollowUp.@Nullable Status status, @Nullable InvoiceId invoice) {
        return jdbc.sql("""
                SELECT * FROM follow_ups
                WHERE workspace_id = :workspace
                  AND (CAST(:status AS TEXT) IS NULL OR status = CAST(:status AS TEXT))
                  AND (CAST(:invoice AS UUID) IS NULL OR invoice_id = CAST(:invoice AS UUID))
                ORDER BY due_on, created_at, id""")
                .param("workspace", workspace.value())
                .param("status", status == null ? null : status.name())
                .param("invoice", invoice == null ? null : invoice.value())
                .query((rs, row) -> followUp(rs))
                .list();
    }

    /** The first {@code limit} open follow-ups due by {@code today}, soonest first, and how many in all: one query. */
    public Due dueBy(WorkspaceId workspace, LocalDate today, int limit) {
        record Counted(FollowUp followUp, int total) {
        }
        List<Counted> due = jdbc.sql("""
                SELECT *, count(*) OVER () AS due_count FROM follow_ups
                WHERE workspace_id = :workspace AND status = 'OPEN' AND due_on <= :today
                ORDER BY due_on, created_at, id
                LIMIT :limit""")
                .param("workspace", workspace.value())
                .param("today", today)
                .param("limit", limit)
                .query((rs, row) -> new Counted(followUp(rs), rs.getInt("due_count")))
                .list();
        return new Due(due.stream().map(Counted::followUp).toList(), due.isEmpty() ? 0 : due.get(0).total());
    }

    public FollowUp find(WorkspaceId workspace, UUID id) {
        return one(workspace, id, "");
    }

    private FollowUp lock(WorkspaceId workspace, UUID id) {
        return one(workspace, id, " FOR UPDATE");
    }

    private FollowUp one(WorkspaceId workspace, UUID id, String locking) {
        return jdbc.sql("SELECT * FROM follow_ups WHERE workspace_id = :workspace AND id = :id" + locking)
                .param("workspace", workspace.value()).param("id", id)
                .query((rs, row) -> followUp(rs)).optional()
                .orElseThrow(() -> new NotFoundException("Follow-up " + id));
    }

    /** From what total an invoice of a client invoiced before gets a confirm-receipt follow-up. */
    public Money confirmReceiptThreshold(WorkspaceId workspace) {
        return jdbc.sql("SELECT confirm_receipt_threshold FROM follow_up_policies WHERE workspace_id = :workspace")
                .param("workspace", workspace.value())
                .query((rs, row) -> Money.of(rs.getBigDecimal(1)))
                .optional()
                .orElse(DEFAULT_CONFIRM_RECEIPT_THRESHOLD);
    }

    @Transactional
    public Money changeConfirmReceiptThreshold(WorkspaceId workspace, @Nullable Money threshold) {
        if (threshold == null || threshold.isNegative()) {
            throw new BusinessRuleException("Say from what total an invoice is confirmed as received.",
                    List.of(new FieldProblem("confirmReceiptThreshold", "Enter an amount of 0.00 or more")));
        }
        Money before = confirmReceiptThreshold(workspace);
        jdbc.sql("""
                INSERT INTO follow_up_policies (workspace_id, confirm_receipt_threshold) VALUES (:workspace, :threshold)
                ON CONFLICT (workspace_id) DO UPDATE SET confirm_receipt_threshold = excluded.confirm_receipt_threshold""")
                .param("workspace", workspace.value())
                .param("threshold", threshold.amount())
                .update();
        events.publishEvent(AuditableChange.of(workspace, Subject.SETTINGS, workspace.value(), "Follow-ups",
                "changed", "Receipt confirmed for invoices from $" + before.formatted() + " → $"
                        + threshold.formatted()));
        return threshold;
    }

    private static String[] ids(Collection<InvoiceId> invoices) {
        return invoices.stream().map(invoice -> invoice.value().toString()).toArray(String[]::new);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static FollowUp followUp(ResultSet rs) throws SQLException {
        Timestamp doneAt = rs.getTimestamp("done_at");
        return new FollowUp(rs.getObject("id", UUID.class), FollowUp.Kind.valueOf(rs.getString("kind")),
                new InvoiceId(rs.getObject("invoice_id", UUID.class)), rs.getString("invoice_number"),
                new ClientId(rs.getObject("client_id", UUID.class)), rs.getString("title"), rs.getString("detail"),
                rs.getString("link"), rs.getDate("due_on").toLocalDate(),
                FollowUp.Status.valueOf(rs.getString("status")), rs.getString("reference"), rs.getString("note"),
                doneAt == null ? null : doneAt.toInstant(), rs.getString("done_by"));
    }
}
