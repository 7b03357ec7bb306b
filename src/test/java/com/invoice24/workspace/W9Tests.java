package com.invoice24.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import com.invoice24.PdfText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The W-9 AP asks for: "available on request" printed on invoices, or the PDF sent with every invoice email. */
@SuppressWarnings("unchecked")
class W9Tests extends IntegrationTest {

    @Test
    void onlyARealPdfIsAcceptedAsTheW9() throws IOException {
        Workspace acme = signUp("Acme Consulting LLC");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

        upload(acme, "w9.pdf", png).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("Upload the W-9 as a PDF; this file is not one.")
                .jsonPath("$.errors[0].field").isEqualTo("file");
        upload(acme, "w9.pdf", "%PDF-1.7 but nothing else".getBytes()).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.detail").isEqualTo("That file is not a PDF we can read. Upload the W-9 as a PDF.");
        upload(acme, "w9.pdf", new byte[0]).expectStatus().isEqualTo(422);
        upload(acme, "w9.pdf", new byte[3 * 1024 * 1024]).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.detail").isEqualTo("Upload the W-9 as a PDF of at most 2 MB.");
        http.get().uri("/api/v1/workspace").headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.hasW9").isEqualTo(false).jsonPath("$.w9Offer").isEqualTo("NONE");

        byte[] w9 = aPdf();
        upload(acme, "w9.pdf", w9).expectStatus().isNoContent();

        http.get().uri("/api/v1/workspace").headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.hasW9").isEqualTo(true);
        assertThat(http.get().uri("/api/v1/workspace/w9").headers(acme::authorize).exchange()
                .expectStatus().isOk().returnResult(byte[].class).getResponseBody()).isEqualTo(w9);
    }

