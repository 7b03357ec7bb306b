package com.invoice24.catalog;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** A client's own unit price for an item. */
record RateRequest(
        @NotNull(message = "Enter a unit price, such as 187.50")
        @DecimalMin(value = "0", message = "The unit price cannot be negative")
        @Digits(integer = 15, fraction = 4, message = "Use at most 4 decimals (and 15 digits before the point)")
        BigDecimal unitPrice) {
}
