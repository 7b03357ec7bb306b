package com.invoice24.collections;

import com.invoice24.clients.ClientId;
import com.invoice24.invoicing.InvoiceId;
import com.invoice24.workspace.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The client promised to pay the invoice by a date, told to a member or typed in the portal ({@code byClient});
 * reminders wait until a little after it. {@code promisedBy} is the member who recorded it or the clerk's name.
 */
public record PaymentPromised(WorkspaceId workspace, InvoiceId invoice, ClientId client, String number,
                              LocalDate promisedDate, String promisedBy, boolean byClient, Instant at) {
}
