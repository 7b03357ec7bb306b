package com.invoice24.shared;

import java.util.Locale;
import java.util.Set;

/** USPS state and territory codes, as a US address and a client's tax setup use them. */
public final class UsStates {

    private static final Set<String> CODES = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
            "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
            "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
            "DC", "PR", "GU", "VI", "AS", "MP", "AA", "AE", "AP");

    private UsStates() {
    }

    public static boolean isCode(String code) {
        return CODES.contains(code.trim().toUpperCase(Locale.ROOT));
    }
}
