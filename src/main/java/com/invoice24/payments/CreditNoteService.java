package com.invoice24.payments;

import com.invoice24.clients.ClientId;
import com.invoice24.delivery.Outbox;
import com.invoice24.invoicing.Invoice;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.invoicing.Invoicing;
import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.InvalidRequestException;
import com.invoice24.shared.Money;
import com.invoice24.shared.NotFoundException;
import com.invoice24.shared.ResultPage;
import com.invoice24.workspace.AuditableChange;
import com.invoice24.workspace.AuditableChange.Subject;
import com.invoice24.workspace.CurrentUser;
import com.invoice24.workspace.WorkspaceId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issuing credit notes on sent invoices, and reading them back. */
@Service
class CreditNoteService {

    private final CreditNotes notes;
    private final CreditNoteNumbers numbers;
    private final CreditNotePdf documents;
    private final Invoicing invoicing;
    private final Outbox outbox;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CreditNoteService(CreditNotes notes, CreditNoteNumbers numbers, CreditNotePdf documents,
                      Invoicing invoicing, Outbox outbox, Clock clock, ApplicationEventPublisher events) {
        this.notes = notes;
        this.numbers = numbers;
        this.documents = documents;
        this.invoicing = invoicing;
        this.outbox = outbox;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Issues the note in one transaction, with the invoice locked: the next number, the note, the
     * credit on the invoice (on its timeline), the email to the client and {@link CreditNoteIssued}. A
     * refusal anywhere leaves nothing behind, the number and the event included.
     */
    @Transactional
    CreditNote issue(CurrentUser user, CreditNoteRequest request) {
        if (request.invoiceId() == null) {
            throw new InvalidRequestException("Choose the invoice to credit.",
                    List.of(new FieldProblem("invoiceId", "Choose the invoice to credit")));
        }
        List<CreditNoteLine> lines = request.creditLines();
        Money amount = request.creditAmount();
        WorkspaceId workspace = user.workspaceId();
        Invoice invoice = invoicing.lock(workspace, new InvoiceId(request.invoiceId()));
        LocalDate today = invoicing.today(workspace);
        CreditNote note = CreditNote.issue(invoice, numbers.next(workspace, today), amount,
                Objects.requireNonNullElse(request.reason(), ""), lines, today, user.memberId(), clock.instant());
        notes.add(note);
        Invoice credited = invoicing.applyCredit(invoice, note.amount(), "Credit note " + note.number() + " for $"
                + note.amount().formatted() + ": " + note.reason(), user);
        CreditNoteDocument document = documents.document(note, credited);
        CreditNoteEmails.emailOf(document, documents.keepAsSent(document)).ifPresent(outbox::queue);
        events.publishEvent(note.issued());
        events.publishEvent(AuditableChange.of(workspace, Subject.CREDIT_NOTE, note.id(), note.number(), "issued",
                "$" + note.amount().formatted() + " on invoice " + note.invoiceNumber()
                        + (note.reason().isBlank() ? "" : ": " + note.reason())));
        return note;
    }

    @Transactional(readOnly = true)
    CreditNote creditNote(WorkspaceId workspace, CreditNoteId id) {
        return notes.find(workspace, id).orElseThrow(() -> new NotFoundException("Credit note " + id));
    }

    @Transactional(readOnly = true)
    ResultPage<CreditNote> list(WorkspaceId workspace, @Nullable InvoiceId invoice, @Nullable ClientId client,
                                int page, int size) {
        return notes.list(workspace, invoice, client, page, size);
    }

    /** The note as a document, with the invoice it credits. */
    @Transactional(readOnly = true)
    CreditNoteDocument document(WorkspaceId workspace, CreditNoteId id) {
        CreditNote note = creditNote(workspace, id);
        return documents.document(note, invoicing.invoice(workspace, note.invoiceId()));
    }
}
