package com.invoice24.payments;

import com.invoice24.clients.ClientId;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.shared.Money;
import com.invoice24.workspace.WorkspaceId;
import java.time.Instant;
import java.util.List;

/**
 * A payment was recorded and applied to the listed invoices (any rest is kept as the client's credit).
 */
public record PaymentRecorded(
        WorkspaceId workspace, PaymentId payment, ClientId client, Money amount, List<InvoiceId> invoices,
        Instant at) {
}
