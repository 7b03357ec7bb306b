package com.invoice24.invoicing;

import com.invoice24.clients.ClientId;
import com.invoice24.workspace.WorkspaceId;
import java.time.Instant;

/**
 * The invoice's balance reached zero through payments and credits.
 */
public record InvoicePaid(WorkspaceId workspace, InvoiceId invoice, ClientId client, String number, Instant at) {
}
