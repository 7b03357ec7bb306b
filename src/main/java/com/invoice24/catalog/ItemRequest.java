package com.invoice24.catalog;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A service item as the API and the item form give it; {@code taxable} left out means not taxable. */
record ItemRequest(
        @NotBlank(message = "Enter the item's name")
        @Size(max = 120, message = "Keep the name to 120 characters") String name,
        @Size(max = 2000, message = "Keep the description to 2,000 characters") @Nullable String description,
        @NotNull(message = "Choose a unit") Unit unit,
        @NotNull(message = "Enter a unit price, such as 187.50")
        @DecimalMin(value = "0", message = "The unit price cannot be negative")
        @Digits(integer = 15, fraction = 4, message = "Use at most 4 decimals (and 15 digits before the point)")
        BigDecimal unitPrice,
        @Nullable Boolean taxable,
        @Size(max = 120, message = "Keep the category to 120 characters") @Nullable String category) {
}
