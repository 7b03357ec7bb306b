package com.invoice24.invoicing;

import com.invoice24.clients.ClientId;
import com.invoice24.shared.Money;
import com.invoice24.workspace.WorkspaceId;
import java.time.Instant;

/**
 * The invoice's remaining balance was written off as uncollectible.
 */
public record InvoiceWrittenOff(
        WorkspaceId workspace, InvoiceId invoice, ClientId client, String number, Money amount, String reason,
        Instant at) {
}
