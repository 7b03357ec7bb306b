package com.invoice24.clients;

import org.jspecify.annotations.Nullable;

/**
 * The client's vendor paperwork. In a change request a field left out (null) keeps its value.
 */
public record VendorOnboarding(@Nullable Boolean w9Sent, @Nullable Boolean coiSent,
                               @Nullable Boolean vendorFormComplete, @Nullable Boolean bankingFormComplete) {

    public static VendorOnboarding nothingYet() {
        return new VendorOnboarding(false, false, false, false);
    }

    VendorOnboarding revisedBy(@Nullable VendorOnboarding change) {
        if (change == null) {
            return this;
        }
        return new VendorOnboarding(or(change.w9Sent, w9Sent), or(change.coiSent, coiSent),
                or(change.vendorFormComplete, vendorFormComplete), or(change.bankingFormComplete, bankingFormComplete));
    }

    boolean done(@Nullable Boolean step) {
        return Boolean.TRUE.equals(step);
    }

    private static @Nullable Boolean or(@Nullable Boolean changed, @Nullable Boolean current) {
        return changed != null ? changed : current;
    }
}
