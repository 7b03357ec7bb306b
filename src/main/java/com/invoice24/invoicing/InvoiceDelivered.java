package com.invoice24.invoicing;

import com.invoice24.clients.ClientId;
import com.invoice24.clients.DeliveryMethod;
import com.invoice24.workspace.WorkspaceId;
import java.time.Instant;

/**
 * A sent invoice reached the client by a way of its own, not the invoice email: uploaded to the client's AP
 * portal, with the reference the portal gave it.
 */
public record InvoiceDelivered(WorkspaceId workspace, InvoiceId invoice, ClientId client, String number,
                               DeliveryMethod method, String reference, Instant at) {
}
