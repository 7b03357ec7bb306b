package com.invoice24.workspace;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Email and password sign-in (form and HTTP Basic), refused while the {@link LoginThrottle} says so. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) {
        String email = authentication.getName();
        String ipAddress = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? String.valueOf(details.getRemoteAddress()) : "unknown";
        if (throttle.locked(email, ipAddress)) {
            throw new LoginThrottledException("Too many failed sign-in attempts. Wait "
                    + throttle.window().toMinutes() + " minutes and try again, or reset your password.");
        }
        try {
            return passwords.authenticate(authentication);
        } catch (BadCredentialsException e) {
            throttle.recordFailure(email, ipAddress);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
