package com.invoice24.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DueDatesTest {

    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2040, 12, 31);

    private final BusinessCalendar calendar = new BusinessCalendar();
    private final DueDates dueDates = new DueDates(calendar);

    @ParameterizedTest(name = "{0} issued {1} is due {2} (rolled: {3})")
    @CsvSource({
        // terms,     issued,      due,         due rolled to a business day
        "NET 30,      2026-03-02,  2026-04-01,  2026-04-01",
        "NET 0,       2026-03-07,  2026-03-07,  2026-03-09",   // due on receipt, a Saturday
        "NET 30,      2026-06-04,  2026-07-04,  2026-07-06",   // July 4 is a Saturday, observed Friday July 3
        "NET 29,      2026-06-04,  2026-07-03,  2026-07-06",   // the observed holiday itself
        "NET 15,      2026-12-10,  2026-12-25,  2026-12-28",   // Christmas on a Friday
        "NET 45,      2026-10-12,  2026-11-26,  2026-11-27",   // Thanksgiving
        "NET 30,      2021-12-01,  2021-12-31,  2022-01-03",   // New Year's Day 2022 observed Dec 31, 2021
        "NET 30,      2027-05-20,  2027-06-19,  2027-06-21",   // Juneteenth on a Saturday, observed Friday
        "NET 60,      2026-01-15,  2026-03-16,  2026-03-16",
        "END_OF_MONTH 0,  2026-02-10, 2026-02-28, 2026-03-02",
        "END_OF_MONTH 15, 2026-01-31, 2026-02-15, 2026-02-17", // Presidents' Day is Monday Feb 16
        "END_OF_MONTH 30, 2024-02-01, 2024-03-30, 2024-04-01", // leap year
        "END_OF_MONTH 30, 2026-12-05, 2027-01-30, 2027-02-01",
        "NET 30,      2026-09-12,  2026-10-12,  2026-10-13",   // Columbus Day
    })
    void dueDatesFollowTheTermsAndRollPastWeekendsAndObservedHolidays(String terms, LocalDate issued,
                                                                      LocalDate due, LocalDate rolled) {
        PaymentTerms paymentTerms = parse(terms);

        assertThat(dueDates.dueDate(issued, paymentTerms, false)).isEqualTo(due);
        assertThat(dueDates.dueDate(issued, paymentTerms, true)).isEqualTo(rolled);
    }

    @Test
    void overTwentyYearsARolledDueDateIsTheFirstBusinessDayOnOrAfterTheTermsDate() {
        for (LocalDate issued = FIRST; issued.isBefore(LAST); issued = issued.plusDays(1)) {
            for (PaymentTerms terms : new PaymentTerms[] {PaymentTerms.net(0), PaymentTerms.net(30),
                PaymentTerms.net(45), PaymentTerms.endOfMonthPlus(15)}) {
                LocalDate plain = dueDates.dueDate(issued, terms, false);
                LocalDate rolled = dueDates.dueDate(issued, terms, true);

                assertThat(rolled).isAfterOrEqualTo(plain);
                assertThat(calendar.isBusinessDay(rolled)).isTrue();
                plain.datesUntil(rolled).forEach(skipped -> assertThat(calendar.isBusinessDay(skipped)).isFalse());
                assertThat(ChronoUnit.DAYS.between(plain, rolled)).isLessThanOrEqualTo(4);
            }
        }
    }

    @Test
    void overTwentyYearsNetTermsAreExactlyThatManyDaysAndEndOfMonthTermsCountFromTheMonthsLastDay() {
        for (LocalDate issued = FIRST; issued.isBefore(LAST); issued = issued.plusDays(1)) {
            assertThat(ChronoUnit.DAYS.between(issued, dueDates.dueDate(issued, PaymentTerms.net(30), false)))
                    .isEqualTo(30);
            LocalDate endOfMonthDue = dueDates.dueDate(issued, PaymentTerms.endOfMonthPlus(10), false);
            LocalDate monthEnd = endOfMonthDue.minusDays(10);
            assertThat(monthEnd.getMonth()).isEqualTo(issued.getMonth());
            assertThat(monthEnd.plusDays(1).getDayOfMonth()).isEqualTo(1);
        }
    }

    @Test
    void everyYearHasAboutElevenFederalHolidaysAllOnWeekdays() {
        for (int year = 2022; year <= 2040; year++) {
            long holidays = Stream.iterate(LocalDate.of(year, 1, 1), day -> day.getYear() == day.getYear(), day -> day.plusDays(1))
                    .limit(LocalDate.of(year, 1, 1).lengthOfYear())
                    .filter(calendar::isFederalHoliday)
                    .peek(holiday -> assertThat(holiday.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))
                    .count();
            assertThat(holidays).as("federal holidays observed in %d", year).isBetween(10L, 12L);
        }
    }

    @Test
    void termsAreBetweenZeroAndAYear() {
        assertThatThrownBy(() -> PaymentTerms.net(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PaymentTerms.net(366)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PaymentTerms.net(0).label()).isEqualTo("Due on receipt");
        assertThat(PaymentTerms.net(30).label()).isEqualTo("Net 30");
        assertThat(PaymentTerms.endOfMonthPlus(15).label()).isEqualTo("End of month + 15");
    }

    private static PaymentTerms parse(String terms) {
        String[] parts = terms.trim().split("\\s+");
        return new PaymentTerms(PaymentTerms.Basis.valueOf(parts[0]), Integer.parseInt(parts[1]));
    }
}
