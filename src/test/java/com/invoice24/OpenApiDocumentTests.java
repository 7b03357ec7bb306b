package com.invoice24;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenAPI document introduces itself and names each schema once; see {@link OpenApiSchemaNamesTests}. */
class OpenApiDocumentTests extends IntegrationTest {

    @Test
    void theDocumentNamesTheApiItsVersionAndHowToCallIt() {
        Map<?, ?> document = apiDocs();
        Map<?, ?> info = (Map<?, ?>) document.get("info");
        assertThat(info.get("title")).isEqualTo("Invoice24 API");
        assertThat((String) info.get("version")).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat((String) info.get("description")).contains("Invoicing and receivables", "Idempotency-Key");
        Map<?, ?> schemes = (Map<?, ?>) ((Map<?, ?>) document.get("components")).get("securitySchemes");
        assertThat(schemes.keySet()).map(String::valueOf).contains("apiToken");
    }

    @Test
    void typesOfTheSameSimpleNameGetSchemasOfTheirOwn() {
        Map<?, ?> schemas = (Map<?, ?>) ((Map<?, ?>) apiDocs().get("components")).get("schemas");
        assertThat(schemas.keySet()).map(String::valueOf).contains("InvoiceLineRequest", "TemplateLineRequest", "CreditNoteLineRequest",
                "StatementLine", "InvoiceLineView", "TemplateLineView", "BankLineView", "ItemView",
                "LateFeePolicyRequest", "BankImportMappingRequest");
        assertThat(schemas.keySet()).map(String::valueOf).doesNotContain("Line", "LineView", "Request");
    }

    @Test
    void everyTagSaysWhatItCovers() {
        List<?> tags = (List<?>) apiDocs().get("tags");
        assertThat(tags).isNotEmpty().allSatisfy(tag ->
                assertThat((String) ((Map<?, ?>) tag).get("description")).as(tag.toString()).isNotBlank());
    }

    private Map<?, ?> apiDocs() {
        return http.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .returnResult(Map.class).getResponseBody();
    }
}
