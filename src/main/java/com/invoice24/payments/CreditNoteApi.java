package com.invoice24.payments;

import com.invoice24.clients.ClientId;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.shared.Money;
import com.invoice24.shared.Paging;
import com.invoice24.shared.ResultPage;
import com.invoice24.workspace.CurrentUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/credit-notes")
@Validated
@Tag(name = "Credit notes", description = "Corrections of sent invoices, each with its own number")
class CreditNoteApi {

    private final CreditNoteService creditNotes;
    private final CreditNotePdf pdf;

    CreditNoteApi(CreditNoteService creditNotes, CreditNotePdf pdf) {
        this.creditNotes = creditNotes;
        this.pdf = pdf;
    }

    /** {@code balanceDueAfter}: what the invoice still asked for right after this note. */
    record CreditNoteView(UUID id, String number, UUID invoiceId, String invoiceNumber, UUID clientId, Money amount,
                          String currency, String reason, List<CreditNoteLine> lines, Money balanceDueAfter,
                          LocalDate issuedOn, Instant createdAt) {

        static CreditNoteView of(CreditNote note) {
            return new CreditNoteView(note.id().value(), note.number(), note.invoiceId().value(), note.invoiceNumber(),
                    note.clientId().value(), note.amount(), note.amount().currency().getCurrencyCode(), note.reason(),
                    note.lines(), note.balanceDueAfter(), note.issuedOn(), note.createdAt());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CreditNoteView issue(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody CreditNoteRequest request) {
        return CreditNoteView.of(creditNotes.issue(user, request));
    }

    @GetMapping
    ResultPage<CreditNoteView> list(@AuthenticationPrincipal CurrentUser user,
                                    @RequestParam(required = false) @Nullable UUID invoiceId,
                                    @RequestParam(required = false) @Nullable UUID clientId,
                                    Paging paging) {
        ResultPage<CreditNote> found = creditNotes.list(user.workspaceId(),
                invoiceId == null ? null : new InvoiceId(invoiceId), clientId == null ? null : new ClientId(clientId),
                paging.page(), paging.size());
        return new ResultPage<>(found.items().stream().map(CreditNoteView::of).toList(), found.page(), found.size(),
                found.total());
    }

    @GetMapping("/{id}")
    CreditNoteView read(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return CreditNoteView.of(creditNotes.creditNote(user.workspaceId(), new CreditNoteId(id)));
    }

    @GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return pdf.download(creditNotes.document(user.workspaceId(), new CreditNoteId(id)));
    }
}
