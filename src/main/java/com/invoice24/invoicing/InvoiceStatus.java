package com.invoice24.invoicing;

import java.time.LocalDate;

/**
 * The status shown for an invoice (docs/api.md), by precedence: VOID, WRITTEN_OFF, PAID, DISPUTED,
 * OVERDUE (balance due and due date before today), PARTIALLY_PAID, VIEWED, SENT, DRAFT.
 */
public enum InvoiceStatus {
    DRAFT,
    SENT,
    VIEWED,
    PARTIALLY_PAID,
    PAID,
    OVERDUE,
    DISPUTED,
    VOID,
    WRITTEN_OFF;

    static InvoiceStatus of(Invoice invoice, LocalDate today) {
        return switch (invoice.state()) {
            case DRAFT -> DRAFT;
            case VOID -> VOID;
            case WRITTEN_OFF -> WRITTEN_OFF;
            case SENT -> ofSent(invoice, today);
        };
    }

    private static InvoiceStatus ofSent(Invoice invoice, LocalDate today) {
        if (!invoice.balanceDue().isPositive()) {
            return PAID;
        }
        if (invoice.disputed()) {
            return DISPUTED;
        }
        if (invoice.dueDate() != null && invoice.dueDate().isBefore(today)) {
            return OVERDUE;
        }
        if (invoice.amountPaid().isPositive()) {
            return PARTIALLY_PAID;
        }
        return invoice.viewedAt() != null ? VIEWED : SENT;
    }
}
