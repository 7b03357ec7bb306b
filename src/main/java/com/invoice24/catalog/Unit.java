package com.invoice24.catalog;

/** What one unit of a service item is, as the quantity on an invoice line counts it. */
public enum Unit {
    HOUR("Hour"),
    DAY("Day"),
    MONTH("Month"),
    EACH("Each"),
    /** The whole deliverable at one price: the quantity is normally 1. */
    FIXED("Fixed");

    private final String label;

    Unit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
