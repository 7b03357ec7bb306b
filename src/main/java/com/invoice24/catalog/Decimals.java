package com.invoice24.catalog;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Unit prices and quantities: exact decimals with up to 4 places, never floating point. */
final class Decimals {

    private Decimals() {
    }

    /** Without trailing zeros, so that {@code 187.5000} from the database reads back as {@code "187.5"}. */
    static BigDecimal normalized(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** What someone typed into a form, such as {@code "$1,250.50"}; null when it is not a number. */
    static @Nullable BigDecimal parse(String text) {
        String plain = text.strip().replace(",", "").replace("$", "");
        if (plain.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** As a form shows it: cents always, more decimals only when the value has them. */
    static String text(BigDecimal value) {
        return value.setScale(Math.max(2, value.scale())).toPlainString();
    }
}
