package com.invoice24.invoicing;

import com.invoice24.shared.PdfRenderer;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The invoice as a PDF (F-3.7), from the same template as the invoice page. */
@Component
class InvoicePdf {

    private final PdfRenderer renderer;

    InvoicePdf(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    byte[] render(InvoiceDocument document) {
        return renderer.render("invoicing/document", Map.of("doc", document));
    }

    static String filename(Invoice invoice) {
        return "Invoice-" + invoice.label().replaceAll("[^A-Za-z0-9._-]", "-") + ".pdf";
    }
}
