package com.invoice24.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money in one currency, always rounded to the currency's cents (half up), never a
 * floating-point number. In JSON it is a string with exactly two decimals: {@code "1250.00"}, read back
 * strictly by {@link #parse}; page forms read what people type through {@link TypedNumbers} instead.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public static final Currency USD = Currency.getInstance("USD");
    public static final String AMOUNT_RULE = "must be an amount with at most two decimals and at most 12 digits"
            + " before the point, like 1250.00";

    /**
     * Below a trillion: far above any invoice, and sums of many such amounts still fit the database's
     * NUMERIC(19,2). Checked as text, so {@code "1e400000"} is refused without being expanded.
     */
    private static final Pattern AMOUNT = Pattern.compile("-?[0-9]{1,12}(\\.[0-9]{1,2})?");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP);
    }

    public static Money usd(String amount) {
        return new Money(new BigDecimal(amount), USD);
    }

    public static Money of(BigDecimal amount) {
        return new Money(amount, USD);
    }

    public static Money zero() {
        return of(BigDecimal.ZERO);
    }

    /**
     * The API's reading: ASCII digits, an optional leading '-', at most two decimals and 12 digits before the
     * point ({@code "1250"}, {@code "-12.5"}); no separators, signs of currency, exponents or spaces.
     */
    public static Money parse(String text) {
        if (text.length() > 16 || !AMOUNT.matcher(text).matches()) {
            throw new IllegalArgumentException(AMOUNT_RULE);
        }
        return usd(text);
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    /** {@code quantity × this}, rounded once to cents, as a line amount is. */
    public Money times(BigDecimal quantity) {
        return new Money(amount.multiply(quantity), currency);
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    /** "12,000.00": how amounts read on an invoice. */
    public String formatted() {
        return String.format(Locale.US, "%,.2f", amount);
    }

    @JsonValue
    @Override
    public String toString() {
        return amount.toPlainString();
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot mix " + currency + " and " + other.currency);
        }
        return other;
    }
}
