package com.invoice24.workspace;

/** What invoices tell AP about the provider's W-9, which most AP teams need before the first payment. */
public enum W9Offer {
    /** Nothing about the W-9 on invoices. */
    NONE,
    /** Invoices say "W-9 available on request". */
    ON_REQUEST,
    /** The W-9 uploaded in settings goes with every invoice email, and invoices say so. */
    ATTACHED
}
