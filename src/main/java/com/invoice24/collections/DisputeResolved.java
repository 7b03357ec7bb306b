package com.invoice24.collections;

import com.invoice24.clients.ClientId;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.workspace.WorkspaceId;
import java.time.Instant;

/**
 * The invoice's dispute was resolved; reminders resume.
 */
public record DisputeResolved(
        WorkspaceId workspace, InvoiceId invoice, ClientId client, String resolution, Instant at) {
}
