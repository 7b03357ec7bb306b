package com.invoice24.workspace;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused because of too many recent failures; answered with 429. */
class LoginThrottledException extends AuthenticationException {

    LoginThrottledException(String message) {
        super(message);
    }
}
