package com.invoice24.payments;

import com.invoice24.clients.PaymentMethod;
import com.invoice24.shared.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A payment as {@code POST /api/v1/payments} takes it. Without {@code allocations} it pays
 * the oldest due invoices first; an empty list keeps it all as credit (a deposit or retainer).
 */
record PaymentRequest(
        @Nullable @NotNull(message = "Choose the client who paid") UUID clientId,
        @Nullable @NotNull(message = "Enter the amount received") Money amount,
        @Nullable LocalDate receivedOn,
        @Nullable @NotNull(message = "Choose how it was paid") PaymentMethod method,
        @Nullable @Size(max = 120) String reference,
        @Nullable Money fee,
        @Nullable @Size(max = 200) List<@NotNull @Valid Target> allocations) {

    public record Target(@Nullable @NotNull(message = "Choose the invoice") UUID invoiceId,
                         @Nullable @NotNull(message = "Enter the amount for this invoice") Money amount) {
    }
}
