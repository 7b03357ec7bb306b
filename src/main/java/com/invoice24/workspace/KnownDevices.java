package com.invoice24.workspace;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Browsers and API clients that have signed in to an account before. After a right password the
 * response carries a cookie {@code <device id>.<HMAC of device id and account>}; the key lives in the
 * database ({@code sign_in_device_key}), so every instance trusts the cookies any other instance gave
 * out, and no one without it can make a cookie that passes for an account. The {@link LoginThrottle}
 * judges a known device by its own budget instead of the account's and its address's.
 *
 * <p>Sign-in runs inside Spring Security's filters, before any controller; the cookie is read from and
 * written to the request being served, which Spring's request-context filter holds for that thread.
 */
@Component
class KnownDevices {

    static final String COOKIE = "i24_device";
    private static final Duration REMEMBERED_FOR = Duration.ofDays(365);

    private final JdbcClient jdbc;
    private volatile byte @Nullable [] key;

    KnownDevices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The device this request's cookie proves for the account, or null if it proves none. */
    @Nullable String recognised(String email) {
        return request().flatMap(KnownDevices::cookie).map(value -> deviceIn(value, email)).orElse(null);
    }

    /** After a right password: a device not known yet gets its cookie for this account. */
    void remember(String email, @Nullable String knownDevice) {
        if (knownDevice != null) {
            return;
        }
        Optional<ServletRequestAttributes> current = current();
        HttpServletResponse response = current.map(ServletRequestAttributes::getResponse).orElse(null);
        if (response == null) {
            return;
        }
        ResponseCookie cookie = ResponseCookie.from(COOKIE, cookieValue(Secrets.newSecret(""), email))
                .httpOnly(true)
                .secure(current.get().getRequest().isSecure())
                .sameSite("Lax")
                .path("/")
                .maxAge(REMEMBERED_FOR)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    String cookieValue(String device, String email) {
        return device + "." + Secrets.sign(key(), device + "\n" + SignInAttempt.account(email));
    }

    /** The device id if the value was made by {@link #cookieValue} for this account. */
    @Nullable String deviceIn(String cookieValue, String email) {
        int dot = cookieValue.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        String device = cookieValue.substring(0, dot);
        return Secrets.same(cookieValue(device, email), cookieValue) ? device : null;
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            known = jdbc.sql("SELECT key FROM sign_in_device_key").query(byte[].class).single();
            key = known;
        }
        return known;
    }

    private static Optional<ServletRequestAttributes> current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes) : Optional.empty();
    }

    private static Optional<HttpServletRequest> request() {
        return current().map(ServletRequestAttributes::getRequest);
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .findFirst();
    }
}
