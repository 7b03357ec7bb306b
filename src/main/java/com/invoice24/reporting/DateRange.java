package com.invoice24.reporting;

import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.InvalidRequestException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The days an export covers, both ends included. */
record DateRange(LocalDate from, LocalDate to) {

    DateRange {
        if (from.isAfter(to)) {
            throw new InvalidRequestException("The start date " + from + " is after the end date " + to + ".",
                    List.of(new FieldProblem("from", "Choose a date on or before " + to)));
        }
    }

    /** Both dates are required: an export without an end would silently change as time passes. */
    static DateRange of(@Nullable LocalDate from, @Nullable LocalDate to) {
        List<FieldProblem> missing = new ArrayList<>();
        if (from == null) {
            missing.add(new FieldProblem("from", "Enter the first day (YYYY-MM-DD)"));
        }
        if (to == null) {
            missing.add(new FieldProblem("to", "Enter the last day (YYYY-MM-DD)"));
        }
        if (from == null || to == null) {
            throw new InvalidRequestException("Give the period to export as from and to dates.", missing);
        }
        return new DateRange(from, to);
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    String fileName(String export) {
        return export + "-" + from + "-to-" + to + ".csv";
    }
}
