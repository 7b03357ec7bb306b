package com.invoice24.shared;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address clients reach this installation at ({@code invoice24.public-url}), for links that leave the app:
 * emails, PDFs and the portal. Behind a proxy it is the proxy's address, not the one the app listens on.
 */
@Component
public class PublicAddress {

    private final String base;

    PublicAddress(@Value("${invoice24.public-url:http://localhost:8080}") String base) {
        URI uri = URI.create(base);
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalStateException("invoice24.public-url must be an absolute http(s) address: " + base);
        }
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The absolute address of a path of this app; the path starts with a slash. */
    public String of(String path) {
        return base + path;
    }

    /** The address as people type it: host and path, without the scheme. */
    public String shown(String path) {
        return of(path).replaceFirst("^https?://", "");
    }
}
