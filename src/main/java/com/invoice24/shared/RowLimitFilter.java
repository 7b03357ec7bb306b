package com.invoice24.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a form that names a row far beyond any list a page holds ({@code lines[100000].quantity}):
 * binding would otherwise have to grow a list to that size, or fail deep inside the framework.
 */
@Component
class RowLimitFilter extends OncePerRequestFilter {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d{1,9})]|\\[\\d{10,}]");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (String name : Collections.list(request.getParameterNames())) {
            Matcher index = INDEX.matcher(name);
            while (index.find()) {
                if (index.group(1) == null || Integer.parseInt(index.group(1)) >= PageInputs.MAX_ROWS) {
                    response.sendError(HttpStatus.BAD_REQUEST.value());
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
