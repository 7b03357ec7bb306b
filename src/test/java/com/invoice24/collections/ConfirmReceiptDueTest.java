package com.invoice24.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.invoice24.shared.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A confirm-receipt follow-up comes up three US business days after the invoice went out. */
class ConfirmReceiptDueTest {

    private final BusinessCalendar calendar = new BusinessCalendar();

    @Test
    void anInvoiceSentOnAFridayIsFollowedUpOnWednesday() {
        LocalDate friday = LocalDate.of(2026, 3, 6);
        LocalDate due = FollowUps.confirmReceiptDue(calendar, friday);

        assertThat(due).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
    }

    @Test
    void aFederalHolidayIsNotABusinessDay() {
        LocalDate fridayBeforeMartinLutherKingDay = LocalDate.of(2026, 1, 16);
        LocalDate dayBeforeIndependenceDayObserved = LocalDate.of(2026, 7, 2);

        assertThat(FollowUps.confirmReceiptDue(calendar, fridayBeforeMartinLutherKingDay))
                .isEqualTo(LocalDate.of(2026, 1, 22));
        assertThat(FollowUps.confirmReceiptDue(calendar, dayBeforeIndependenceDayObserved))
                .isEqualTo(LocalDate.of(2026, 7, 8));
    }

    @Test
    void theFollowUpFallsOnTheThirdBusinessDayAfterSending() {
        LocalDate first = LocalDate.of(2025, 1, 1);
        qt().withFixedSeed(35L).forAll(integers().between(0, 3 * 366)).checkAssert(offset -> {
            LocalDate sentOn = first.plusDays(offset);
            LocalDate due = FollowUps.confirmReceiptDue(calendar, sentOn);

            assertThat(calendar.isBusinessDay(due)).as("due %s for %s", due, sentOn).isTrue();
            assertThat(Stream.iterate(sentOn.plusDays(1), day -> !day.isAfter(due), day -> day.plusDays(1))
                    .filter(calendar::isBusinessDay).count()).as("business days from %s to %s", sentOn, due)
                    .isEqualTo(FollowUps.CONFIRM_RECEIPT_AFTER_BUSINESS_DAYS);
        });
    }
}
