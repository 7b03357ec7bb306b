package com.invoice24.payments;

import com.invoice24.invoicing.InvoiceId;
import com.invoice24.shared.Money;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/** The part of a payment that went to one invoice. */
public record Allocation(InvoiceId invoiceId, @Nullable String invoiceNumber, Money amount) {

    /** The order a payment lists what it paid in: by invoice number. */
    static final Comparator<Allocation> IN_NUMBER_ORDER = Comparator.comparing(Allocation::invoiceNumber,
            Comparator.nullsLast(Comparator.naturalOrder()));

    Allocation numbered(@Nullable String number) {
        return new Allocation(invoiceId, number, amount);
    }
}
