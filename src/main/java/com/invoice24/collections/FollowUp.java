package com.invoice24.collections;

import com.invoice24.clients.ClientId;
import com.invoice24.invoicing.InvoiceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something a member has to do about a sent invoice for it to reach the client's AP and get approved. Shown on the
 * home page from {@code dueOn} while open, and on the invoice's page always.
 *
 * @param link where the work is done, when it is done elsewhere (the client's AP portal)
 * @param reference what the client's side calls the invoice, for an upload to its portal
 */
public record FollowUp(UUID id, Kind kind, InvoiceId invoiceId, String invoiceNumber, ClientId clientId, String title,
                       @Nullable String detail, @Nullable String link, LocalDate dueOn, Status status,
                       @Nullable String reference, @Nullable String note, @Nullable Instant doneAt,
                       @Nullable String doneBy) {

    public enum Kind {
        /** The client takes invoices only through its own AP portal: someone uploads it there. */
        UPLOAD_TO_CLIENT_PORTAL,
        /** A new client's first invoice, or a large one: make sure AP has it before it is late. */
        CONFIRM_RECEIPT,
        /** The client's AP said in the portal what it needs before it can approve the invoice. */
        APPROVAL_INFO
    }

    public enum Status { OPEN, DONE }

    public boolean open() {
        return status == Status.OPEN;
    }

    /** Completing it takes the reference the client's portal gave the upload. */
    public boolean needsReference() {
        return kind == Kind.UPLOAD_TO_CLIENT_PORTAL;
    }
}
