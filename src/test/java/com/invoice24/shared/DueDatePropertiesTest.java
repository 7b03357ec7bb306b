package com.invoice24.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The due-date rule over every issue date of a century and every term a client can have. */
class DueDatePropertiesTest {

    private static final long SEED = 20_261_202L;
    private static final BusinessCalendar CALENDAR = new BusinessCalendar();
    private static final DueDates DUE_DATES = new DueDates(CALENDAR);

    @Test
    void aDueDateIsNeverBeforeTheIssueDate() {
        qt().withFixedSeed(SEED).forAll(issueDates(), terms(), booleans().all())
                .checkAssert((issued, terms, roll) ->
                        assertThat(DUE_DATES.dueDate(issued, terms, roll)).isAfterOrEqualTo(issued));
    }

    @Test
    void endOfMonthTermsCountFromTheLastDayOfTheIssueMonth() {
        qt().withFixedSeed(SEED).forAll(issueDates(), integers().between(0, PaymentTerms.MAX_DAYS))
                .checkAssert((issued, days) -> {
                    LocalDate due = DUE_DATES.dueDate(issued, PaymentTerms.endOfMonthPlus(days), false);
                    LocalDate monthEnd = due.minusDays(days);
                    assertThat(monthEnd).isEqualTo(issued.with(TemporalAdjusters.lastDayOfMonth()));
                    assertThat(monthEnd.plusDays(1).getDayOfMonth()).isEqualTo(1);
                });
    }

    @Test
    void netTermsAreExactlyThatManyDaysWithoutRolling() {
        qt().withFixedSeed(SEED).forAll(issueDates(), integers().between(0, PaymentTerms.MAX_DAYS))
                .checkAssert((issued, days) ->
                        assertThat(DUE_DATES.dueDate(issued, PaymentTerms.net(days), false))
                                .isEqualTo(issued.plusDays(days)));
    }

    @Test
    void aRolledDueDateIsTheFirstBusinessDayOnOrAfterTheTermsDate() {
        qt().withFixedSeed(SEED).forAll(issueDates(), terms())
                .checkAssert((issued, terms) -> {
                    LocalDate byTerms = DUE_DATES.dueDate(issued, terms, false);
                    LocalDate rolled = DUE_DATES.dueDate(issued, terms, true);
                    assertThat(rolled.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                    assertThat(CALENDAR.isFederalHoliday(rolled)).as("%s is a holiday", rolled).isFalse();
                    assertThat(rolled).isAfterOrEqualTo(byTerms).isBeforeOrEqualTo(byTerms.plusDays(4));
                    for (LocalDate day = byTerms; day.isBefore(rolled); day = day.plusDays(1)) {
                        assertThat(CALENDAR.isBusinessDay(day)).as("%s was skipped", day).isFalse();
                    }
                });
    }

    private static Gen<LocalDate> issueDates() {
        return longs().between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    private static Gen<PaymentTerms> terms() {
        return Generate.enumValues(PaymentTerms.Basis.class)
                .zip(integers().between(0, PaymentTerms.MAX_DAYS), PaymentTerms::new);
    }
}
