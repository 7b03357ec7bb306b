package com.invoice24.invoicing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The words a service item or template leaves open, such as "Monthly SEO management – {period}",
 * filled from the invoice the line goes on: {@code {period}}, {@code {month}}, {@code {year}} from its
 * service period and {@code {project}} from its project code. What the invoice does not say yet stays
 * as it is, for the pre-send check to point at.
 */
final class Placeholders {

    private static final Pattern ANY = Pattern.compile("\\{[^{}\\s]{1,40}\\}");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.US);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

    private Placeholders() {
    }

    static String fill(String text, ServicePeriod period, @Nullable String projectCode) {
        @Nullable LocalDate anchor = period.start() != null ? period.start() : period.end();
        String filled = text;
        if (period.start() != null && period.end() != null) {
            filled = filled.replace("{period}", periodName(period.start(), period.end()));
        }
        if (anchor != null) {
            filled = filled.replace("{month}", MONTH.format(anchor))
                    .replace("{year}", String.valueOf(anchor.getYear()));
        }
        if (projectCode != null && !projectCode.isBlank()) {
            filled = filled.replace("{project}", projectCode.strip());
        }
        return filled;
    }

    /** The first placeholder still in the text, such as "{period}". */
    static Optional<String> firstLeftIn(String text) {
        Matcher left = ANY.matcher(text);
        return left.find() ? Optional.of(left.group()) : Optional.empty();
    }

    /** "February 2026" for a calendar month, "January – March 2026" for whole months, else the days. */
    static String periodName(LocalDate start, LocalDate end) {
        boolean wholeMonths = start.getDayOfMonth() == 1 && end.equals(end.with(TemporalAdjusters.lastDayOfMonth()))
                && !end.isBefore(start);
        if (!wholeMonths) {
            return new ServicePeriod(start, end).label();
        }
        if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
            return MONTH_YEAR.format(start);
        }
        return (start.getYear() == end.getYear() ? MONTH.format(start) : MONTH_YEAR.format(start)) + " – "
                + MONTH_YEAR.format(end);
    }
}
