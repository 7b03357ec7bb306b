package com.invoice24.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Reads amounts typed into forms ("1,250", "$1250.00"); an empty field is no amount rather than an error. */
@Component
class MoneyConverter implements Converter<String, Money> {

    @Override
    public @Nullable Money convert(String source) {
        return source.isBlank() ? null : Money.of(source);
    }
}
