package com.invoice24.invoicing;

import java.util.UUID;

public record InvoiceId(UUID value) {

    public static InvoiceId random() {
        return new InvoiceId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
