package com.invoice24.shared;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.Comparator;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's front page: name, version and description come from the pom (the build fills
 * them into application.properties as {@code info.app.*}); the guide to using the API is docs/api.md.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String TOKEN = "apiToken";

    /** One line per tag, for the tags whose controllers give none; read next to docs/architecture.md's modules. */
    private static final Map<String, String> TAG_DESCRIPTIONS = Map.of(
            "Invoices", "Drafts, sending, the invoice lifecycle (DRAFT, SENT, PAID, VOID, WRITTEN_OFF) and PDFs",
            "Clients", "Who is billed: billing profiles, purchase orders, statements and their emails",
            "Payments and credits", "Payments received and how they settle invoices; client credit; bank imports",
            "Collections", "Reminders, disputes, promises to pay, late fees, payment plans and client holds",
            "Workspace settings", "The business's name, address, numbering, terms, logo and W-9",
            "Sign-up and tokens", "Opening a workspace and the API tokens that call it",
            "Members", "Who works in the workspace and with which role");

    @Bean
    OpenAPI invoice24OpenApi(@Value("${info.app.name}") String name, @Value("${info.app.version}") String version,
                             @Value("${info.app.description}") String description) {
        return new OpenAPI()
                .info(new Info()
                        .title(name + " API")
                        .version(version)
                        .description(description + ". Every call except sign-up carries an API token as "
                                + "`Authorization: Bearer i24_...`; refusals are `application/problem+json` naming the "
                                + "fields at fault; creating calls take an `Idempotency-Key` header; lists take "
                                + "`page` and `size`. The repository's docs/api.md walks through an invoice's life."))
                .components(new Components().addSecuritySchemes(TOKEN, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("A workspace API token; only POST /api/v1/tokens, which issues one, takes "
                                + "HTTP Basic with a member's email and password instead")))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN));
    }

    /** Fills in the tags the controllers name without a description, and lists them by name. */
    @Bean
    OpenApiCustomizer describeTags() {
        return openApi -> {
            if (openApi.getTags() == null) {
                return;
            }
            for (Tag tag : openApi.getTags()) {
                if (tag.getDescription() == null || tag.getDescription().isBlank()) {
                    tag.setDescription(TAG_DESCRIPTIONS.get(tag.getName()));
                }
            }
            openApi.getTags().sort(Comparator.comparing(Tag::getName));
        };
    }
}
