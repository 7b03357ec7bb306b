package com.invoice24.invoicing;

import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.InvalidRequestException;
import com.invoice24.shared.PaymentTerms;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * When an invoice is dated and due: the issue date, the terms and the due date they give (unless it was
 * set by hand), and the period the work was done in.
 *
 * <p>It also knows the years an invoice can be dated in. A typo such as year 0 or 9999 would number the
 * invoice {@code INV-0-0001}, overflow its due-date arithmetic and sit in aging for ever, so it is refused
 * where it is typed and again where the invoice is finalized.
 */
public record InvoiceDates(@Nullable LocalDate issueDate, @Nullable LocalDate dueDate, PaymentTerms terms,
                           boolean dueDateFixed, ServicePeriod servicePeriod) {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    /** Dated as sent: the terms, the fixed flag and the service period stay. */
    InvoiceDates issued(LocalDate issuedOn, LocalDate dueOn) {
        return new InvoiceDates(issuedOn, dueOn, terms, dueDateFixed, servicePeriod);
    }

    static boolean plausible(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    static void requirePlausible(@Nullable LocalDate date, String field) {
        if (date != null && !plausible(date)) {
            throw new InvalidRequestException("The " + words(field) + " " + date + " is not a date an invoice can have.",
                    List.of(problem(field)));
        }
    }

    static FieldProblem problem(String field) {
        return new FieldProblem(field, "Use a date from " + EARLIEST.getYear() + " to " + LATEST.getYear());
    }

    /** A service period ends on or after the day it starts. */
    static void requireInOrder(ServicePeriod period) {
        requirePlausible(period.start(), "servicePeriod.start");
        requirePlausible(period.end(), "servicePeriod.end");
        if (period.start() != null && period.end() != null && period.end().isBefore(period.start())) {
            throw new InvalidRequestException("The service period ends before it starts.",
                    List.of(new FieldProblem("servicePeriod.end", "Use a date on or after the start")));
        }
    }

    private static String words(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }
}
