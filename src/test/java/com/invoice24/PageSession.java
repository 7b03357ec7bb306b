package com.invoice24;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A browser without a browser: keeps the session cookie and sends the page's CSRF token with forms. */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

    private final String base;
    private final RestTestClient http;
    private @Nullable String session;
    private @Nullable String csrf;

    public PageSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = RestTestClient.bindToServer(new JdkClientHttpRequestFactory()).build();
    }

    public EntityExchangeResult<String> get(String path) {
        EntityExchangeResult<String> page = http.get().uri(URI.create(base + path)).headers(this::withSession)
                .exchange().returnResult(String.class);
        remember(page);
        return page;
    }

    public EntityExchangeResult<String> submit(String path, Map<String, String> fields) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        if (csrf != null) {
            form.add("_csrf", csrf);
        }
        EntityExchangeResult<String> page = http.post().uri(URI.create(base + path)).headers(this::withSession)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                .exchange().returnResult(String.class);
        remember(page);
        return page;
    }

    /** A file the page offers (a PDF), as bytes. */
    public byte[] download(String path) {
        return http.get().uri(URI.create(base + path)).headers(this::withSession).exchange()
                .expectStatus().isOk().returnResult(byte[].class).getResponseBody();
    }

    public static void assertRedirectsTo(EntityExchangeResult<String> page, String path) {
        assertThat(page.getStatus().is3xxRedirection()).as("redirect from " + page.getUrl()).isTrue();
        assertThat(page.getResponseHeaders().getLocation()).hasPath(path);
    }

    private void withSession(HttpHeaders headers) {
        if (session != null) {
            headers.add(HttpHeaders.COOKIE, "SESSION=" + session);
        }
    }

    private void remember(EntityExchangeResult<String> page) {
        for (String cookie : page.getResponseHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
            Matcher value = SESSION.matcher(cookie);
            if (value.find()) {
                session = value.group(1).isEmpty() ? null : value.group(1);
            }
        }
        String body = page.getResponseBody();
        if (body != null) {
            Matcher token = CSRF.matcher(body);
            if (token.find()) {
                csrf = token.group(1);
            }
        }
    }
}
