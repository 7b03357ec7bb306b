package com.invoice24.payments;

import com.invoice24.invoicing.InvoiceId;
import com.invoice24.shared.Money;
import org.jspecify.annotations.Nullable;

/** The part of a payment that went to one invoice. */
public record Allocation(InvoiceId invoiceId, @Nullable String invoiceNumber, Money amount) {

    Allocation numbered(@Nullable String number) {
        return new Allocation(invoiceId, number, amount);
    }
}
