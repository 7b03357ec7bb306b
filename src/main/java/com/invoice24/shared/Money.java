package com.invoice24.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money in one currency, always rounded to the currency's cents (half up), never a
 * floating-point number. In JSON it is a string with exactly two decimals: {@code "1250.00"}.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public static final Currency USD = Currency.getInstance("USD");

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

    /** From JSON strings and form fields: {@code "1250.00"}, {@code "1,250"}, {@code "$1250"}. */
    @JsonCreator
    public static Money of(String amount) {
        return usd(amount.trim().replace(",", "").replace("$", ""));
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
