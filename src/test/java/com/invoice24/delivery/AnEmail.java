package com.invoice24.delivery;

import com.invoice24.workspace.WorkspaceId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Builds the emails tests queue: an invoice email to a fresh address unless told otherwise. */
final class AnEmail {

    private final WorkspaceId workspace;
    private EmailKind kind = EmailKind.INVOICE;
    private @Nullable UUID invoiceId = UUID.randomUUID();
    private @Nullable String reminderStep;
    private String to = "ap-" + UUID.randomUUID() + "@globex.example";
    private List<String> cc = List.of();
    private String subject = "Invoice INV-2026-0042 from Acme Consulting LLC — PO 4500123 — due Mar 15, 2026";
    private String body = "Hello,\n\nplease find attached invoice INV-2026-0042 for $4,250.00.\n\nThank you!";
    private final List<EmailAttachment> attachments = new ArrayList<>();

    private AnEmail(UUID workspace) {
        this.workspace = new WorkspaceId(workspace);
    }

    static AnEmail anInvoiceEmail(UUID workspace) {
        return new AnEmail(workspace);
    }

    AnEmail forInvoice(@Nullable UUID invoice) {
        this.invoiceId = invoice;
        return this;
    }

    AnEmail reminder(UUID invoice, String step) {
        this.kind = EmailKind.REMINDER;
        this.invoiceId = invoice;
        this.reminderStep = step;
        return this;
    }

    AnEmail to(String address) {
        this.to = address;
        return this;
    }

    AnEmail cc(String... addresses) {
        this.cc = List.of(addresses);
        return this;
    }

    AnEmail subject(String subject) {
        this.subject = subject;
        return this;
    }

    AnEmail body(String body) {
        this.body = body;
        return this;
    }

    AnEmail attaching(String filename, String contentType, byte[] content) {
        attachments.add(new EmailAttachment(filename, contentType, content));
        return this;
    }

    OutgoingEmail build() {
        return new OutgoingEmail(workspace, kind, invoiceId, reminderStep, to, cc, subject, body, attachments);
    }
}
