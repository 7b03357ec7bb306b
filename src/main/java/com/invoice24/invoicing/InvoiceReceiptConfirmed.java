package com.invoice24.invoicing;

import com.invoice24.clients.ClientId;
import com.invoice24.workspace.WorkspaceId;
import java.time.Instant;

/** The client's AP confirmed, in the portal, that the invoice is received and in their approval queue. */
public record InvoiceReceiptConfirmed(WorkspaceId workspace, InvoiceId invoice, ClientId client, String number,
                                      String confirmedBy, Instant at) {
}
