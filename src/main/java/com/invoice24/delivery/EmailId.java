package com.invoice24.delivery;

import java.util.UUID;

public record EmailId(UUID value) {

    public static EmailId random() {
        return new EmailId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
