package com.invoice24.catalog;

import java.util.UUID;

public record TemplateId(UUID value) {

    public static TemplateId random() {
        return new TemplateId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
