package com.invoice24.payments;

import com.invoice24.clients.ClientId;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.shared.Money;
import com.invoice24.workspace.WorkspaceId;
import java.time.Instant;
import java.util.List;

/**
 * Some of a client's credit (money kept from earlier payments) was used on the listed invoices.
 */
public record ClientCreditApplied(
        WorkspaceId workspace, ClientId client, List<InvoiceId> invoices, Money amount, Instant at) {
}
