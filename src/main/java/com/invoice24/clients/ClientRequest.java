package com.invoice24.clients;

import com.invoice24.shared.Address;
import com.invoice24.shared.Contact;
import com.invoice24.shared.Emails;
import com.invoice24.shared.PaymentTerms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A client's billing profile as sent to {@code POST|PUT /api/v1/clients} and the client form. On
 * {@code PUT} a field left out (null) keeps its value; {@code name} is needed to create a client.
 */
public record ClientRequest(
        @Nullable @Size(min = 1, max = 200, message = "Enter the client's name") String name,
        @Nullable @Size(max = 200) String legalName,
        @Nullable @Email(regexp = Emails.PATTERN, message = Emails.MESSAGE) @Size(max = 254) String billingEmail,
        @Nullable @Size(max = 10, message = "Use at most 10 CC addresses")
        List<@NotNull @Email(regexp = Emails.PATTERN, message = Emails.MESSAGE) String> ccEmails,
        @Nullable @Valid Contact billingContact,
        @Nullable @Valid Contact apContact,
        @Nullable @Valid Address address,
        @Nullable @Min(value = 0, message = "Use 0 (due on receipt) to 365 days")
        @Max(value = 365, message = "Use 0 (due on receipt) to 365 days") Integer paymentTermsDays,
        PaymentTerms.@Nullable Basis paymentTermsBasis,
        @Nullable Boolean poRequired,
        @Nullable @Size(max = 60) String defaultPoNumber,
        @Nullable DeliveryMethod deliveryMethod,
        @Nullable @Size(max = 500) @Pattern(regexp = "^$|^https?://\\S+$", message = "Use a link starting with https://")
        String apPortalUrl,
        @Nullable PaymentMethod paymentMethodPreference,
        @Nullable @Size(max = 6, message = "Use at most 6 payment-run days")
        List<@NotNull @Min(value = 1, message = "Use days 1 to 31") @Max(value = 31, message = "Use days 1 to 31")
                Integer> apPaymentRunDays,
        @Nullable Boolean taxExempt,
        @Nullable Boolean taxExemptionCertificateOnFile,
        @Nullable @Valid VendorOnboarding vendorOnboarding,
        @Nullable @Size(max = 2000) String invoiceFormatNotes,
        @Nullable @Size(max = 5000) String notes,
        @Nullable @Size(max = 60, message = "Use at most 60 characters") String vendorNumber) {
}
