package com.invoice24.payments;

import com.invoice24.clients.ClientId;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.shared.Money;
import com.invoice24.workspace.WorkspaceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A credit note was issued to the client, against an invoice or as credit on account.
 */
public record CreditNoteIssued(
        WorkspaceId workspace, CreditNoteId creditNote, ClientId client, String number, @Nullable InvoiceId invoice,
        Money amount, Instant at) {
}
