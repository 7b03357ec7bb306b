package com.invoice24.clients;

/** How the client wants invoices: by email, uploaded to their AP portal, or by mail. */
public enum DeliveryMethod {
    EMAIL("By email"),
    PORTAL_UPLOAD("Upload to their AP portal"),
    MAIL("By mail");

    private final String label;

    DeliveryMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
