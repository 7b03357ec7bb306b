package com.invoice24.invoicing;

import com.invoice24.clients.ClientId;
import com.invoice24.workspace.WorkspaceId;
import java.time.Instant;

/** The client's AP said, in the portal, what it needs before it can approve the invoice. */
public record ApprovalInfoRequested(WorkspaceId workspace, InvoiceId invoice, ClientId client, String number,
                                    ApprovalNeed need, String message, String requestedBy, Instant at) {
}
