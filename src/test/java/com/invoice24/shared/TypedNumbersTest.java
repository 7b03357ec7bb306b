package com.invoice24.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypedNumbersTest {

    @Test
    void whatAFormShowsReadsBackAsTheSameNumber() {
        qt().withFixedSeed(20261202L)
                .forAll(longs().between(-999_999_999_999L, 999_999_999_999L), integers().between(0, 4))
                .checkAssert((unscaled, scale) -> {
                    BigDecimal value = BigDecimal.valueOf(unscaled, scale);
                    assertThat(TypedNumbers.parse(TypedNumbers.text(value))).isEqualByComparingTo(value);
                });
    }

    @Test
    void amountsReadWithThousandsSeparatorsAndADollarSign() {
        qt().withFixedSeed(20261202L)
                .forAll(longs().between(0, 99_999_999_999_999L))
                .checkAssert(cents -> {
                    BigDecimal amount = BigDecimal.valueOf(cents, 2);
                    assertThat(TypedNumbers.parse("$" + String.format(Locale.US, "%,.2f", amount)))
                            .isEqualByComparingTo(amount);
                });
    }

    @Test
    void decimalsShowPlainWithCentsAlways() {
        assertThat(TypedNumbers.text(new BigDecimal("1E+2"))).isEqualTo("100.00");
        assertThat(TypedNumbers.text(new BigDecimal("187.5000"))).isEqualTo("187.50");
        assertThat(TypedNumbers.text(new BigDecimal("33.3333"))).isEqualTo("33.3333");
    }

    @Test
    void anEmptyFieldIsNoNumber() {
        assertThat(TypedNumbers.parse("  ")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1e5", "1e400000", "12,34", "$", ".", "1.2.3", "1,200,00", "0x10",
            "1234567890123456789", "１２"})
    void anythingElseIsRefusedAtOnce(String typed) {
        assertThatThrownBy(() -> TypedNumbers.parse(typed)).isInstanceOf(IllegalArgumentException.class);
    }
}
