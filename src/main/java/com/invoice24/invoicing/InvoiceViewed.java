package com.invoice24.invoicing;

import com.invoice24.clients.ClientId;
import com.invoice24.workspace.WorkspaceId;
import java.time.Instant;

/**
 * The client opened the invoice for the first time (not the provider's own preview).
 */
public record InvoiceViewed(WorkspaceId workspace, InvoiceId invoice, ClientId client, String number, Instant at) {
}
