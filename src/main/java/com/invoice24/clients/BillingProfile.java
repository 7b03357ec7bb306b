package com.invoice24.clients;

import com.invoice24.shared.Address;
import com.invoice24.shared.Contact;
import com.invoice24.shared.PaymentTerms;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Everything AP needs from the provider's side to approve and pay an invoice. */
public record BillingProfile(
        String name,
        @Nullable String legalName,
        @Nullable String billingEmail,
        List<String> ccEmails,
        Contact billingContact,
        Contact apContact,
        Address address,
        @Nullable PaymentTerms paymentTerms,
        boolean poRequired,
        @Nullable String defaultPoNumber,
        DeliveryMethod deliveryMethod,
        @Nullable String apPortalUrl,
        @Nullable PaymentMethod paymentMethodPreference,
        List<Integer> apPaymentRunDays,
        boolean taxExempt,
        boolean taxExemptionCertificateOnFile,
        VendorOnboarding vendorOnboarding,
        @Nullable String invoiceFormatNotes,
        @Nullable String notes,
        @Nullable String vendorNumber) {

    static BillingProfile named(String name) {
        return new BillingProfile(name, null, null, List.of(), Contact.none(), Contact.none(), Address.empty(),
                null, false, null, DeliveryMethod.EMAIL, null, null, List.of(), false, false,
                VendorOnboarding.nothingYet(), null, null, null);
    }

    /** This profile with what the request changes; what it leaves out stays. */
    BillingProfile revisedBy(ClientRequest change) {
        PaymentTerms terms = paymentTerms;
        if (change.paymentTermsDays() != null || change.paymentTermsBasis() != null) {
            PaymentTerms.Basis basis = or(change.paymentTermsBasis(),
                    terms != null ? terms.basis() : PaymentTerms.Basis.NET);
            terms = change.paymentTermsDays() != null ? new PaymentTerms(basis, change.paymentTermsDays())
                    : terms != null ? new PaymentTerms(basis, terms.days()) : null;
        }
        return new BillingProfile(
                change.name() != null ? change.name().trim() : name,
                text(change.legalName(), legalName),
                email(change.billingEmail(), billingEmail),
                change.ccEmails() != null
                        ? change.ccEmails().stream().map(String::trim).filter(cc -> !cc.isEmpty()).distinct().toList()
                        : ccEmails,
                change.billingContact() != null ? change.billingContact().normalized() : billingContact,
                change.apContact() != null ? change.apContact().normalized() : apContact,
                change.address() != null ? change.address().normalized() : address,
                terms,
                or(change.poRequired(), poRequired),
                text(change.defaultPoNumber(), defaultPoNumber),
                or(change.deliveryMethod(), deliveryMethod),
                text(change.apPortalUrl(), apPortalUrl),
                change.paymentMethodPreference() != null ? change.paymentMethodPreference() : paymentMethodPreference,
                change.apPaymentRunDays() != null
                        ? change.apPaymentRunDays().stream().distinct().sorted().toList() : apPaymentRunDays,
                or(change.taxExempt(), taxExempt),
                or(change.taxExemptionCertificateOnFile(), taxExemptionCertificateOnFile),
                vendorOnboarding.revisedBy(change.vendorOnboarding()),
                text(change.invoiceFormatNotes(), invoiceFormatNotes),
                text(change.notes(), notes),
                text(change.vendorNumber(), vendorNumber));
    }

    BillingProfile withDefaultPoNumber(String number) {
        return new BillingProfile(name, legalName, billingEmail, ccEmails, billingContact, apContact, address,
                paymentTerms, poRequired, number, deliveryMethod, apPortalUrl, paymentMethodPreference,
                apPaymentRunDays, taxExempt, taxExemptionCertificateOnFile, vendorOnboarding, invoiceFormatNotes,
                notes, vendorNumber);
    }

    private static <T> T or(@Nullable T changed, T current) {
        return changed != null ? changed : current;
    }

    /** An empty text clears the field; a missing one keeps it. */
    private static @Nullable String text(@Nullable String changed, @Nullable String current) {
        if (changed == null) {
            return current;
        }
        return changed.isBlank() ? null : changed.trim();
    }

    private static @Nullable String email(@Nullable String changed, @Nullable String current) {
        String email = text(changed, current);
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }
}
