package com.invoice24.clients;

import com.invoice24.shared.Money;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A client's purchase order: the budget its invoices are approved against. */
public record PurchaseOrder(UUID id, ClientId clientId, String number, Money amount, @Nullable LocalDate validFrom,
                            @Nullable LocalDate validTo, @Nullable String notes) {

    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
