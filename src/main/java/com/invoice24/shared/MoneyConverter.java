package com.invoice24.shared;

import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.format.Formatter;
import org.springframework.stereotype.Component;

/**
 * Amounts in page forms: read as typed ("1,250", "$1250.00"; an empty field is no amount rather than an
 * error) and shown back plain ("1250.00"), which any number field can read.
 */
@Component
class MoneyConverter implements Formatter<Money> {

    @Override
    public @Nullable Money parse(String text, Locale locale) {
        BigDecimal amount = TypedNumbers.parse(text);
        return amount == null ? null : Money.of(amount);
    }

    @Override
    public String print(Money money, Locale locale) {
        return money.toString();
    }
}
