package com.invoice24.clients;

public enum PaymentMethod {
    ACH("ACH"),
    WIRE("Wire"),
    CHECK("Check"),
    CARD("Card");

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
