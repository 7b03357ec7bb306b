package com.invoice24.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InvoiceNumberPatternTest {

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource({
        "INV-{yyyy}-{seq:4},  42,    INV-2026-0042",
        "INV-{yyyy}-{seq:4},  12345, INV-2026-12345",
        "{yy}{mm}-{seq:3},    7,     2603-007",
        "AC/{seq},            1001,  AC/1001",
        "#{seq:5} {yyyy},     9,     #00009 2026",
    })
    void numbersFollowThePattern(String pattern, long sequence, String number) {
        assertThat(new InvoiceNumberPattern(pattern).format(LocalDate.of(2026, 3, 15), sequence)).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"INV-{yyyy}", "{seq}-{seq}", "", "INV-{seq}-{dd}", "INV<{seq}>", "INVOICE-NUMBER-FOR-ACME-CONSULTING-{seq:4}"})
    void patternsWithoutExactlyOneSequenceOrWithOddCharactersAreRefused(String pattern) {
        assertThat(InvoiceNumberPattern.problemWith(pattern)).isPresent();
        assertThatThrownBy(() -> new InvoiceNumberPattern(pattern)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"INV-{yyyy}-{seq:4}, true", "{yy}-{seq}, true", "INV-{seq:6}, false"})
    void numberingRestartsYearlyWhenThePatternShowsTheYear(String pattern, boolean yearly) {
        assertThat(new InvoiceNumberPattern(pattern).restartsYearly()).isEqualTo(yearly);
    }
}
