package com.invoice24.invoicing;

import com.invoice24.delivery.EmailAttachment;
import com.invoice24.shared.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What the client may take away of an invoice that reached them: the PDF exactly as it was sent, and the files
 * attached to it. A draft has no copies: the client has never received it.
 */
@Component
public class InvoiceCopies {

    private final InvoiceDocuments documents;
    private final InvoicePdf pdf;
    private final InvoiceAttachments attachments;

    InvoiceCopies(InvoiceDocuments documents, InvoicePdf pdf, InvoiceAttachments attachments) {
        this.documents = documents;
        this.pdf = pdf;
        this.attachments = attachments;
    }

    /** The file name AP saves the invoice under. */
    public String filename(Invoice invoice) {
        return InvoicePdf.filename(invoice);
    }

    public byte[] pdfAsSent(Invoice invoice) {
        return pdf.render(documents.of(sent(invoice)));
    }

    public List<AttachmentInfo> attachments(Invoice invoice) {
        return attachments.of(sent(invoice));
    }

    public EmailAttachment attachment(Invoice invoice, UUID id) {
        return attachments.file(sent(invoice), id).orElseThrow(() -> new NotFoundException("Attachment"));
    }

    private static Invoice sent(Invoice invoice) {
        if (invoice.isDraft()) {
            throw new NotFoundException("Invoice");
        }
        return invoice;
    }
}
