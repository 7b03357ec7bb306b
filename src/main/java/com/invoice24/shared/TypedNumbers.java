package com.invoice24.shared;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Numbers as people type them into page forms: {@code "1,200.00"}, {@code "$1,200"}, {@code " 187.5 "}.
 * The API stays strict (JSON strings); only pages read commas and a dollar sign. No exponents and at most
 * 15 digits before the point, so a pasted {@code "1e400000"} is refused at once instead of being expanded.
 */
public final class TypedNumbers {

    private static final Pattern TYPED = Pattern.compile("-?\\$?(\\d{1,3}(,\\d{3})+|\\d{1,15})?(\\.\\d{0,10})?");

    private TypedNumbers() {
    }

    /** The number typed, or null for an empty field; {@link IllegalArgumentException} for anything else. */
    public static @Nullable BigDecimal parse(String text) {
        String typed = text.strip().replace(" ", "");
        if (typed.isEmpty()) {
            return null;
        }
        if (!TYPED.matcher(typed).matches() || typed.chars().noneMatch(Character::isDigit)) {
            throw new IllegalArgumentException("Not a number: " + typed);
        }
        return new BigDecimal(typed.replace("$", "").replace(",", ""));
    }

    /** As a form field shows it: plain digits, cents always, finer decimals only when there are any. */
    public static String text(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return value.setScale(Math.max(2, stripped.scale())).toPlainString();
    }
}
