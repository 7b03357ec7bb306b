package com.invoice24.invoicing;

import com.invoice24.clients.BillingProfile;
import com.invoice24.delivery.EmailAttachment;
import com.invoice24.delivery.EmailKind;
import com.invoice24.delivery.OutgoingEmail;
import com.invoice24.workspace.PaymentInstructions;
import com.invoice24.workspace.W9Forms;
import com.invoice24.workspace.W9Offer;
import com.invoice24.workspace.WorkspaceSettings;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The email that carries an invoice: the subject AP filters on, the essentials, the PDF. */
@Component
class InvoiceEmails {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private final InvoiceDocuments documents;
    private final InvoicePdf pdf;
    private final W9Forms w9Forms;
    private final PortalAddresses portal;

    InvoiceEmails(InvoiceDocuments documents, InvoicePdf pdf, W9Forms w9Forms, PortalAddresses portal) {
        this.documents = documents;
        this.pdf = pdf;
        this.w9Forms = w9Forms;
        this.portal = portal;
    }

    /**
     * The email of an invoice being sent. Its PDF is drawn once and kept as sent (in the sending
     * transaction), so the attachment and every later download are the same bytes.
     */
    OutgoingEmail invoiceEmailKeepingItsPdf(Invoice invoice, BillingProfile client, WorkspaceSettings provider) {
        InvoiceDocument document = documents.of(invoice);
        List<EmailAttachment> attachments = new ArrayList<>();
        attachments.add(new EmailAttachment(InvoicePdf.filename(invoice), "application/pdf",
                pdf.keepAsSent(document)));
        attachments.addAll(documents.attachmentFiles(invoice));
        if (provider.w9Offer() == W9Offer.ATTACHED) {
            w9Forms.w9Of(invoice.workspaceId()).ifPresent(w9 ->
                    attachments.add(new EmailAttachment(W9Forms.FILENAME, "application/pdf", w9)));
        }
        return new OutgoingEmail(invoice.workspaceId(), EmailKind.INVOICE, invoice.id().value(), null,
                String.valueOf(client.billingEmail()), client.ccEmails(), subject(invoice, provider),
                body(invoice, client, provider, portal.invoiceLink(invoice)), attachments);
    }

    /** "Invoice INV-2026-0042 from Acme LLC — PO 4500123 — due Mar 15, 2026" (the PO part only when there is one). */
    static String subject(Invoice invoice, WorkspaceSettings provider) {
        return "Invoice " + invoice.number() + " from " + provider.invoiceName()
                + (invoice.poNumber() != null ? " — PO " + invoice.poNumber() : "")
                + " — due " + DAY.format(invoice.dueDate());
    }

    private static String body(Invoice invoice, BillingProfile client, WorkspaceSettings provider, String link) {
        String greeting = client.billingContact().name() != null ? client.billingContact().name() : client.name();
        StringBuilder body = new StringBuilder()
                .append("Hello ").append(greeting).append(",\n\n")
                .append("Please find attached invoice ").append(invoice.number()).append(" for $")
                .append(invoice.total().formatted()).append(", due ").append(DAY.format(invoice.dueDate()))
                .append(" (").append(invoice.terms().label()).append(").\n\n");
        line(body, "PO number", invoice.poNumber());
        line(body, "Service period", invoice.servicePeriod().isEmpty() ? null : invoice.servicePeriod().label());
        line(body, "Project", invoice.projectCode());
        line(body, "Reference", invoice.reference());
        line(body, "Our vendor number", client.vendorNumber());
        body.append("\nView it online, confirm you received it, or tell us what you need to approve it:\n")
                .append(link).append('\n');
        body.append("\nHow to pay\n");
        PaymentInstructions pay = provider.paymentInstructions();
        line(body, "ACH", pay.ach());
        line(body, "Wire", pay.wire());
        line(body, "Check", pay.check());
        line(body, "Card", pay.cardUrl());
        if (pay.methods().isEmpty()) {
            body.append("Reply to this email for our payment details.\n");
        }
        if (provider.w9Offer() == W9Offer.ATTACHED) {
            body.append("\nOur W-9 is attached.\n");
        } else if (provider.w9Offer() == W9Offer.ON_REQUEST) {
            body.append("\nOur W-9 is available on request.\n");
        }
        body.append("\nIs there anything you need from us to get this approved? Reply to this email");
        if (provider.email() != null) {
            body.append(" or write to ").append(provider.email());
        }
        if (provider.phone() != null) {
            body.append(" or call ").append(provider.phone());
        }
        return body.append(".\n\nThank you,\n").append(provider.invoiceName()).append('\n').toString();
    }

    private static void line(StringBuilder body, String label, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            body.append(label).append(": ").append(value).append('\n');
        }
    }
}
