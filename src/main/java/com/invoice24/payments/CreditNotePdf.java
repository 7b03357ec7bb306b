package com.invoice24.payments;

import com.invoice24.clients.Clients;
import com.invoice24.invoicing.Invoice;
import com.invoice24.shared.NotFoundException;
import com.invoice24.shared.PdfRenderer;
import com.invoice24.workspace.WorkspaceLogos;
import com.invoice24.workspace.WorkspaceSettingsService;
import java.util.Base64;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The credit note as a document and a PDF, from the same template as its page, styled like the invoice. */
@Component
class CreditNotePdf {

    static final String TEMPLATE = "payments/credit-note";

    private final PdfRenderer renderer;
    private final Clients clients;
    private final WorkspaceSettingsService workspaces;
    private final WorkspaceLogos logos;

    CreditNotePdf(PdfRenderer renderer, Clients clients, WorkspaceSettingsService workspaces, WorkspaceLogos logos) {
        this.renderer = renderer;
        this.clients = clients;
        this.workspaces = workspaces;
        this.logos = logos;
    }

    CreditNoteDocument document(CreditNote note, Invoice invoice) {
        return new CreditNoteDocument(note, invoice,
                clients.find(note.workspaceId(), note.clientId())
                        .orElseThrow(() -> new NotFoundException("Client " + note.clientId())).profile(),
                workspaces.settingsOf(note.workspaceId()),
                logos.logoOf(note.workspaceId())
                        .map(logo -> "data:" + logo.contentType() + ";base64,"
                                + Base64.getEncoder().encodeToString(logo.bytes()))
                        .orElse(null));
    }

    byte[] render(CreditNoteDocument document) {
        return renderer.render(TEMPLATE, Map.of("doc", document));
    }

    /** The PDF as a download that opens in the browser, named after the note. */
    ResponseEntity<byte[]> download(CreditNoteDocument document) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(filename(document.note())).build().toString())
                .body(render(document));
    }

    static String filename(CreditNote note) {
        return "Credit-note-" + note.number().replaceAll("[^A-Za-z0-9._-]", "-") + ".pdf";
    }
}
