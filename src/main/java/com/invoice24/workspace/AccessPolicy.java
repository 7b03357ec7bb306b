package com.invoice24.workspace;

import static com.invoice24.workspace.Permission.MANAGE_CLIENTS;
import static com.invoice24.workspace.Permission.MANAGE_MEMBERS;
import static com.invoice24.workspace.Permission.MANAGE_MONEY;
import static com.invoice24.workspace.Permission.MANAGE_SETTINGS;
import static com.invoice24.workspace.Permission.OWN_ACCOUNT;
import static com.invoice24.workspace.Permission.READ_BOOKS;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The whole access policy: which permission each API operation and each page needs, grouped by
 * feature. The first rule that matches a request decides, so a narrower path comes before the wider
 * one it carves out of. A method of {@code null} means any method. What no rule names needs
 * {@link Permission#MANAGE_SETTINGS}: a new endpoint stays closed to everyone but owners and admins
 * until it is given a row here.
 */
final class AccessPolicy {

    record Rule(@Nullable HttpMethod method, Permission permission, List<String> paths) {
    }

    /** Rules in the order they are tried. */
    record Rules(List<Rule> rules) {

        void applyTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
            for (Rule rule : rules) {
                String[] paths = rule.paths().toArray(String[]::new);
                String authority = rule.permission().name();
                if (rule.method() == null) {
                    requests.requestMatchers(paths).hasAuthority(authority);
                } else {
                    requests.requestMatchers(rule.method(), paths).hasAuthority(authority);
                }
            }
            requests.anyRequest().hasAuthority(MANAGE_SETTINGS.name());
        }
    }

    static final Rules API = rules(
            rule(GET, OWN_ACCOUNT, "/api/v1/me", "/api/v1/tokens"),
            rule(DELETE, OWN_ACCOUNT, "/api/v1/tokens/*"),

            rule(GET, READ_BOOKS, "/api/v1/members"),
            rule(GET, MANAGE_SETTINGS, "/api/v1/audit-log"),
            rule(null, MANAGE_MEMBERS, "/api/v1/invitations/**", "/api/v1/members/**"),

            rule(GET, READ_BOOKS, "/api/v1/workspace/**", "/api/v1/items/**", "/api/v1/invoice-templates/**"),
            rule(null, MANAGE_SETTINGS, "/api/v1/workspace/**", "/api/v1/items/**", "/api/v1/invoice-templates/**"),

            rule(GET, MANAGE_MONEY, "/api/v1/invoices/*/portal-link", "/api/v1/clients/*/portal-link"),
            rule(DELETE, MANAGE_MONEY, "/api/v1/clients/*/portal-links"),
            rule(GET, READ_BOOKS, "/api/v1/clients/**"),
            rule(null, MANAGE_MONEY, "/api/v1/clients/*/credit/**", "/api/v1/clients/*/statement/**",
                    "/api/v1/clients/*/reminder-policy"),
            rule(null, MANAGE_CLIENTS, "/api/v1/clients/**"),

            rule(GET, READ_BOOKS, "/api/v1/invoices/**", "/api/v1/payments/**", "/api/v1/credit-notes/**",
                    "/api/v1/disputes/**", "/api/v1/follow-ups/**", "/api/v1/bank-imports/**", "/api/v1/bank-lines/**",
                    "/api/v1/bank-mappings/**", "/api/v1/emails/**", "/api/v1/exports/**"),
            rule(null, MANAGE_MONEY, "/api/v1/invoices/**", "/api/v1/payments/**", "/api/v1/credit-notes/**",
                    "/api/v1/follow-ups/**", "/api/v1/bank-imports/**", "/api/v1/bank-lines/**", "/api/v1/bank-mappings/**",
                    "/api/v1/emails/**"));

    static final Rules PAGES = rules(
            rule(GET, OWN_ACCOUNT, "/"),
            rule(null, OWN_ACCOUNT, "/logout", "/settings/tokens/**"),

            rule(null, MANAGE_MEMBERS, "/settings/members/**"),

            rule(GET, MANAGE_SETTINGS, "/settings/items/new", "/settings/templates/new", "/settings/audit"),
            rule(GET, READ_BOOKS, "/settings/**", "/workspace/**"),
            rule(null, MANAGE_SETTINGS, "/settings/**"),

            rule(GET, MANAGE_CLIENTS, "/clients/new", "/clients/*/edit"),
            rule(GET, READ_BOOKS, "/clients/**"),
            rule(null, MANAGE_MONEY, "/clients/*/statement/**", "/clients/*/reminders/**", "/clients/*/portal-link",
                    "/clients/*/portal-links/**"),
            rule(null, MANAGE_CLIENTS, "/clients/**"),

            rule(GET, MANAGE_MONEY, "/invoices/new", "/invoices/*/edit", "/invoices/*/credit-notes/new",
                    "/payments/new"),
            rule(GET, READ_BOOKS, "/invoices/**", "/credit-notes/**", "/payments/**", "/collections/**",
                    "/emails/**", "/reports/**"),
            rule(null, MANAGE_MONEY, "/invoices/**", "/credit-notes/**", "/payments/**", "/collections/**",
                    "/emails/**", "/follow-ups/**"));

    private AccessPolicy() {
    }

    private static Rules rules(Rule... rules) {
        return new Rules(List.of(rules));
    }

    private static Rule rule(@Nullable HttpMethod method, Permission permission, String... paths) {
        return new Rule(method, permission, List.of(paths));
    }
}
