package com.invoice24.shared;

import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.format.Formatter;
import org.springframework.stereotype.Component;

/**
 * Quantities, prices and rates in page forms: shown plain ({@code 100.00}, never {@code 1E+2}) and read
 * as people type them ({@code 1,200.00}, {@code $1,200}). JSON does not go through formatters, so the API
 * keeps its own strict reading.
 */
@Component
class DecimalFormatter implements Formatter<BigDecimal> {

    @Override
    public @Nullable BigDecimal parse(String text, Locale locale) {
        return TypedNumbers.parse(text);
    }

    @Override
    public String print(BigDecimal value, Locale locale) {
        return TypedNumbers.text(value);
    }
}
