package com.invoice24.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.shared.Contact;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnboardingChecklistTest {


    @Test
    void aNewClientMissesEveryItemThatAppliesToIt() {
        assertThat(OnboardingItem.missingFor(BillingProfile.named("Initech"))).containsExactly(
                OnboardingItem.BILLING_EMAIL, OnboardingItem.AP_CONTACT, OnboardingItem.W9_SENT,
                OnboardingItem.CERTIFICATE_OF_INSURANCE, OnboardingItem.VENDOR_FORM, OnboardingItem.BANKING_FORM);
    }

    @Test
    void aPoIsOnTheChecklistOnlyForClientsThatRequireOne() {
        BillingProfile requiresPo = BillingProfile.named("Globex").revisedBy(with(true, null));

        assertThat(OnboardingItem.missingFor(requiresPo)).contains(OnboardingItem.PURCHASE_ORDER);
        assertThat(OnboardingItem.missingFor(requiresPo.withDefaultPoNumber("4500123")))
                .doesNotContain(OnboardingItem.PURCHASE_ORDER);
    }

    @Test
    void anApContactCountsWithANameOrAnEmail() {
        BillingProfile profile = BillingProfile.named("Globex").revisedBy(new ClientRequest(null, null, null, null,
                null, new Contact(null, "ap@globex.example", null), null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null));

        assertThat(OnboardingItem.missingFor(profile)).doesNotContain(OnboardingItem.AP_CONTACT);
    }

    @Test
    void aCompleteProfileMissesNothing() {
        BillingProfile complete = BillingProfile.named("Globex").revisedBy(new ClientRequest(null, null,
                "ap@globex.example", List.of(), null, new Contact("Marge", null, null), null, null, null, false, null,
                null, null, null, null, true, true, new VendorOnboarding(true, true, true, true), null, null, null));

        assertThat(OnboardingItem.missingFor(complete)).isEmpty();
    }

    private static ClientRequest with(Boolean poRequired, String defaultPo) {
        return new ClientRequest(null, null, null, null, null, null, null, null, null, poRequired, defaultPo, null,
                null, null, null, null, null, null, null, null, null);
    }
}
