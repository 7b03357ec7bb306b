package com.invoice24.shared;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The one rule for due dates, used by every feature that dates an invoice: the terms give a date,
 * and a workspace that asks for it has that date moved to the next business day.
 */
@Component
public class DueDates {

    private final BusinessCalendar calendar;

    public DueDates(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    public LocalDate dueDate(LocalDate issueDate, PaymentTerms terms, boolean rollToBusinessDay) {
        LocalDate due = terms.dueDateFor(issueDate);
        return rollToBusinessDay ? calendar.onOrNextBusinessDay(due) : due;
    }
}
