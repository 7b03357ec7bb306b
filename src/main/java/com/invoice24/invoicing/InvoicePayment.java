package com.invoice24.invoicing;

import com.invoice24.shared.Money;

/** Money to put on one of a client's locked invoices, and how the invoice's timeline tells of it. */
public record InvoicePayment(Invoice invoice, Money amount, String detail) {
}
