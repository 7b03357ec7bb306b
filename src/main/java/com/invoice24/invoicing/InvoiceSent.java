package com.invoice24.invoicing;

import com.invoice24.clients.ClientId;
import com.invoice24.shared.Money;
import com.invoice24.workspace.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An invoice was finalized and sent: it is numbered, dated and owed from now on.
 */
public record InvoiceSent(
        WorkspaceId workspace, InvoiceId invoice, ClientId client, String number, Money total, LocalDate dueDate,
        Instant at) {
}
