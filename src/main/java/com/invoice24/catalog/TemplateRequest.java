package com.invoice24.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An invoice template as the API and the template form give it; left-out lists are empty. */
record TemplateRequest(
        @NotBlank(message = "Enter the template's name")
        @Size(max = 120, message = "Keep the name to 120 characters") String name,
        @NotNull(message = "Choose a billing model") BillingModel billingModel,
        @Size(max = 50, message = "Keep a template to 50 lines") @Nullable List<@NotNull @Valid Line> lines,
        @Size(max = 2000, message = "Keep the notes to 2,000 characters") @Nullable String notes,
        @Min(value = 0, message = "Payment terms cannot be negative")
        @Max(value = 365, message = "Use at most 365 days") @Nullable Integer paymentTermsDays,
        @Nullable Set<@NotNull SupportingDocument> attachments) {

    List<Line> linesOrNone() {
        return lines == null ? List.of() : lines;
    }

    Set<SupportingDocument> attachmentsOrNone() {
        return attachments == null ? Set.of() : attachments;
    }

    /** A default line; {@code itemId} links it to the service item it was taken from. */
    @Schema(name = "TemplateLineRequest")
    record Line(
            @Nullable UUID itemId,
            @NotBlank(message = "Enter the line's description")
            @Size(max = 2000, message = "Keep the description to 2,000 characters") String description,
            @NotNull(message = "Enter a quantity, such as 1 or 2.5")
            @DecimalMin(value = "0", message = "The quantity cannot be negative")
            @Digits(integer = 15, fraction = 4, message = "Use at most 4 decimals (and 15 digits before the point)")
            BigDecimal quantity,
            @NotNull(message = "Choose a unit") Unit unit,
            @NotNull(message = "Enter a unit price, such as 187.50")
            @DecimalMin(value = "0", message = "The unit price cannot be negative")
            @Digits(integer = 15, fraction = 4, message = "Use at most 4 decimals (and 15 digits before the point)")
            BigDecimal unitPrice,
            @Nullable Boolean taxable) {
    }
}
