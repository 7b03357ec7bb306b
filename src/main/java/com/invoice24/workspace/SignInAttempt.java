package com.invoice24.workspace;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One try at signing in with a password, as the {@link LoginThrottle} judges it.
 *
 * @param email the account tried, as typed
 * @param ipAddress where the try came from
 * @param knownDevice the device id from a known-device cookie whose signature holds for this very
 *                    account, or null for a device the account has not signed in on
 */
record SignInAttempt(String email, String ipAddress, @Nullable String knownDevice) {

    /** The account the email names, however it was capitalised or padded. */
    String account() {
        return account(email);
    }

    static String account(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
