package com.invoice24.clients;

import com.invoice24.shared.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

public record PurchaseOrderRequest(
        @NotBlank(message = "Enter the PO number") @Size(max = 60) String number,
        @NotNull(message = "Enter the PO amount") Money amount,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable @Size(max = 1000) String notes,
        @Nullable Boolean makeDefault) {
}
