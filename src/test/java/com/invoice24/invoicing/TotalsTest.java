package com.invoice24.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.invoice24.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TotalsTest {

    private static final long SEED = 20_261_202L;
    private static final BigDecimal NY_RATE = new BigDecimal("8.875");

    @Test
    void lineAmountIsQuantityTimesPriceRoundedHalfUpToCents() {
        assertThat(line("1.25", "187.5", false).amount()).isEqualTo(Money.usd("234.38"));
        assertThat(line("3", "33.3333", false).amount()).isEqualTo(Money.usd("100.00"));
        assertThat(line("0.125", "0.04", false).amount()).isEqualTo(Money.usd("0.01"));
    }

    @Test
    void taxIsComputedOnceOnTaxableLinesLessTheirShareOfTheDiscount() {
        List<InvoiceLine> lines = List.of(line("4", "187.5", false), line("1", "250", true));

        Totals totals = Totals.of(lines, Money.usd("100.00"), NY_RATE, false);

        // taxable share of the 100.00 discount: 250 / 1000 → 25.00; (250 − 25) × 8.875% = 19.96875 → 19.97
        assertThat(totals.subtotal()).isEqualTo(Money.usd("1000.00"));
        assertThat(totals.tax()).isEqualTo(Money.usd("19.97"));
        assertThat(totals.total()).isEqualTo(Money.usd("919.97"));
    }

    @Test
    void taxExemptClientsPayNoTax() {
        Totals totals = Totals.of(List.of(line("1", "250", true)), Money.zero(), NY_RATE, true);

        assertThat(totals.tax()).isEqualTo(Money.zero());
        assertThat(totals.total()).isEqualTo(Money.usd("250.00"));
    }

    @Test
    void totalIsAlwaysTheSumOfLinesLessDiscountPlusTaxAndTaxNeverExceedsTheRateOfTheTaxableLines() {
        qt().withFixedSeed(SEED).withExamples(10_000)
                .forAll(lists().of(lines()).ofSizeBetween(1, 12), integers().between(0, 49), decimals(3, 12))
                .checkAssert((lines, discountPercent, rate) -> {
                    Money sumOfLines = lines.stream().map(InvoiceLine::amount).reduce(Money.zero(), Money::plus);
                    Money discount = Money.of(sumOfLines.amount().multiply(BigDecimal.valueOf(discountPercent))
                            .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN));

                    Totals totals = Totals.of(lines, discount, rate, false);

                    assertThat(totals.subtotal()).isEqualTo(sumOfLines);
                    assertThat(totals.total()).isEqualTo(sumOfLines.minus(discount).plus(totals.tax()));
                    Money taxable = lines.stream().filter(InvoiceLine::taxable).map(InvoiceLine::amount)
                            .reduce(Money.zero(), Money::plus);
                    assertThat(totals.tax().amount()).isLessThanOrEqualTo(taxable.amount().multiply(rate)
                            .divide(BigDecimal.valueOf(100)).setScale(2, RoundingMode.UP));
                    assertThat(totals.tax().isNegative()).isFalse();
                });
    }

    private static Gen<InvoiceLine> lines() {
        return decimals(4, 100).zip(decimals(4, 5000), booleans().all(),
                (quantity, price, taxable) -> line(quantity.toPlainString(), price.toPlainString(), taxable));
    }

    /** From the smallest step above zero up to {@code max}, with {@code decimals} places. */
    private static Gen<BigDecimal> decimals(int decimals, int max) {
        return longs().between(1, max * (long) Math.pow(10, decimals)).map(units -> BigDecimal.valueOf(units, decimals));
    }

    private static InvoiceLine line(String quantity, String price, boolean taxable) {
        return new InvoiceLine(null, "Monthly SEO management – February 2026", new BigDecimal(quantity), "HOUR",
                new BigDecimal(price), taxable);
    }
}
