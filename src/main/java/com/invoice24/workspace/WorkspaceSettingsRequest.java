package com.invoice24.workspace;

import com.invoice24.shared.Address;
import com.invoice24.shared.Emails;
import com.invoice24.shared.PaymentTerms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A change to the workspace's settings ({@code PUT /api/v1/workspace} and the Business settings page).
 * A field left out (null) keeps its value, so a caller can send only what changes. {@code ownerPassword}
 * is read only when payment instructions already set up change; it is never kept or shown.
 */
public record WorkspaceSettingsRequest(
        @Nullable @Size(min = 1, max = 120, message = "Enter your business's name") String name,
        @Nullable @Size(max = 200) String legalName,
        @Nullable @Pattern(regexp = "^$|^\\d{2}-\\d{7}$", message = "Use the form 12-3456789") String ein,
        @Nullable @Email(regexp = Emails.PATTERN, message = Emails.MESSAGE) @Size(max = 254) String email,
        @Nullable @Size(max = 40) String phone,
        @Nullable @Valid Address address,
        @Nullable @Min(value = 0, message = "Use 0 (due on receipt) to 365 days")
        @Max(value = 365, message = "Use 0 (due on receipt) to 365 days") Integer defaultPaymentTermsDays,
        PaymentTerms.@Nullable Basis defaultPaymentTermsBasis,
        @Nullable String invoiceNumberPattern,
        @Nullable Boolean rollDueDateToBusinessDay,
        @Nullable @DecimalMin(value = "0", message = "Use a rate from 0 to 100 percent")
        @DecimalMax(value = "100", message = "Use a rate from 0 to 100 percent")
        @Digits(integer = 3, fraction = 4, message = "Use at most 4 decimals, such as 8.875") BigDecimal salesTaxRatePercent,
        @Nullable @Valid PaymentInstructions paymentInstructions,
        @Nullable String timeZone,
        @Nullable W9Offer w9Offer,
        @Nullable @Size(max = 1000) String ownerPassword) {

    @Override
    public String toString() {
        return "WorkspaceSettingsRequest[" + name + "]";
    }
}
