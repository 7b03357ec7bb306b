package com.invoice24.reporting;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The {@code from} and {@code to} query parameters (and form fields) as sent, before they are checked. */
record ExportPeriod(@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
                    @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to) {

    DateRange range() {
        return DateRange.of(from, to);
    }
}
