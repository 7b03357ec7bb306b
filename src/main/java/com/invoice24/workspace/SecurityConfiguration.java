package com.invoice24.workspace;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Three ways in: HTTP Basic only to obtain an API token, Bearer tokens for the rest of {@code /api},
 * and sessions (stored in PostgreSQL by Spring Session) with CSRF-protected forms for the pages.
 * Past the public addresses, {@link AccessPolicy} says which {@link Permission} each request needs;
 * a refused API call answers 403 with a problem detail, a refused page the "Not allowed" page.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] PUBLIC_PAGES = {"/login", "/signup", "/invitations/**", "/css/**", "/js/**",
        "/img/**", "/webjars/**", "/favicon.ico", "/error", "/actuator/health/**", "/v3/api-docs/**",
        "/v3/api-docs.yaml", "/swagger-ui/**", "/swagger-ui.html"};

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(MemberDirectory directory, PasswordEncoder passwords,
                                                LoginThrottle throttle, KnownDevices devices) {
        DaoAuthenticationProvider byPassword = new DaoAuthenticationProvider(directory);
        byPassword.setPasswordEncoder(passwords);
        return new ProviderManager(new ThrottledAuthenticationProvider(byPassword, throttle, devices));
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    @Order(1)
    SecurityFilterChain tokenIssuing(HttpSecurity http, AuthenticationManager authentication, ApiTokens tokens,
                                     ProblemResponses problems) throws Exception {
        AuthenticationEntryPoint entryPoint = (request, response, failure) -> basicFailure(problems, response, failure);
        return api(http, tokens, problems)
                .securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/tokens"))
                .authenticationManager(authentication)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiCalls(HttpSecurity http, ApiTokens tokens, ProblemResponses problems) throws Exception {
        return api(http, tokens, problems)
                .securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> AccessPolicy.API.applyTo(requests
                        .requestMatchers(HttpMethod.POST, "/api/v1/signup", "/api/v1/invitations/*/accept").permitAll()
                        .requestMatchers("/api/v1/test/**").permitAll()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, failure) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                            problems.write(response, HttpStatus.UNAUTHORIZED, "Send an API token as "
                                    + "'Authorization: Bearer <token>'. Get one from POST /api/v1/tokens or Settings.");
                        })
                        .accessDeniedHandler(forbidden(problems)))
                .build();
    }

    private HttpSecurity api(HttpSecurity http, ApiTokens tokens, ProblemResponses problems) throws Exception {
        return http
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, problems), BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .headers(SecurityConfiguration::securityHeaders);
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authentication,
                              SecurityContextRepository contexts, Members members) throws Exception {
        AuthenticationFailureHandler failures = new DelegatingAuthenticationFailureHandler(
                new LinkedHashMap<>(Map.of(LoginThrottledException.class,
                        new SimpleUrlAuthenticationFailureHandler("/login?throttled"))),
                new SimpleUrlAuthenticationFailureHandler("/login?error"));
        return http
                .authenticationManager(authentication)
                .securityContext(context -> context.securityContextRepository(contexts))
                .addFilterAfter(new SignedInMemberRefresh(members, contexts), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(requests -> AccessPolicy.PAGES.applyTo(requests
                        .requestMatchers(PUBLIC_PAGES).permitAll()))
                .formLogin(form -> form
                        .loginPage("/login")
                        .usernameParameter("email")
                        .defaultSuccessUrl("/")
                        .failureHandler(failures)
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
                .headers(SecurityConfiguration::securityHeaders)
                .build();
    }

    /**
     * On every response, pages and API alike. Script comes only from our own files, so text a client typed
     * can never run even if a template slipped; styles may be inline because the invoice sheet carries its
     * {@code <style>} block (the PDF renderer reads the same template) and tables set column widths in
     * {@code style} attributes, and CSS cannot run script. Images may be {@code data:} URIs: the logo is
     * inlined that way. HSTS goes out only over HTTPS, which a proxy's {@code X-Forwarded-Proto} signals.
     */
    private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frames -> frames.deny())
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }

    private static void basicFailure(ProblemResponses problems, HttpServletResponse response,
                                     AuthenticationException failure) throws java.io.IOException {
        if (failure instanceof LoginThrottledException) {
            problems.write(response, HttpStatus.TOO_MANY_REQUESTS, failure.getMessage());
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Invoice24\"");
        problems.write(response, HttpStatus.UNAUTHORIZED,
                "The email address or password is not right. Send them with HTTP Basic to get a token.");
    }

    private static AccessDeniedHandler forbidden(ProblemResponses problems) {
        return (request, response, denied) ->
                problems.write(response, HttpStatus.FORBIDDEN, "Your role does not allow this.");
    }
}
