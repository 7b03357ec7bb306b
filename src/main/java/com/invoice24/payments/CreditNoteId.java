package com.invoice24.payments;

import java.util.UUID;

public record CreditNoteId(UUID value) {

    public static CreditNoteId random() {
        return new CreditNoteId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
