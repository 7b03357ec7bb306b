package com.invoice24.reporting;

import java.util.Arrays;
import java.util.Optional;

/** The files an accountant can download, by the name they have in the URL. */
enum Export {
    INVOICES("invoices", "Invoices"),
    PAYMENTS("payments", "Payments"),
    CREDIT_NOTES("credit-notes", "Credit notes"),
    AR_LEDGER("ar-ledger", "AR ledger by client"),
    JOURNAL("journal", "Journal (double entry)");

    private final String slug;
    private final String title;

    Export(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    static Optional<Export> bySlug(String slug) {
        return Arrays.stream(values()).filter(export -> export.slug.equals(slug)).findFirst();
    }
}
