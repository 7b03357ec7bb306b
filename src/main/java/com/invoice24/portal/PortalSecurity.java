package com.invoice24.portal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The client's side: no sign-in, the link itself is the credential. Stricter than the provider's pages: no script
 * at all, no inline style, nothing framed, no referrer (the address holds the token, and a referrer would carry it
 * to any site a clerk follows from here), never indexed and never cached. Forms keep CSRF protection; the payment
 * provider's webhooks, which no browser sends, do without it and prove themselves by signature instead.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain portal(HttpSecurity http,
                               @Value("${invoice24.portal.checkout-origin:https://checkout.stripe.com}")
                               String checkoutOrigin) throws Exception {
        String policy = "default-src 'none'; img-src 'self' data:; style-src 'self'; form-action 'self' "
                + checkoutOrigin + "; frame-ancestors 'none'; base-uri 'none'";
        return http
                .securityMatcher("/portal/**", "/verify/**", "/webhooks/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/webhooks/**"))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frames -> frames.deny())
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                        .addHeaderWriter(new StaticHeadersWriter("X-Robots-Tag", "noindex, nofollow, noarchive")))
                .build();
    }
}
