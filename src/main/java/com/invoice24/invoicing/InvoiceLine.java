package com.invoice24.invoicing;

import com.invoice24.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of an invoice: what was delivered, how much of it, at what price. */
public record InvoiceLine(@Nullable UUID itemId, String description, BigDecimal quantity, @Nullable String unit,
                          BigDecimal unitPrice, boolean taxable) {

    InvoiceLine describedAs(String newDescription) {
        return new InvoiceLine(itemId, newDescription, quantity, unit, unitPrice, taxable);
    }

    /** Quantity × unit price, rounded half-up to cents once. */
    public Money amount() {
        return Money.of(quantity.multiply(unitPrice));
    }

    /** "187.50", "33.3333", "1,500.00": cents always shown, finer prices in full. */
    public String unitPriceLabel() {
        BigDecimal shown = unitPrice.setScale(Math.max(2, unitPrice.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY);
        return String.format(Locale.US, "%,." + shown.scale() + "f", shown);
    }
}
