package com.invoice24.invoicing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The period the invoiced work was done in: what AP matches against their budget line. */
public record ServicePeriod(@Nullable LocalDate start, @Nullable LocalDate end) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    @JsonIgnore
    public boolean isEmpty() {
        return start == null && end == null;
    }

    public String label() {
        if (start == null || end == null) {
            return start != null ? "From " + DAY.format(start) : end != null ? "Until " + DAY.format(end) : "";
        }
        return DAY.format(start) + " – " + DAY.format(end);
    }
}
