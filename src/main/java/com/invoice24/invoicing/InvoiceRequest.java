package com.invoice24.invoicing;

import com.invoice24.shared.Money;
import com.invoice24.shared.PaymentTerms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A draft invoice as {@code POST|PUT /api/v1/invoices} take it (API.md). On {@code PUT} a field left
 * out keeps its value; {@code lines}, when given, replace all lines.
 */
public record InvoiceRequest(
        @Nullable UUID clientId,
        @Nullable LocalDate issueDate,
        @Nullable @Min(value = 0, message = "Use 0 (due on receipt) to 365 days")
        @Max(value = 365, message = "Use 0 (due on receipt) to 365 days") Integer paymentTermsDays,
        PaymentTerms.@Nullable Basis paymentTermsBasis,
        @Nullable LocalDate dueDate,
        @Nullable @Size(max = 60) String poNumber,
        @Nullable UUID projectId,
        @Nullable @Size(max = 60) String projectCode,
        @Nullable @Size(max = 200) String reference,
        @Nullable @Valid Period servicePeriod,
        @Nullable @Size(max = 4000) String notes,
        @Nullable @Size(max = 500, message = "Use at most 500 lines") List<@NotNull @Valid Line> lines,
        @Nullable Money discount) {

    public record Period(@Nullable LocalDate start, @Nullable LocalDate end) {
    }

    public record Line(
            @Nullable UUID itemId,
            @Nullable @Size(max = 1000) String description,
            @NotNull(message = "Enter a quantity")
            @Digits(integer = 15, fraction = 4, message = "Use at most 4 decimals") BigDecimal quantity,
            @Nullable @Size(max = 20) String unit,
            @Nullable @DecimalMin(value = "0", message = "Use a price of 0 or more")
            @Digits(integer = 15, fraction = 4, message = "Use at most 4 decimals") BigDecimal unitPrice,
            @Nullable Boolean taxable) {
    }
}
