package com.invoice24.invoicing;

import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.InvalidRequestException;
import com.invoice24.shared.Timestamps;
import com.invoice24.workspace.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the client's AP tells the provider about an invoice from the portal: that it is received and in their
 * approval queue, or what they still need to approve it. Each lands on the invoice's timeline and is announced;
 * a settled invoice (voided, written off, paid) takes neither.
 */
@Service
public class ClientResponses {

    public static final int MAX_MESSAGE_LENGTH = 2000;

    private final Invoicing invoicing;
    private final InvoiceActivity activity;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ClientResponses(Invoicing invoicing, InvoiceActivity activity, JdbcClient jdbc, Clock clock,
                    ApplicationEventPublisher events) {
        this.invoicing = invoicing;
        this.activity = activity;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The clerk confirms the invoice is received and in their approval queue. Only the first confirmation counts:
     * it is returned, recorded and announced; a later one (a second click, a colleague) changes nothing and
     * returns empty.
     */
    @Transactional
    public Optional<ReceiptConfirmation> confirmReceipt(WorkspaceId workspace, InvoiceId id, @Nullable String name) {
        List<FieldProblem> problems = ClientClerk.problems(name);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("Say who confirms it.", problems);
        }
        ClientClerk clerk = new ClientClerk(name);
        Invoice invoice = invoicing.lock(workspace, id);
        invoice.requireOpenToClient("nothing to confirm");
        if (receiptConfirmation(workspace, id).isPresent()) {
            return Optional.empty();
        }
        Instant at = clock.instant();
        jdbc.sql("""
                INSERT INTO invoice_receipt_confirmations (invoice_id, workspace_id, confirmed_by, confirmed_at)
                VALUES (:invoice, :workspace, :by, :at)""")
                .param("invoice", id.value())
                .param("workspace", workspace.value())
                .param("by", clerk.name())
                .param("at", Timestamps.of(at))
                .update();
        activity.record(invoice, InvoiceActivity.RECEIPT_CONFIRMED,
                "Received and in approval queue — confirmed " + clerk.inThePortal(), null);
        events.publishEvent(new InvoiceReceiptConfirmed(workspace, id, invoice.clientId(), invoice.label(),
                clerk.name(), at));
        return Optional.of(new ReceiptConfirmation(clerk.name(), at));
    }

    /** Whether, and by whom, the client confirmed the invoice is received. */
    public Optional<ReceiptConfirmation> receiptConfirmation(WorkspaceId workspace, InvoiceId id) {
        return jdbc.sql("""
                SELECT confirmed_by, confirmed_at FROM invoice_receipt_confirmations
                WHERE workspace_id = :workspace AND invoice_id = :invoice""")
                .param("workspace", workspace.value())
                .param("invoice", id.value())
                .query((rs, row) -> new ReceiptConfirmation(rs.getString("confirmed_by"),
                        rs.getTimestamp("confirmed_at").toInstant()))
                .optional();
    }

    /**
     * The clerk says what AP needs before it can approve the invoice; a message is required when none of the
     * offered needs fits ({@link ApprovalNeed#OTHER}). Each request is recorded and announced: a clerk may need
     * a PO number and, later, a vendor form.
     */
    @Transactional
    public ApprovalInfoRequested requestApprovalInfo(WorkspaceId workspace, InvoiceId id, @Nullable ApprovalNeed need,
                                                     @Nullable String message, @Nullable String name) {
        List<FieldProblem> problems = new ArrayList<>();
        String text = message == null ? "" : message.strip();
        if (need == null) {
            problems.add(new FieldProblem("need", "Choose what you need"));
        }
        if (need == ApprovalNeed.OTHER && text.isEmpty()) {
            problems.add(new FieldProblem("message", "Say what you need"));
        }
        if (text.length() > MAX_MESSAGE_LENGTH) {
            problems.add(new FieldProblem("message", "Keep the message to " + MAX_MESSAGE_LENGTH + " characters"));
        }
        problems.addAll(ClientClerk.problems(name));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("Say what you need to approve it.", problems);
        }
        ClientClerk clerk = new ClientClerk(name);
        Invoice invoice = invoicing.lock(workspace, id);
        invoice.requireOpenToClient("nothing more is needed to approve it");
        activity.record(invoice, InvoiceActivity.APPROVAL_INFO_REQUESTED, "Needs " + need.inSentence()
                + " to approve it — asked " + clerk.inThePortal() + (text.isEmpty() ? "" : ": " + text), null);
        ApprovalInfoRequested requested = new ApprovalInfoRequested(workspace, id, invoice.clientId(),
                invoice.label(), need, text, clerk.name(), clock.instant());
        events.publishEvent(requested);
        return requested;
    }
}
