package com.invoice24.workspace;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Email and password sign-in (form and HTTP Basic), refused while the {@link LoginThrottle} says so.
 * A try is spent before the password is checked and given back when it is right; a device that gets
 * in is remembered as known to the account.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final KnownDevices devices;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, KnownDevices devices) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.devices = devices;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) {
        String email = authentication.getName();
        String ipAddress = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? String.valueOf(details.getRemoteAddress()) : "unknown";
        SignInAttempt attempt = new SignInAttempt(email, ipAddress, devices.recognised(email));
        LoginThrottle.Admission admitted = throttle.admit(attempt);
        Authentication signedIn = passwords.authenticate(authentication);
        if (signedIn != null) {
            throttle.succeeded(admitted);
            devices.remember(email, attempt.knownDevice());
        }
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
