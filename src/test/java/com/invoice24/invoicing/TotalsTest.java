package com.invoice24.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class TotalsTest {

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

    @RepeatedTest(20)
    void totalIsAlwaysTheSumOfLinesLessDiscountPlusTaxAndTaxNeverExceedsTheRateOfTheTaxableLines() {
        Random random = new Random();
        for (int invoice = 0; invoice < 500; invoice++) {
            List<InvoiceLine> lines = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(12); i++) {
                lines.add(line(decimal(random, 4, 100), decimal(random, 4, 5000), random.nextBoolean()));
            }
            Money sumOfLines = lines.stream().map(InvoiceLine::amount).reduce(Money.zero(), Money::plus);
            Money discount = Money.of(sumOfLines.amount().multiply(BigDecimal.valueOf(random.nextInt(50)))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN));
            BigDecimal rate = new BigDecimal(decimal(random, 3, 12));

            Totals totals = Totals.of(lines, discount, rate, false);

            assertThat(totals.subtotal()).isEqualTo(sumOfLines);
            assertThat(totals.total()).isEqualTo(sumOfLines.minus(discount).plus(totals.tax()));
            Money taxable = lines.stream().filter(InvoiceLine::taxable).map(InvoiceLine::amount)
                    .reduce(Money.zero(), Money::plus);
            assertThat(totals.tax().amount()).isLessThanOrEqualTo(
                    taxable.amount().multiply(rate).divide(BigDecimal.valueOf(100)).setScale(2, RoundingMode.UP));
            assertThat(totals.tax().isNegative()).isFalse();
        }
    }

    private static String decimal(Random random, int decimals, int max) {
        return BigDecimal.valueOf(random.nextInt(max * (int) Math.pow(10, decimals)) + 1, decimals).toPlainString();
    }

    private static InvoiceLine line(String quantity, String price, boolean taxable) {
        return new InvoiceLine(null, "Monthly SEO management – February 2026", new BigDecimal(quantity), "HOUR",
                new BigDecimal(price), taxable);
    }
}
