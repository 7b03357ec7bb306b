package com.invoice24.invoicing;

import com.invoice24.clients.ClientId;
import com.invoice24.shared.Money;
import com.invoice24.workspace.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The invoice passed its due date (in the workspace's time zone) with money still due; published once per
 * invoice.
 */
public record InvoiceOverdue(
        WorkspaceId workspace, InvoiceId invoice, ClientId client, String number, LocalDate dueDate,
        Money balanceDue, Instant at) {
}
