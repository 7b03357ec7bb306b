package com.invoice24;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/** A browser without a browser: keeps the session cookie and sends the page's CSRF token with forms. */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

    private final String base;
    private final RestTestClient http;
    private @Nullable String session;
    private @Nullable String csrf;
    private @Nullable String ipAddress;

    public PageSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = RestTestClient.bindToServer(new JdkClientHttpRequestFactory()).build();
    }

    /**
     * Every later request comes from this address (as a proxy's X-Forwarded-For says, which the app trusts
     * from the local test client), so limits counted per address start afresh for this session.
     */
    public PageSession from(String address) {
        this.ipAddress = address;
        return this;
    }

    public EntityExchangeResult<String> get(String path) {
        EntityExchangeResult<String> page = http.get().uri(URI.create(base + path)).headers(this::withSession)
                .exchange().returnResult(String.class);
        remember(page);
        return page;
    }

    /** As a browser asks for a page: HTML first, as its Accept header says. */
    public EntityExchangeResult<String> getHtml(String path) {
        EntityExchangeResult<String> page = http.get().uri(URI.create(base + path)).headers(this::withSession)
                .accept(MediaType.TEXT_HTML).exchange().returnResult(String.class);
        remember(page);
        return page;
    }

    public EntityExchangeResult<String> submit(String path, Map<String, String> fields) {
        return submit(path, fields, null);
    }

    /** As a browser posts a form: HTML first, as its Accept header says. */
    public EntityExchangeResult<String> submitHtml(String path, Map<String, String> fields) {
        return submit(path, fields, MediaType.TEXT_HTML);
    }

    private EntityExchangeResult<String> submit(String path, Map<String, String> fields,
                                               @Nullable MediaType accepted) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        if (csrf != null) {
            form.add("_csrf", csrf);
        }
        RestTestClient.RequestBodySpec request = http.post().uri(URI.create(base + path)).headers(this::withSession);
        if (accepted != null) {
            request.accept(accepted);
        }
        EntityExchangeResult<String> page = request.contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                .exchange().returnResult(String.class);
        remember(page);
        return page;
    }

    /** A form with one file field, as a browser posts it: the bytes under a name the sender chose. */
    public EntityExchangeResult<String> upload(String path, String field, String filename, byte[] bytes) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add(field, new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        if (csrf != null) {
            parts.add("_csrf", csrf);
        }
        EntityExchangeResult<String> page = http.post().uri(URI.create(base + path)).headers(this::withSession)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).exchange().returnResult(String.class);
        remember(page);
        return page;
    }

    /** A file the page offers (a PDF), as bytes. */
    public byte[] download(String path) {
        return http.get().uri(URI.create(base + path)).headers(this::withSession).exchange()
                .expectStatus().isOk().returnResult(byte[].class).getResponseBody();
    }

    /**
     * Sends a form as a browser would: GET with the fields in the query, POST url-encoded or, for
     * {@code multipart/form-data}, with file fields as uploads of the given text.
     */
    public EntityExchangeResult<String> send(HttpMethod method, String path, MultiValueMap<String, String> fields,
                                             Set<String> fileFields) {
        if (method == HttpMethod.GET) {
            return get(UriComponentsBuilder.fromUriString(path).queryParams(encoded(fields)).build().toUriString());
        }
        RestTestClient.RequestBodySpec request = http.method(method).uri(URI.create(base + path))
                .headers(this::withSession);
        if (fileFields.isEmpty()) {
            request.contentType(MediaType.APPLICATION_FORM_URLENCODED).body(fields);
        } else {
            MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
            fields.forEach((name, values) -> values.forEach(value -> parts.add(name, fileFields.contains(name)
                    ? new ByteArrayResource(value.getBytes(StandardCharsets.UTF_8)) {
                        @Override
                        public String getFilename() {
                            return "upload.txt";
                        }
                    } : value)));
            request.contentType(MediaType.MULTIPART_FORM_DATA).body(parts);
        }
        EntityExchangeResult<String> page = request.exchange().returnResult(String.class);
        remember(page);
        return page;
    }

    private static MultiValueMap<String, String> encoded(MultiValueMap<String, String> fields) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        fields.forEach((name, values) -> values.forEach(value -> query.add(
                UriUtils.encode(name, StandardCharsets.UTF_8), UriUtils.encode(value, StandardCharsets.UTF_8))));
        return query;
    }

    /** A page's words as a reader sees them: no tags, one space between words, apostrophes as typed. */
    public static String words(EntityExchangeResult<String> page) {
        return String.valueOf(page.getResponseBody()).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ")
                .replace("&#39;", "'");
    }

    public static void assertRedirectsTo(EntityExchangeResult<String> page, String path) {
        assertThat(page.getStatus().is3xxRedirection()).as("redirect from " + page.getUrl()).isTrue();
        assertThat(page.getResponseHeaders().getLocation()).hasPath(path);
    }

    private void withSession(HttpHeaders headers) {
        if (session != null) {
            headers.add(HttpHeaders.COOKIE, "SESSION=" + session);
        }
        if (ipAddress != null) {
            headers.add("X-Forwarded-For", ipAddress);
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
