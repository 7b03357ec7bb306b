package com.invoice24.shared;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links on pages are written as the templates give them. With the webjars locator on the classpath Spring Boot adds
 * a filter that passes every link a page builds through the static-file resolvers, and static files are mapped at
 * {@code /**}: each row's link ({@code /invoices/{id}}, {@code /clients/{id}}) was looked up on the classpath in
 * every static location before it was written, and a miss is never remembered. That was most of the cost of a list
 * page. The one link it changed was htmx's, to the path with the webjar's version; {@code /webjars/} serves the
 * path without it just the same.
 */
@Configuration(proxyBeanMethods = false)
class PageLinks {

    /** Takes the place of Boot's filter (it backs off when one is registered), and is never applied. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> off = new FilterRegistrationBean<>(
                new ResourceUrlEncodingFilter());
        off.setEnabled(false);
        return off;
    }
}
