package com.invoice24.shared;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * When an invoice falls due: Net N days after the issue date (Net 0 is due on receipt), or
 * N days after the end of the issue date's month.
 */
public record PaymentTerms(Basis basis, int days) {

    public enum Basis {
        NET,
        END_OF_MONTH
    }

    public static final int MAX_DAYS = 365;

    public PaymentTerms {
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException("Payment terms must be 0 to " + MAX_DAYS + " days, not " + days);
        }
    }

    public static PaymentTerms net(int days) {
        return new PaymentTerms(Basis.NET, days);
    }

    public static PaymentTerms endOfMonthPlus(int days) {
        return new PaymentTerms(Basis.END_OF_MONTH, days);
    }

    public boolean dueOnReceipt() {
        return basis == Basis.NET && days == 0;
    }

    /** The due date before any rolling to a business day. */
    public LocalDate dueDateFor(LocalDate issueDate) {
        return switch (basis) {
            case NET -> issueDate.plusDays(days);
            case END_OF_MONTH -> issueDate.with(TemporalAdjusters.lastDayOfMonth()).plusDays(days);
        };
    }

    /** How AP reads it on an invoice: "Net 30", "Due on receipt", "End of month + 15". */
    public String label() {
        if (dueOnReceipt()) {
            return "Due on receipt";
        }
        return switch (basis) {
            case NET -> "Net " + days;
            case END_OF_MONTH -> days == 0 ? "End of month" : "End of month + " + days;
        };
    }
}
