package com.invoice24.clients;

import com.invoice24.clients.ClientBalances.Balance;
import java.util.List;

/** A client as the list and the API show it: the profile with its checklist and balances. */
public record ClientAccount(Client client, List<OnboardingItem> missingOnboarding, Balance balance) {

    public boolean hasOpenBalance() {
        return balance.outstanding().isPositive();
    }
}
