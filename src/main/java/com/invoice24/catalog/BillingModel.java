package com.invoice24.catalog;

/** How an engagement is billed; each has its own invoice template. */
public enum BillingModel {
    RETAINER("Retainer", "Billed monthly in advance for capacity or a block of hours"),
    MILESTONE("Milestone", "Fixed chunks billed when a delivery point is accepted"),
    HOURLY("Hourly", "Hours worked plus expenses"),
    FIXED_FEE("Fixed fee", "A set amount for a defined deliverable"),
    RECURRING("Recurring", "The same monthly service, invoiced on the same day each month");

    private final String label;
    private final String description;

    BillingModel(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
