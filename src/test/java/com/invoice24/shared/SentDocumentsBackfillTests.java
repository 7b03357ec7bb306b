package com.invoice24.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;

/**
 * Invoices and credit notes sent before PDFs were kept get the PDF they went out with, taken from
 * the email log by the V18 migration, and credit-note emails get their own kind.
 */
@SuppressWarnings("unchecked")
class SentDocumentsBackfillTests extends IntegrationTest {

    private static final String MIGRATION = "db/migration/V18__documents_as_sent.sql";

    @Test
    void documentsSentBeforeTheUpgradeAreServedAsTheyWereEmailed() throws IOException {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = create(acme, "/api/v1/clients", Map.of("name", "Globex", "billingEmail", "ap@globex.example"));
        String invoice = create(acme, "/api/v1/invoices", Map.of("clientId", client, "lines", List.of(
                Map.of("description", "Retainer – March 2026", "quantity", "1", "unitPrice", "12000"))));
        http.post().uri("/api/v1/invoices/{id}/send", invoice).headers(acme::authorize).exchange()
                .expectStatus().isOk();
        String note = create(acme, "/api/v1/credit-notes", Map.of("invoiceId", invoice, "amount", "500.00",
                "reason", "Travel billed twice"));
        byte[] invoicePdf = download(acme, "/api/v1/invoices/{id}/pdf", invoice);
        byte[] notePdf = download(acme, "/api/v1/credit-notes/{id}/pdf", note);
        beforeTheUpgrade(acme);
        http.put().uri("/api/v1/workspace").headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("legalName", "Acme Holdings Inc.")).exchange().expectStatus().isOk();

        backfill();

        assertThat(download(acme, "/api/v1/invoices/{id}/pdf", invoice)).isEqualTo(invoicePdf);
        assertThat(download(acme, "/api/v1/credit-notes/{id}/pdf", note)).isEqualTo(notePdf);
        List<Map<String, Object>> emails = http.get().uri("/api/v1/emails?invoiceId={id}", invoice)
                .headers(acme::authorize).exchange().expectStatus().isOk().returnResult(List.class).getResponseBody();
        assertThat(emails).extracting(email -> email.get("kind")).containsExactly("INVOICE", "CREDIT_NOTE");
    }

    /** As the data stood before V18: no PDFs kept, credit-note emails filed as invoices. */
    private void beforeTheUpgrade(Workspace workspace) {
        jdbc().sql("DELETE FROM sent_documents WHERE workspace_id = :workspace")
                .param("workspace", workspace.id()).update();
        jdbc().sql("UPDATE emails SET kind = 'INVOICE' WHERE workspace_id = :workspace")
                .param("workspace", workspace.id()).update();
    }

    /** The backfill part of the migration, statement by statement. */
    private void backfill() throws IOException {
        String migration = new ClassPathResource(MIGRATION).getContentAsString(StandardCharsets.UTF_8);
        String backfill = migration.substring(migration.indexOf("-- Backfill:"));
        Arrays.stream(backfill.split(";"))
                .map(statement -> statement.lines().filter(line -> !line.startsWith("--"))
                        .reduce("", (sql, line) -> sql + line + "\n").strip())
                .filter(statement -> !statement.isEmpty())
                .forEach(statement -> jdbc().sql(statement).update());
    }

    private String create(Workspace workspace, String path, Map<String, ?> body) {
        return (String) http.post().uri(path).headers(workspace::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
    }

    private byte[] download(Workspace workspace, String path, String id) {
        return http.get().uri(path, UUID.fromString(id)).headers(workspace::authorize).exchange()
                .expectStatus().isOk().returnResult(byte[].class).getResponseBody();
    }
}
