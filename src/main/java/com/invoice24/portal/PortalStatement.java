package com.invoice24.portal;

import com.invoice24.invoicing.Invoice;
import com.invoice24.shared.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * A client's statement as the portal shows it: the open invoices, the one due longest ago first, what is owed in
 * all and how late, and the credit the client holds.
 */
record PortalStatement(LocalDate asOf, List<Row> rows, Money totalDue, StatementAging aging, Money credit) {

    /** One open invoice and how it stands today. */
    record Row(Invoice invoice, long daysOverdue) {

        public boolean late() {
            return daysOverdue > 0;
        }

        /** "Disputed, 12 days overdue", "Partially paid, due in 5 days", "Due today". */
        public String standing() {
            StringBuilder standing = new StringBuilder();
            if (invoice.disputed()) {
                standing.append("disputed, ");
            } else if (invoice.amountPaid().isPositive()) {
                standing.append("partially paid, ");
            }
            if (daysOverdue > 0) {
                standing.append(days(daysOverdue)).append(" overdue");
            } else if (daysOverdue == 0) {
                standing.append("due today");
            } else {
                standing.append("due in ").append(days(-daysOverdue));
            }
            return Character.toUpperCase(standing.charAt(0)) + standing.substring(1);
        }

        private static String days(long days) {
            return days == 1 ? "1 day" : days + " days";
        }
    }

    static PortalStatement of(List<Invoice> open, LocalDate today, Money credit) {
        List<Row> rows = open.stream()
                .filter(invoice -> invoice.balanceDue().isPositive())
                .sorted(Comparator.comparing(Invoice::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Invoice::issueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Invoice::label))
                .map(invoice -> new Row(invoice, invoice.dueDate() == null ? 0
                        : ChronoUnit.DAYS.between(invoice.dueDate(), today)))
                .toList();
        StatementAging aging = StatementAging.of(rows.stream()
                .map(row -> new StatementAging.Owed(row.daysOverdue(), row.invoice().balanceDue())).toList());
        return new PortalStatement(today, rows, aging.total(), aging, credit);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** What is past due today, of the total. */
    public Money overdue() {
        return rows.stream().filter(Row::late).map(row -> row.invoice().balanceDue()).reduce(Money.zero(), Money::plus);
    }
}
