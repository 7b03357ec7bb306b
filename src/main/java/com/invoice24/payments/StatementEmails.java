package com.invoice24.payments;

import com.invoice24.clients.BillingProfile;
import com.invoice24.delivery.EmailAttachment;
import com.invoice24.delivery.EmailKind;
import com.invoice24.delivery.OutgoingEmail;
import com.invoice24.invoicing.Invoice;
import com.invoice24.workspace.WorkspaceId;
import com.invoice24.workspace.WorkspaceSettings;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The email that carries a statement of account to the client's billing address, with its PDF. */
final class StatementEmails {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private StatementEmails() {
    }

    static OutgoingEmail emailOf(WorkspaceId workspace, ClientStatement statement, byte[] pdf, String link) {
        BillingProfile client = statement.client();
        return new OutgoingEmail(workspace, EmailKind.STATEMENT, null, null, String.valueOf(client.billingEmail()),
                client.ccEmails(), subject(statement), body(statement, link),
                List.of(new EmailAttachment(filename(statement), "application/pdf", pdf)));
    }

    /** "Statement of account from Acme LLC — as of Mar 31, 2026 — $2,400.00 due". */
    static String subject(ClientStatement statement) {
        return "Statement of account from " + statement.provider().invoiceName() + " — as of "
                + DAY.format(statement.asOf()) + " — $" + statement.balanceDue().formatted() + " due";
    }

    static String filename(ClientStatement statement) {
        return "Statement-" + statement.client().name().replaceAll("[^A-Za-z0-9]+", "-") + "-" + statement.asOf()
                + ".pdf";
    }

    private static String body(ClientStatement statement, String link) {
        BillingProfile client = statement.client();
        WorkspaceSettings provider = statement.provider();
        String greeting = client.billingContact().name() != null ? client.billingContact().name() : client.name();
        StringBuilder body = new StringBuilder()
                .append("Hello ").append(greeting).append(",\n\n")
                .append("Please find attached your statement of account as of ").append(DAY.format(statement.asOf()))
                .append(". The balance due is $").append(statement.balanceDue().formatted()).append(".\n");
        if (!statement.openInvoices().isEmpty()) {
            body.append("\nOpen invoices\n");
            for (Invoice invoice : statement.openInvoices()) {
                body.append(invoice.number()).append(": $").append(invoice.balanceDue().formatted())
                        .append(" due ").append(DAY.format(invoice.dueDate())).append('\n');
            }
        }
        if (statement.creditBalance().isPositive()) {
            body.append("\nYou have a credit of $").append(statement.creditBalance().formatted())
                    .append(" on account.\n");
        }
        body.append("\nSee your statement online, open each invoice and download this PDF again:\n")
                .append(link).append('\n');
        body.append("\nQuestions about this statement? Reply to this email");
        if (provider.email() != null) {
            body.append(" or write to ").append(provider.email());
        }
        return body.append(".\n\nThank you,\n").append(provider.invoiceName()).append('\n').toString();
    }
}
