package com.invoice24.clients;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The onboarding checklist: what to capture before the first invoice so nobody has to chase
 * it later. Each item names the field it concerns, whether it applies to a client, and when it is done.
 */
public enum OnboardingItem {

    BILLING_EMAIL("billingEmail", "Billing email", profile -> true,
            profile -> present(profile.billingEmail())),
    AP_CONTACT("apContact", "AP contact", profile -> true,
            profile -> present(profile.apContact().name()) || present(profile.apContact().email())),
    PURCHASE_ORDER("defaultPoNumber", "PO number (this client requires one)", BillingProfile::poRequired,
            profile -> present(profile.defaultPoNumber())),
    W9_SENT("w9Sent", "W-9 sent", profile -> true,
            profile -> Boolean.TRUE.equals(profile.vendorOnboarding().w9Sent())),
    CERTIFICATE_OF_INSURANCE("coiSent", "Certificate of insurance sent", profile -> true,
            profile -> Boolean.TRUE.equals(profile.vendorOnboarding().coiSent())),
    VENDOR_FORM("vendorFormComplete", "Vendor form complete", profile -> true,
            profile -> Boolean.TRUE.equals(profile.vendorOnboarding().vendorFormComplete())),
    BANKING_FORM("bankingFormComplete", "Banking form complete", profile -> true,
            profile -> Boolean.TRUE.equals(profile.vendorOnboarding().bankingFormComplete())),
    TAX_EXEMPTION_CERTIFICATE("taxExemptionCertificateOnFile", "Tax exemption certificate on file",
            BillingProfile::taxExempt, BillingProfile::taxExemptionCertificateOnFile);

    private final String key;
    private final String label;
    private final Predicate<BillingProfile> applies;
    private final Predicate<BillingProfile> done;

    OnboardingItem(String key, String label, Predicate<BillingProfile> applies, Predicate<BillingProfile> done) {
        this.key = key;
        this.label = label;
        this.applies = applies;
        this.done = done;
    }

    /** The name used in the API's {@code missingOnboarding}: the field that completes the item. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public boolean appliesTo(BillingProfile profile) {
        return applies.test(profile);
    }

    public boolean doneFor(BillingProfile profile) {
        return done.test(profile);
    }

    public static List<OnboardingItem> missingFor(BillingProfile profile) {
        return Arrays.stream(values()).filter(item -> item.appliesTo(profile) && !item.doneFor(profile)).toList();
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
