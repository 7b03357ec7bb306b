package com.invoice24.clients;

import java.util.UUID;

public record ClientId(UUID value) {

    public static ClientId random() {
        return new ClientId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
