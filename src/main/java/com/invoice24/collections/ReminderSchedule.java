package com.invoice24.collections;

import com.invoice24.invoicing.Invoice;
import com.invoice24.shared.BusinessCalendar;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * When an invoice's reminder steps fall due, earliest first: date arithmetic only, so the pages, the
 * reminder pass and the unit tests all read the same schedule. Steps that do not apply to the invoice
 * (switched off, terms too short, or falling before it was sent) are left out.
 */
record ReminderSchedule(List<Scheduled> steps) {

    /** Reminders go out Monday to Friday, from 09:00 to 17:00 where the provider works. */
    static final LocalTime OPENS = LocalTime.of(9, 0);
    static final LocalTime CLOSES = LocalTime.of(17, 0);

    record Scheduled(ReminderStep step, LocalDate date) {
    }

    /** What the schedule needs of an invoice: the day it was sent where the provider works, its due date, its terms. */
    record Dates(LocalDate sentOn, LocalDate dueDate, int termsDays) {

        static Optional<Dates> of(Invoice invoice, ZoneId zone) {
            if (invoice.sentAt() == null || invoice.dueDate() == null) {
                return Optional.empty();
            }
            return Optional.of(new Dates(LocalDate.ofInstant(invoice.sentAt(), zone), invoice.dueDate(),
                    invoice.terms().days()));
        }
    }

    static ReminderSchedule of(List<ReminderStep> steps, Optional<Dates> invoice) {
        if (invoice.isEmpty()) {
            return new ReminderSchedule(List.of());
        }
        return new ReminderSchedule(steps.stream()
                .map(step -> {
                    LocalDate date = step.dateFor(invoice.get());
                    return date == null ? null : new Scheduled(step, date);
                })
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(Scheduled::date))
                .toList());
    }

    static ReminderSchedule of(List<ReminderStep> steps, Invoice invoice, ZoneId zone) {
        return of(steps, Dates.of(invoice, zone));
    }

    /** The steps due on or before today, earliest first; the last is the one to send. */
    List<Scheduled> dueBy(LocalDate today) {
        return steps.stream().filter(step -> !step.date().isAfter(today)).toList();
    }

    /** The step to send today, if one is due: the latest due one. */
    Optional<Scheduled> latestDue(LocalDate today) {
        List<Scheduled> due = dueBy(today);
        return due.isEmpty() ? Optional.empty() : Optional.of(due.get(due.size() - 1));
    }

    /** The next step not yet decided on: the latest due one while it is undecided, else the first still to come. */
    Optional<Scheduled> next(LocalDate today, Predicate<String> decided) {
        Optional<Scheduled> due = latestDue(today);
        if (due.isPresent() && !decided.test(due.get().step().key())) {
            return due;
        }
        return steps.stream().filter(step -> step.date().isAfter(today)).findFirst();
    }

    /** Business hours where the provider works: a business day (federal holidays excepted), 09:00 to 17:00. */
    static boolean inBusinessHours(ZonedDateTime local, BusinessCalendar calendar) {
        LocalTime time = local.toLocalTime();
        return calendar.isBusinessDay(local.toLocalDate()) && !time.isBefore(OPENS) && time.isBefore(CLOSES);
    }

    /**
     * The latest promised date whose pause is over by today: reminders pause until a promised date plus
     * {@code graceBusinessDays}, so a promise made for this day or earlier has lapsed.
     */
    static LocalDate promisesLapsedBy(LocalDate today, BusinessCalendar calendar, int graceBusinessDays) {
        LocalDate promised = today.minusDays(1);
        while (!calendar.plusBusinessDays(promised, graceBusinessDays).isBefore(today)) {
            promised = promised.minusDays(1);
        }
        return promised;
    }
}
