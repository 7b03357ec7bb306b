package com.invoice24.clients;

import org.jspecify.annotations.Nullable;

/** What the client list shows: a search, and the filters a bookkeeper works through. */
public record ClientFilter(@Nullable String q, @Nullable Boolean onHold, @Nullable Boolean missingOnboarding,
                           @Nullable Boolean withOpenBalance, @Nullable Boolean includeArchived) {

    public static ClientFilter all() {
        return new ClientFilter(null, null, null, null, null);
    }
}
