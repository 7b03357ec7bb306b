package com.invoice24.payments;

import java.util.UUID;

public record PaymentId(UUID value) {

    public static PaymentId random() {
        return new PaymentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
