package com.invoice24.invoicing;

import com.invoice24.shared.PdfRenderer;
import com.invoice24.shared.SentDocuments;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The invoice as a PDF, from the same template as the invoice page. A draft is drawn from
 * today's data; a sent invoice is the PDF kept when it went out, so it never changes afterwards.
 */
@Component
class InvoicePdf {

    private final PdfRenderer renderer;
    private final SentDocuments sent;

    InvoicePdf(PdfRenderer renderer, SentDocuments sent) {
        this.renderer = renderer;
        this.sent = sent;
    }

    /**
     * The PDF a member downloads: the one the client received once the invoice is sent. Invoices sent
     * before PDFs were kept got theirs from the email log (migration V18); one with none is drawn as
     * it stands rather than not at all.
     */
    byte[] render(InvoiceDocument document) {
        Invoice invoice = document.invoice();
        if (invoice.isDraft()) {
            return draw(document);
        }
        return sent.find(SentDocuments.Kind.INVOICE, invoice.workspaceId().value(), invoice.id().value())
                .orElseGet(() -> draw(document));
    }

    /** Draws the invoice being sent and keeps that PDF, in the sending transaction. */
    byte[] keepAsSent(InvoiceDocument document) {
        Invoice invoice = document.invoice();
        return sent.keep(SentDocuments.Kind.INVOICE, invoice.workspaceId().value(), invoice.id().value(),
                draw(document));
    }

    private byte[] draw(InvoiceDocument document) {
        return renderer.render("invoicing/document", Map.of("doc", document));
    }

    static String filename(Invoice invoice) {
        return "Invoice-" + invoice.label().replaceAll("[^A-Za-z0-9._-]", "-") + ".pdf";
    }
}
