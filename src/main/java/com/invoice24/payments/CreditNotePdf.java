package com.invoice24.payments;

import com.invoice24.clients.Clients;
import com.invoice24.invoicing.Invoice;
import com.invoice24.shared.Downloads;
import com.invoice24.shared.NotFoundException;
import com.invoice24.shared.PdfRenderer;
import com.invoice24.shared.SentDocuments;
import com.invoice24.workspace.WorkspaceLogos;
import com.invoice24.workspace.WorkspaceSettingsService;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The credit note as a document and a PDF, from the same template as its page, styled like the
 * invoice. The PDF is kept when the note is issued and served as kept from then on.
 */
@Component
class CreditNotePdf {

    static final String TEMPLATE = "payments/credit-note";

    private final PdfRenderer renderer;
    private final SentDocuments sent;
    private final Clients clients;
    private final WorkspaceSettingsService workspaces;
    private final WorkspaceLogos logos;

    CreditNotePdf(PdfRenderer renderer, SentDocuments sent, Clients clients, WorkspaceSettingsService workspaces,
                  WorkspaceLogos logos) {
        this.renderer = renderer;
        this.sent = sent;
        this.clients = clients;
        this.workspaces = workspaces;
        this.logos = logos;
    }

    CreditNoteDocument document(CreditNote note, Invoice invoice) {
        return new CreditNoteDocument(note, invoice,
                clients.find(note.workspaceId(), note.clientId())
                        .orElseThrow(() -> new NotFoundException("Client " + note.clientId())).profile(),
                workspaces.settingsOf(note.workspaceId()),
                logos.dataUriOf(note.workspaceId()));
    }

    /** Draws the note being issued and keeps that PDF, in the issuing transaction. */
    byte[] keepAsSent(CreditNoteDocument document) {
        CreditNote note = document.note();
        return sent.keep(SentDocuments.Kind.CREDIT_NOTE, note.workspaceId().value(), note.id().value(),
                draw(document));
    }

    /** The PDF as the client received it; a note with none kept (see migration V18) is drawn as it stands. */
    byte[] render(CreditNoteDocument document) {
        CreditNote note = document.note();
        return sent.find(SentDocuments.Kind.CREDIT_NOTE, note.workspaceId().value(), note.id().value())
                .orElseGet(() -> draw(document));
    }

    /** The PDF as a download that opens in the browser, named after the note. */
    ResponseEntity<byte[]> download(CreditNoteDocument document) {
        return Downloads.inline(filename(document.note()), MediaType.APPLICATION_PDF).body(render(document));
    }

    private byte[] draw(CreditNoteDocument document) {
        return renderer.render(TEMPLATE, Map.of("doc", document));
    }

    static String filename(CreditNote note) {
        return "Credit-note-" + note.number().replaceAll("[^A-Za-z0-9._-]", "-") + ".pdf";
    }
}
