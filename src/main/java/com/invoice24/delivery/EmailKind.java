package com.invoice24.delivery;

/** What an email is about, as the email log labels it. */
public enum EmailKind {
    INVOICE("Invoice"), CREDIT_NOTE("Credit note"), STATEMENT("Statement"), REMINDER("Reminder"),
    RECEIPT("Receipt"), QUOTE("Quote"), DIGEST("Digest"),
    PAYMENT_INSTRUCTIONS("Payment instructions");

    private final String label;

    EmailKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
