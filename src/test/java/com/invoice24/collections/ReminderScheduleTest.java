package com.invoice24.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.invoice24.collections.ReminderSchedule.Dates;
import com.invoice24.collections.ReminderSchedule.Scheduled;
import com.invoice24.collections.ReminderStep.Anchor;
import com.invoice24.shared.BusinessCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When reminder steps fall due, worked out without a database. */
class ReminderScheduleTest {

    private static final LocalDate FIRST_SENT = LocalDate.of(2026, 1, 1);
    private static final BusinessCalendar CALENDAR = new BusinessCalendar();

    @Test
    void aStepIsNeverDueBeforeItsOffsetNorBeforeTheInvoiceWasSent() {
        qt().withFixedSeed(20261202L)
                .forAll(integers().between(0, 700), integers().between(0, 120), integers().between(-60, 120),
                        integers().between(-30, 200))
                .checkAssert((sentDay, terms, offset, daysLater) -> {
                    Dates invoice = new Dates(FIRST_SENT.plusDays(sentDay), FIRST_SENT.plusDays(sentDay + terms), terms);
                    for (Anchor anchor : Anchor.values()) {
                        ReminderStep step = step("step", anchor, offset, null);
                        LocalDate anchorDate = anchor == Anchor.SENT ? invoice.sentOn() : invoice.dueDate();
                        LocalDate today = invoice.sentOn().plusDays(daysLater);
                        List<Scheduled> due = ReminderSchedule.of(List.of(step), Optional.of(invoice)).dueBy(today);
                        boolean reached = !today.isBefore(anchorDate.plusDays(offset));
                        boolean afterSending = !anchorDate.plusDays(offset).isBefore(invoice.sentOn());
                        assertThat(!due.isEmpty()).isEqualTo(reached && afterSending);
                        due.forEach(scheduled -> assertThat(scheduled.date()).isEqualTo(anchorDate.plusDays(offset))
                                .isAfterOrEqualTo(invoice.sentOn()));
                    }
                });
    }

    @Test
    void theStepToSendIsTheLatestDueAndTheNextIsNeverAnOlderOne() {
        qt().withFixedSeed(20261202L)
                .forAll(integers().between(0, 120), integers().between(-10, 150))
                .checkAssert((terms, daysLater) -> {
                    Dates invoice = new Dates(FIRST_SENT, FIRST_SENT.plusDays(terms), terms);
                    LocalDate today = FIRST_SENT.plusDays(daysLater);
                    ReminderSchedule schedule = ReminderSchedule.of(ReminderSequences.DEFAULTS, Optional.of(invoice));
                    List<Scheduled> due = schedule.dueBy(today);
                    Optional<Scheduled> latest = schedule.latestDue(today);
                    assertThat(latest.isPresent()).isEqualTo(!due.isEmpty());
                    latest.ifPresent(step -> due.forEach(older -> assertThat(older.date()).isBeforeOrEqualTo(step.date())));
                    Set<String> decided = latest.map(step -> Set.of(step.step().key())).orElse(Set.of());
                    schedule.next(today, decided::contains)
                            .ifPresent(next -> assertThat(next.date()).isAfter(today));
                    assertThat(schedule.next(today, key -> false).map(Scheduled::date)).isEqualTo(
                            latest.map(Scheduled::date).or(() -> schedule.steps().stream().map(Scheduled::date)
                                    .filter(date -> date.isAfter(today)).findFirst()));
                });
    }

    @Test
    void aStepForLongTermsLeavesShorterTermsAloneAndASwitchedOffStepNeverFallsDue() {
        qt().withFixedSeed(20261202L)
                .forAll(integers().between(0, 120), integers().between(0, 365))
                .checkAssert((terms, minTerms) -> {
                    Dates invoice = new Dates(FIRST_SENT, FIRST_SENT.plusDays(terms), terms);
                    ReminderStep limited = step("sent+7", Anchor.SENT, 7, minTerms);
                    assertThat(ReminderSchedule.of(List.of(limited), Optional.of(invoice)).steps().isEmpty())
                            .isEqualTo(terms < minTerms);
                    ReminderStep off = new ReminderStep("due+7", Anchor.DUE, 7, null, "Subject", "Body", false);
                    assertThat(ReminderSchedule.of(List.of(off), Optional.of(invoice)).steps()).isEmpty();
                });
    }

    @Test
    void aPromiseHasLapsedExactlyWhenItsTwoBusinessDaysOfGraceAreOver() {
        qt().withFixedSeed(20261202L)
                .forAll(integers().between(0, 800), integers().between(0, 20))
                .checkAssert((day, daysBefore) -> {
                    LocalDate today = FIRST_SENT.plusDays(day);
                    LocalDate promised = today.minusDays(daysBefore);
                    LocalDate lapsedBy = ReminderSchedule.promisesLapsedBy(today, CALENDAR, Promises.GRACE_BUSINESS_DAYS);
                    boolean pauseOver = today.isAfter(CALENDAR.plusBusinessDays(promised, Promises.GRACE_BUSINESS_DAYS));
                    assertThat(!promised.isAfter(lapsedBy)).isEqualTo(pauseOver);
                });
    }

    @Test
    void remindersGoOutOnWeekdaysFromNineToFiveWhereTheProviderWorks() {
        ZoneId newYork = ZoneId.of("America/New_York");
        assertThat(ReminderSchedule.inBusinessHours(LocalDate.of(2026, 4, 20).atTime(9, 0).atZone(newYork), CALENDAR))
                .isTrue();
        assertThat(ReminderSchedule.inBusinessHours(LocalDate.of(2026, 4, 20).atTime(17, 0).atZone(newYork), CALENDAR))
                .isFalse();
        assertThat(ReminderSchedule.inBusinessHours(LocalDate.of(2026, 4, 18).atTime(12, 0).atZone(newYork), CALENDAR))
                .as("a Saturday").isFalse();
        assertThat(ReminderSchedule.inBusinessHours(LocalDate.of(2026, 7, 3).atTime(12, 0).atZone(newYork), CALENDAR))
                .as("Independence Day observed").isFalse();
    }

    @Test
    void theReminderPassGivesPostgresqlZonesItReadsTheSameWay() {
        assertThat(DueReminders.postgresZone(ZoneId.of("America/Chicago"))).isEqualTo("America/Chicago");
        assertThat(DueReminders.postgresZone(ZoneOffset.UTC)).isEqualTo("UTC");
        assertThat(DueReminders.postgresZone(ZoneId.of("UTC+2"))).isEqualTo("-02:00");
        assertThat(DueReminders.postgresZone(ZoneOffset.ofHoursMinutes(-5, -30))).isEqualTo("+05:30");
    }

    private static ReminderStep step(String key, Anchor anchor, int offset, Integer minTerms) {
        return new ReminderStep(key, anchor, offset, minTerms, "Subject", "Body");
    }
}
