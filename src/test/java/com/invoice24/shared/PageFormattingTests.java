package com.invoice24.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.invoice24.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.ConversionService;

/** How page forms show and read values: what a date input and a person typing amounts need. */
class PageFormattingTests extends IntegrationTest {

    @Autowired
    @Qualifier("mvcConversionService")
    ConversionService forms;

    @Test
    void datesShowAsADateInputReadsThem() {
        assertThat(forms.convert(LocalDate.of(2026, 3, 5), String.class)).isEqualTo("2026-03-05");
        assertThat(forms.convert("2026-03-05", LocalDate.class)).isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @Test
    void pricesShowPlainAndReadAsTyped() {
        assertThat(forms.convert(new BigDecimal("1E+2"), String.class)).isEqualTo("100.00");
        assertThat(forms.convert("$1,200", BigDecimal.class)).isEqualByComparingTo("1200");
        assertThat(forms.convert("1,200.00", Money.class)).isEqualTo(Money.usd("1200.00"));
        assertThatThrownBy(() -> forms.convert("1e400000", BigDecimal.class))
                .isInstanceOf(ConversionFailedException.class);
    }
}
