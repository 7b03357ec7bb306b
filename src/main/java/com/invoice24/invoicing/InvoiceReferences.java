package com.invoice24.invoicing;

import org.jspecify.annotations.Nullable;

/** What AP matches an invoice against: their PO, the project, a reference of their own, and the notes. */
public record InvoiceReferences(@Nullable String poNumber, @Nullable String projectCode, @Nullable String reference,
                                @Nullable String notes) {

    static InvoiceReferences none() {
        return new InvoiceReferences(null, null, null, null);
    }
}
