package com.invoice24.payments;

import com.invoice24.clients.ClientId;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.shared.Money;
import com.invoice24.workspace.WorkspaceId;
import java.time.Instant;
import java.util.List;

/**
 * A recorded payment was reversed (bounced, entered by mistake); the listed invoices are owed again.
 */
public record PaymentReversed(
        WorkspaceId workspace, PaymentId payment, ClientId client, Money amount, List<InvoiceId> invoices,
        Instant at) {
}
