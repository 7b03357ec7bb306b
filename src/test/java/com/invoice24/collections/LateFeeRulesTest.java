package com.invoice24.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.invoice24.collections.LateFeePolicy.Kind;
import com.invoice24.collections.LateFeePolicy.Policy;
import com.invoice24.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** The late-fee rules on their own: how much a month's fee is, and that the cap is never passed. */
class LateFeeRulesTest {

    private static final long MOST_CENTS = 100_000_000_00L;

    @Test
    void theFeesOnAnInvoiceNeverAddUpToMoreThanTheCap() {
        qt().withFixedSeed(20261202L)
                .forAll(longs().between(1, MOST_CENTS), longs().between(0, 100_000_00), longs().between(0, 100_000_00),
                        integers().between(1, 1000))
                .checkAssert((balanceCents, capCents, chargedCents, basisPoints) -> {
                    Money cap = cents(capCents);
                    Money charged = cents(chargedCents);
                    for (Policy policy : new Policy[] {
                            new Policy(Kind.FLAT, cents(basisPoints * 100L), null, 0, cap),
                            new Policy(Kind.PERCENT_PER_MONTH, null, BigDecimal.valueOf(basisPoints, 2), 0, cap)}) {
                        Money fee = LateFees.feeWithinCap(policy, cents(balanceCents), charged);
                        if (fee.isPositive()) {
                            assertThat(charged.plus(fee)).isLessThanOrEqualTo(cap);
                        }
                        assertThat(fee).isLessThanOrEqualTo(LateFees.fee(policy, cents(balanceCents)));
                    }
                });
    }

    @Test
    void withoutACapTheWholeFeeIsCharged() {
        qt().withFixedSeed(20261202L)
                .forAll(longs().between(1, MOST_CENTS), integers().between(1, 1000), longs().between(0, MOST_CENTS))
                .checkAssert((balanceCents, basisPoints, chargedCents) -> {
                    Policy percent = new Policy(Kind.PERCENT_PER_MONTH, null, BigDecimal.valueOf(basisPoints, 2), 0,
                            null);
                    assertThat(LateFees.feeWithinCap(percent, cents(balanceCents), cents(chargedCents)))
                            .isEqualTo(LateFees.fee(percent, cents(balanceCents)));
                });
    }

    @Test
    void aPercentFeeIsThatPercentOfTheBalanceRoundedHalfUpToCents() {
        qt().withFixedSeed(20261202L)
                .forAll(longs().between(1, MOST_CENTS), integers().between(1, 1000))
                .checkAssert((balanceCents, basisPoints) -> {
                    BigDecimal percent = BigDecimal.valueOf(basisPoints, 2);
                    Money fee = LateFees.fee(new Policy(Kind.PERCENT_PER_MONTH, null, percent, 0, null),
                            cents(balanceCents));
                    BigDecimal exact = BigDecimal.valueOf(balanceCents, 2).multiply(percent)
                            .divide(BigDecimal.valueOf(100));
                    assertThat(fee.amount()).isEqualByComparingTo(exact.setScale(2, RoundingMode.HALF_UP));
                });
    }

    @Test
    void aFlatFeeIsTheSameWhateverTheBalanceAndNoPolicyChargesNothing() {
        Policy flat = new Policy(Kind.FLAT, Money.usd("25.00"), null, 0, null);
        assertThat(LateFees.fee(flat, Money.usd("10.00"))).isEqualTo(Money.usd("25.00"));
        assertThat(LateFees.fee(flat, Money.usd("100000.00"))).isEqualTo(Money.usd("25.00"));
        assertThat(LateFees.fee(Policy.OFF, Money.usd("100000.00"))).isEqualTo(Money.zero());
    }

    private static Money cents(long cents) {
        return Money.of(BigDecimal.valueOf(cents, 2));
    }
}
