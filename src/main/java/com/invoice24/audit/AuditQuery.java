package com.invoice24.audit;

import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.InvalidRequestException;
import com.invoice24.workspace.AuditableChange.Subject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the audit log's page and API filter by, checked from the text a query string carries so both
 * answer a bad value with the field it concerns. {@code member} is a member id or {@value #SYSTEM}.
 */
record AuditQuery(@Nullable UUID member, boolean bySystem, @Nullable Subject subject, @Nullable LocalDate from,
                  @Nullable LocalDate to, int page, int size) {

    static final String SYSTEM = "system";
    static final int PAGE_SIZE = 50;
    static final int MAX_SIZE = 200;
    private static final int LAST_YEAR = 9999;

    static AuditQuery parse(@Nullable String member, @Nullable String subject, @Nullable String from,
                            @Nullable String to, @Nullable String page, @Nullable String size) {
        List<FieldProblem> problems = new ArrayList<>();
        UUID memberId = null;
        boolean bySystem = SYSTEM.equalsIgnoreCase(trimmed(member));
        if (!bySystem && !trimmed(member).isEmpty()) {
            memberId = uuid(trimmed(member));
            if (memberId == null) {
                problems.add(new FieldProblem("member", "Choose someone from the list"));
            }
        }
        Subject kind = trimmed(subject).isEmpty() ? null : subject(trimmed(subject));
        if (!trimmed(subject).isEmpty() && kind == null) {
            problems.add(new FieldProblem("subject", "Choose a kind of change from the list"));
        }
        LocalDate start = date("from", from, problems);
        LocalDate end = date("to", to, problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(new FieldProblem("to", "Use a date on or after the start date"));
        }
        int pageNumber = number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE, problems);
        int pageSize = number("size", size, PAGE_SIZE, 1, MAX_SIZE, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("The audit log cannot be filtered that way.", problems);
        }
        return new AuditQuery(memberId, bySystem, kind, start, end, pageNumber, pageSize);
    }

    @Nullable Instant start(ZoneId zone) {
        return from == null ? null : from.atStartOfDay(zone).toInstant();
    }

    /** The end of the {@code to} day; a day in year 9999 means no end, as the next year needs five digits. */
    @Nullable Instant end(ZoneId zone) {
        return to == null || to.getYear() == LAST_YEAR ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static String trimmed(@Nullable String text) {
        return text == null ? "" : text.trim();
    }

    private static @Nullable UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable Subject subject(String name) {
        return Arrays.stream(Subject.values())
                .filter(kind -> kind.name().equals(name.toUpperCase(Locale.ROOT).replace('-', '_')))
                .findFirst().orElse(null);
    }

    private static @Nullable LocalDate date(String field, @Nullable String text, List<FieldProblem> problems) {
        if (trimmed(text).isEmpty()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(trimmed(text));
            if (date.getYear() >= 1 && date.getYear() <= LAST_YEAR) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // Falls through to the same message as a date out of range.
        }
        problems.add(new FieldProblem(field, "Use a date such as 2026-03-31"));
        return null;
    }

    private static int number(String field, @Nullable String text, int otherwise, int min, int max,
                              List<FieldProblem> problems) {
        if (trimmed(text).isEmpty()) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(trimmed(text));
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Falls through to the same message as a number out of range.
        }
        problems.add(new FieldProblem(field, "Use a whole number from " + min + " to " + max));
        return otherwise;
    }
}
