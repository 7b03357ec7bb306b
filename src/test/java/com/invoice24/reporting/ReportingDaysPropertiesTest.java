package com.invoice24.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Days and export periods in the workspace's time zone, for any moment and any zone (clock changes, zones
 * that skipped a whole day): the day the journal gives an event and the moments its queries select agree.
 */
class ReportingDaysPropertiesTest {

    private static final long SEED = 20_261_202L;
    private static final List<ZoneId> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of)
            .toList();

    @Test
    void aMomentIsBeforeTheEndOfADayExactlyWhenItFallsOnOrBeforeThatDay() {
        qt().withFixedSeed(SEED).forAll(moments(), zones(), integers().between(-3, 3)).checkAssert(
                (moment, zone, shift) -> {
                    WorkspaceDays days = new WorkspaceDays(zone);
                    LocalDate day = days.dayOf(moment).plusDays(shift);
                    assertThat(moment.isBefore(days.endOf(day))).isEqualTo(!days.dayOf(moment).isAfter(day));
                    assertThat(!moment.isBefore(days.startOf(day))).isEqualTo(!days.dayOf(moment).isBefore(day));
                });
    }

    @Test
    void everyMomentFallsInExactlyOneMonthsExportAndItIsTheMonthOfItsDay() {
        qt().withFixedSeed(SEED).forAll(moments(), zones()).checkAssert((moment, zone) -> {
            WorkspaceDays days = new WorkspaceDays(zone);
            YearMonth month = YearMonth.from(days.dayOf(moment));
            List<YearMonth> containing = IntStream.rangeClosed(-2, 2).mapToObj(month::plusMonths)
                    .filter(candidate -> !moment.isBefore(days.startOf(candidate.atDay(1)))
                            && moment.isBefore(days.endOf(candidate.atEndOfMonth())))
                    .toList();
            assertThat(containing).containsExactly(month);
        });
    }

    @Test
    void nineInTheEveningOnJanuary31InNewYorkIsJanuarysThoughItIsFebruaryInUtc() {
        Instant nineInTheEvening = Instant.parse("2026-02-01T02:00:00Z");
        WorkspaceDays newYork = new WorkspaceDays(ZoneId.of("America/New_York"));
        DateRange january = new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));

        assertThat(newYork.dayOf(nineInTheEvening)).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(new WorkspaceDays(ZoneId.of("UTC")).dayOf(nineInTheEvening)).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(newYork.endOf(january.to())).isEqualTo(Instant.parse("2026-02-01T05:00:00Z"));
        assertThat(newYork.startOf(january.from())).isEqualTo(Instant.parse("2026-01-01T05:00:00Z"));
    }

    @Test
    void aDayTheZoneSkippedHoldsNoMomentAndTheNextStartsWhereItWouldHaveEnded() {
        // Samoa moved across the date line in 2011: December 30 never happened in Apia.
        WorkspaceDays apia = new WorkspaceDays(ZoneId.of("Pacific/Apia"));
        LocalDate skipped = LocalDate.of(2011, 12, 30);

        assertThat(apia.startOf(skipped)).isEqualTo(apia.endOf(skipped));
        assertThat(apia.dayOf(apia.endOf(skipped).minusNanos(1))).isEqualTo(skipped.minusDays(1));
    }

    /** From 1900 to 2100, to the second. */
    private static Gen<Instant> moments() {
        return longs().between(Instant.parse("1900-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2100-12-31T23:59:59Z").getEpochSecond()).map(seconds -> Instant.ofEpochSecond(seconds));
    }

    private static Gen<ZoneId> zones() {
        return integers().between(0, ZONES.size() - 1).map(ZONES::get);
    }
}
