package com.invoice24.invoicing;

import com.invoice24.clients.ClientId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The invoice list's filters: status, client, issue dates, and past due. */
public record InvoiceFilter(@Nullable InvoiceStatus status, @Nullable ClientId clientId, @Nullable LocalDate from,
                            @Nullable LocalDate to, boolean overdue) {
}
