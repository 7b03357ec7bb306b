package com.invoice24.invoicing;

/** Where an invoice is in its life; what clients and AP see is the derived {@link InvoiceStatus}. */
public enum InvoiceState {
    DRAFT,
    SENT,
    VOID,
    WRITTEN_OFF
}