    @Test
    void invoicesSayTheW9IsAvailableOnRequestOrCarryItInTheirEmail() throws IOException {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String client = clients(acme).globex().create();

        settings(acme, Map.of("w9Offer", "ATTACHED")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("w9Offer");
        settings(acme, Map.of("w9Offer", "ON_REQUEST")).expectStatus().isOk()
                .expectBody().jsonPath("$.w9Offer").isEqualTo("ON_REQUEST");
        String onRequest = sentInvoice(acme, client);
        assertThat(PdfText.of(pdf(acme, onRequest)).text()).contains("W-9 available on request.");
        assertThat(attachmentNames(acme, onRequest)).containsExactly("Invoice-INV-2026-0001.pdf");

        upload(acme, "w9.pdf", aPdf()).expectStatus().isNoContent();
        settings(acme, Map.of("w9Offer", "ATTACHED")).expectStatus().isOk();
        String attached = sentInvoice(acme, client);

        assertThat(PdfText.of(pdf(acme, attached)).text()).contains("Our W-9 is attached");
        assertThat(attachmentNames(acme, attached)).containsExactly("Invoice-INV-2026-0002.pdf", "W-9.pdf");
        assertThat(emailBody(acme, attached)).contains("Our W-9 is attached.");
        assertThat(emailBody(acme, onRequest)).contains("Our W-9 is available on request.");
        http.delete().uri("/api/v1/workspace/w9").headers(acme::authorize).exchange().expectStatus().isEqualTo(422);
        settings(acme, Map.of("w9Offer", "ON_REQUEST")).expectStatus().isOk();
        http.delete().uri("/api/v1/workspace/w9").headers(acme::authorize).exchange().expectStatus().isNoContent();
    }

    @Test
    void theSettingsPageExplainsEveryW9Refusal() {
        PageSession browser = new PageSession(port);
        browser.get("/signup");
        browser.submit("/signup", Map.of("workspaceName", "Northwind Studio", "name", "Dana",
                "email", "w9-" + UUID.randomUUID() + "@example.com", "password", PASSWORD));
        browser.get("/settings/business");

        EntityExchangeResult<String> refused = browser.submit("/settings/business", businessForm("ATTACHED"));
        assertThat(refused.getStatus().value()).isEqualTo(200);
        assertThat(refused.getResponseBody()).contains("Upload your W-9 (a PDF) below first")
                .contains("value=\"Northwind Studio\"").contains("First Bank, routing 111000025");

        EntityExchangeResult<String> garbage = browser.submit("/settings/business", businessForm("SOMETIMES"));
        assertThat(garbage.getStatus().value()).isEqualTo(200);

        browser.get("/settings/business");
        PageSession.assertRedirectsTo(browser.submit("/settings/business", businessForm("ON_REQUEST")),
                "/settings/business");
        assertThat(browser.get("/settings/business").getResponseBody())
                .contains("Business settings saved", "No W-9 on file")
                .containsPattern("value=\"ON_REQUEST\"\\s+selected");
    }

    private static Map<String, String> businessForm(String w9Offer) {
        Map<String, String> form = new HashMap<>(Map.ofEntries(Map.entry("name", "Northwind Studio"),
                Map.entry("legalName", ""), Map.entry("email", ""), Map.entry("phone", ""), Map.entry("ein", ""),
                Map.entry("address.line1", "1 Main St"), Map.entry("address.line2", ""),
                Map.entry("address.city", "Austin"), Map.entry("address.state", "TX"),
                Map.entry("address.postalCode", "78701"), Map.entry("address.country", "US"),
                Map.entry("defaultPaymentTermsDays", "30"), Map.entry("defaultPaymentTermsBasis", "NET"),
                Map.entry("invoiceNumberPattern", "NW-{seq}"), Map.entry("salesTaxRatePercent", "0"),
                Map.entry("timeZone", "America/Chicago"), Map.entry("rollDueDateToBusinessDay", "false"),
                Map.entry("paymentInstructions.ach", "First Bank, routing 111000025"),
                Map.entry("paymentInstructions.wire", ""), Map.entry("paymentInstructions.check", ""),
                Map.entry("paymentInstructions.cardUrl", "")));
        form.put("w9Offer", w9Offer);
        return form;
    }

    private static byte[] aPdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setTitle("Form W-9");
            document.save(out);
            return out.toByteArray();
        }
    }

    private RestTestClient.ResponseSpec upload(Workspace workspace, String name, byte[] bytes) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return http.put().uri("/api/v1/workspace/w9").headers(workspace::authorize)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).exchange();
    }

    private RestTestClient.ResponseSpec settings(Workspace workspace, Map<String, ?> change) {
        return http.put().uri("/api/v1/workspace").headers(workspace::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(change).exchange();
    }

    private String sentInvoice(Workspace workspace, String client) {
        return invoices(workspace).forClient(client).line("Retainer – March 2026", "1", "4000").sent();
    }

    private byte[] pdf(Workspace workspace, String invoice) {
        return http.get().uri("/api/v1/invoices/{id}/pdf", invoice).headers(workspace::authorize).exchange()
                .expectStatus().isOk().returnResult(byte[].class).getResponseBody();
    }

    private List<Object> attachmentNames(Workspace workspace, String invoice) {
        return ((List<Map<String, Object>>) invoiceEmail(workspace, invoice).get("attachments")).stream()
                .map(attachment -> attachment.get("filename")).toList();
    }

    private String emailBody(Workspace workspace, String invoice) {
        return (String) http.get().uri("/api/v1/emails/{id}", invoiceEmail(workspace, invoice).get("id"))
                .headers(workspace::authorize).exchange().expectStatus().isOk().returnResult(Map.class)
                .getResponseBody().get("body");
    }

    private Map<String, Object> invoiceEmail(Workspace workspace, String invoice) {
        List<Map<String, Object>> emails = http.get().uri("/api/v1/emails?invoiceId={id}", invoice)
                .headers(workspace::authorize).exchange().expectStatus().isOk().returnResult(List.class)
                .getResponseBody();
        return emails.get(0);
    }
}
