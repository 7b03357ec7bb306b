package com.invoice24.payments;

import com.invoice24.clients.BillingProfile;
import com.invoice24.delivery.EmailAttachment;
import com.invoice24.delivery.EmailKind;
import com.invoice24.delivery.OutgoingEmail;
import com.invoice24.workspace.WorkspaceSettings;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The email that carries a credit note to the client's billing address, filed with the invoice it
 * credits so AP sees both together. A client without a billing email gets none.
 */
final class CreditNoteEmails {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private CreditNoteEmails() {
    }

    /** The email carrying the note's PDF as it was kept at issue. */
    static Optional<OutgoingEmail> emailOf(CreditNoteDocument document, byte[] pdf) {
        BillingProfile client = document.client();
        if (client.billingEmail() == null) {
            return Optional.empty();
        }
        CreditNote note = document.note();
        return Optional.of(new OutgoingEmail(note.workspaceId(), EmailKind.CREDIT_NOTE, note.invoiceId().value(), null,
                client.billingEmail(), client.ccEmails(), subject(note, document.provider()), body(document),
                List.of(new EmailAttachment(CreditNotePdf.filename(note), "application/pdf",
                        pdf))));
    }

    /** "Credit note CN-2026-0001 from Acme LLC — for invoice INV-2026-0042 — $250.00". */
    static String subject(CreditNote note, WorkspaceSettings provider) {
        return "Credit note " + note.number() + " from " + provider.invoiceName() + " — for invoice "
                + note.invoiceNumber() + " — $" + note.amount().formatted();
    }

    private static String body(CreditNoteDocument document) {
        CreditNote note = document.note();
        BillingProfile client = document.client();
        WorkspaceSettings provider = document.provider();
        String greeting = client.billingContact().name() != null ? client.billingContact().name() : client.name();
        StringBuilder body = new StringBuilder()
                .append("Hello ").append(greeting).append(",\n\n")
                .append("Please find attached credit note ").append(note.number()).append(" for $")
                .append(note.amount().formatted()).append(", which reduces invoice ").append(note.invoiceNumber())
                .append(document.invoice().issueDate() != null
                        ? " of " + DAY.format(document.invoice().issueDate()) : "")
                .append(".\n\n")
                .append("Reason: ").append(note.reason()).append("\n\n");
        if (note.balanceDueAfter().isPositive()) {
            body.append("The balance due on ").append(note.invoiceNumber()).append(" is now $")
                    .append(note.balanceDueAfter().formatted())
                    .append(document.invoice().dueDate() != null
                            ? ", due " + DAY.format(document.invoice().dueDate()) : "")
                    .append(".\n");
        } else {
            body.append("Nothing more is due on ").append(note.invoiceNumber()).append(".\n");
        }
        body.append("\nQuestions about this credit note? Reply to this email");
        if (provider.email() != null) {
            body.append(" or write to ").append(provider.email());
        }
        if (provider.phone() != null) {
            body.append(" or call ").append(provider.phone());
        }
        return body.append(".\n\nThank you,\n").append(provider.invoiceName()).append('\n').toString();
    }
}
