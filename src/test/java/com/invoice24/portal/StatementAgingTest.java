package com.invoice24.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.invoice24.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The aging of any open balance: every dollar in exactly one band, and the bar's parts make the whole bar. */
class StatementAgingTest {

    private static final long SEED = 20_261_202L;

    @Test
    void everyAmountOwedIsInExactlyOneBandAndTheBandsAddUpToTheTotal() {
        qt().withFixedSeed(SEED).forAll(owed()).checkAssert(owed -> {
            StatementAging aging = StatementAging.of(owed);
            Money owedInAll = owed.stream().map(StatementAging.Owed::amount).reduce(Money.zero(), Money::plus);
            assertThat(aging.total()).isEqualTo(owedInAll);
            assertThat(aging.bands().stream().map(StatementAging.Band::amount).reduce(Money.zero(), Money::plus))
                    .isEqualTo(owedInAll);
            assertThat(aging.bands()).extracting(StatementAging.Band::age)
                    .containsExactly(StatementAging.Age.values());
        });
    }

    @Test
    void theBarsPartsFollowEachOtherAndFillTheWholeBar() {
        qt().withFixedSeed(SEED).forAll(owed()).checkAssert(owed -> {
            StatementAging aging = StatementAging.of(owed);
            BigDecimal end = BigDecimal.ZERO;
            for (StatementAging.Band band : aging.bands()) {
                assertThat(band.start()).isEqualByComparingTo(end);
                assertThat(band.width().signum()).isNotNegative();
                assertThat(band.isEmpty() && band.width().signum() > 0).isFalse();
                end = band.start().add(band.width());
            }
            assertThat(end).isEqualByComparingTo(aging.total().isPositive() ? BigDecimal.valueOf(100) : BigDecimal.ZERO);
        });
    }

    @Test
    void aBandEndsOnItsLastDay() {
        assertThat(List.of(-5L, 0L, 1L, 30L, 31L, 60L, 61L, 90L, 91L, 4000L).stream().map(StatementAging.Age::of))
                .containsExactly(StatementAging.Age.CURRENT, StatementAging.Age.CURRENT, StatementAging.Age.DAYS_1_30,
                        StatementAging.Age.DAYS_1_30, StatementAging.Age.DAYS_31_60, StatementAging.Age.DAYS_31_60,
                        StatementAging.Age.DAYS_61_90, StatementAging.Age.DAYS_61_90, StatementAging.Age.OVER_90,
                        StatementAging.Age.OVER_90);
    }

    private static Gen<List<StatementAging.Owed>> owed() {
        Gen<StatementAging.Owed> one = longs().between(-60, 400).zip(integers().between(1, 100_000_000),
                (days, cents) -> new StatementAging.Owed(days, Money.of(BigDecimal.valueOf(cents, 2))));
        return lists().of(one).ofSizeBetween(0, 12);
    }
}
