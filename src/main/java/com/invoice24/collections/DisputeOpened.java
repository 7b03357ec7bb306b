package com.invoice24.collections;

import com.invoice24.clients.ClientId;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.workspace.WorkspaceId;
import java.time.Instant;

/**
 * The client disputed the invoice; its reminders pause until the dispute is resolved.
 */
public record DisputeOpened(WorkspaceId workspace, InvoiceId invoice, ClientId client, String reason, Instant at) {
}
