package com.invoice24.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Holds every portal and verification request to its budgets (see {@link PortalThrottle}) before it reaches a
 * page; a refusal is the portal's polite 429 page. The payment provider's webhooks are left
 * out: they come from the provider's few addresses, and a refused one is retried for days.
 */
@Component
class PortalRateLimit implements HandlerInterceptor {

    private final PortalThrottle throttle;
    private final PortalLinks links;

    PortalRateLimit(PortalThrottle throttle, PortalLinks links) {
        this.throttle = throttle;
        this.links = links;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        String address = request.getRemoteAddr();
        throttle.request(address);
        String token = token(request);
        if (token != null) {
            throttle.lookup(address);
            if (links.isIssued(token)) {
                throttle.link(token);
            } else {
                throttle.unknownLink(address);
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static @Nullable String token(HttpServletRequest request) {
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables == null ? null : variables.get("token");
    }

    /**
     * Over a budget: when to come back, in the header for software and in words on the portal's page. For every
     * controller and ahead of every other advice, so that a refusal is the same 429 whichever module's page the
     * request was headed for (verification is invoicing's).
     */
    @ControllerAdvice
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Refusals {

        @ExceptionHandler(PortalThrottled.class)
        ModelAndView throttled(PortalThrottled throttled, HttpServletResponse response) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
            ModelAndView page = new ModelAndView("portal/too-many", HttpStatus.TOO_MANY_REQUESTS);
            page.addObject("wait", throttled.waitInWords());
            return page;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration implements WebMvcConfigurer {

        private final PortalRateLimit rateLimit;

        Registration(PortalRateLimit rateLimit) {
            this.rateLimit = rateLimit;
        }

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(rateLimit).addPathPatterns("/portal/**", "/verify/**");
        }
    }
}
