package com.invoice24.invoicing;

import com.invoice24.clients.ClientId;
import com.invoice24.workspace.WorkspaceId;
import java.time.Instant;

/**
 * The invoice was voided with a reason; it is owed no longer and its number is never reused.
 */
public record InvoiceVoided(
        WorkspaceId workspace, InvoiceId invoice, ClientId client, String number, String reason, Instant at) {
}
