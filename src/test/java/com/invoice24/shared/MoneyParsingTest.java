package com.invoice24.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The API's one reading of an amount: plain digits, at most two decimals, below a trillion. */
class MoneyParsingTest {

    private static final long LARGEST_CENTS = 99_999_999_999_999L;

    @Test
    void everyAmountWithAtMostTwoDecimalsReadsBackExactly() {
        qt().withFixedSeed(20261202L)
                .forAll(longs().between(-LARGEST_CENTS, LARGEST_CENTS), integers().between(0, 2))
                .checkAssert((cents, decimals) -> {
                    BigDecimal amount = BigDecimal.valueOf(cents, 2).setScale(decimals, RoundingMode.DOWN);
                    Money money = Money.parse(amount.toPlainString());
                    assertThat(money.amount()).isEqualByComparingTo(amount);
                    assertThat(Money.parse(money.toString())).isEqualTo(money);
                });
    }

    @Test
    void threeOrMoreDecimalsAreRefusedNeverRounded() {
        qt().withFixedSeed(20261202L)
                .forAll(longs().between(-LARGEST_CENTS, LARGEST_CENTS), integers().between(3, 12))
                .checkAssert((cents, decimals) -> {
                    String text = BigDecimal.valueOf(cents, 2).toPlainString() + "0".repeat(decimals - 3) + "5";
                    assertThatThrownBy(() -> Money.parse(text)).hasMessage(Money.AMOUNT_RULE);
                });
    }

    @Test
    void anExponentIsRefusedWhateverItsSize() {
        qt().withFixedSeed(20261202L)
                .forAll(integers().between(1, 999_999), integers().between(-999_999, 999_999))
                .checkAssert((digits, exponent) -> {
                    assertThatThrownBy(() -> Money.parse(digits + "e" + exponent)).hasMessage(Money.AMOUNT_RULE);
                    assertThatThrownBy(() -> Money.parse(digits + "E+" + Math.abs(exponent)))
                            .hasMessage(Money.AMOUNT_RULE);
                });
    }

    @Test
    void anythingButAsciiDigitsPointAndMinusIsRefused() {
        qt().withFixedSeed(20261202L)
                .forAll(strings().allPossible().ofLengthBetween(1, 20))
                .assuming(text -> !text.matches("-?[0-9]{1,12}(\\.[0-9]{1,2})?"))
                .checkAssert(text -> assertThatThrownBy(() -> Money.parse(text)).hasMessage(Money.AMOUNT_RULE));
    }

    @Test
    void addingThenSubtractingAnAmountGivesTheFirstBack() {
        qt().withFixedSeed(20261202L)
                .forAll(longs().between(-LARGEST_CENTS, LARGEST_CENTS), longs().between(-LARGEST_CENTS, LARGEST_CENTS))
                .checkAssert((a, b) -> {
                    Money first = Money.parse(BigDecimal.valueOf(a, 2).toPlainString());
                    Money second = Money.parse(BigDecimal.valueOf(b, 2).toPlainString());
                    assertThat(first.plus(second).minus(second)).isEqualTo(first);
                    assertThat(first.plus(second)).isEqualTo(second.plus(first));
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"100.005", "1,000.00", "$5", "5e1", "\uFF11\uFF10\uFF10", "", "NaN", "Infinity",
            "1000000000000", "-1000000000000.00", " 5", "5 ", "+5", "5.", ".5", "--5", "0x10", "\u0665"})
    void whatPeopleTypeOnPagesIsNotAnApiAmount(String text) {
        assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(Money.AMOUNT_RULE);
    }

    @Test
    void aHugeExponentIsRefusedAtOnce() {
        String huge = "1e400000";
        long started = System.nanoTime();
        assertThatThrownBy(() -> Money.parse(huge)).hasMessage(Money.AMOUNT_RULE);
        assertThatThrownBy(() -> StrictJson.decimal(huge)).hasMessage(StrictJson.DECIMAL_RULE);
        assertThatThrownBy(() -> Money.parse("9".repeat(1_000_000))).hasMessage(Money.AMOUNT_RULE);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void theLargestAmountsAreRead() {
        assertThat(Money.parse("999999999999.99").amount()).isEqualByComparingTo("999999999999.99");
        assertThat(Money.parse("-999999999999.99").amount()).isEqualByComparingTo("-999999999999.99");
        assertThat(Money.parse("1250")).isEqualTo(Money.usd("1250.00"));
        assertThat(Money.parse("-0.5")).isEqualTo(Money.usd("-0.50"));
    }
}
