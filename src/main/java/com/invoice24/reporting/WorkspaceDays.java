package com.invoice24.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Days as the workspace lives them: a moment belongs to the day it fell on in the workspace's time zone,
 * and a day spans the moments from its first to the first of the next. The books, the exports and their
 * periods all count days this way, so a void at 9 pm in New York on January 31 is January's.
 */
record WorkspaceDays(ZoneId zone) {

    LocalDate dayOf(Instant moment) {
        return LocalDate.ofInstant(moment, zone);
    }

    /** The first moment of the day; on a day that begins in a gap (a clock change), the first after it. */
    Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the day, so a day is {@code startOf(day) <= moment < endOf(day)}. */
    Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }
}
