package com.invoice24.shared;

import java.math.BigDecimal;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Decimals travel as strings (never floating point): quantities, unit prices and rates as written
 * ({@code "187.5"}), money through {@link Money} with two decimals. What comes in is read by
 * {@link StrictJson}; a fraction where a whole number belongs is refused rather than cut off.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer decimalsAsStrings() {
        SimpleModule decimals = new SimpleModule("decimals-as-strings")
                .addSerializer(BigDecimal.class, new ValueSerializer<BigDecimal>() {
                    @Override
                    public void serialize(BigDecimal value, JsonGenerator json, SerializationContext context) {
                        json.writeString(value.toPlainString());
                    }
                });
        return builder -> builder.addModule(decimals).addModule(StrictJson.module())
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
