package com.invoice24.invoicing;

import com.invoice24.clients.ClientId;
import com.invoice24.shared.Money;
import com.invoice24.workspace.WorkspaceId;
import java.time.Instant;

/**
 * A payment or credit was applied to the invoice and part of it is still due.
 */
public record InvoicePartiallyPaid(
        WorkspaceId workspace, InvoiceId invoice, ClientId client, String number, Money applied, Money balanceDue,
        Instant at) {
}
