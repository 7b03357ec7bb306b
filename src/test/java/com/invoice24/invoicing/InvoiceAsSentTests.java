package com.invoice24.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PdfText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The invoice as sent is frozen: the PDF the client received is the one every later download serves. */
@SuppressWarnings("unchecked")
class InvoiceAsSentTests extends IntegrationTest {

    private static final List<Map<String, Object>> RETAINER = List.of(
            Map.of("description", "Platform engineering retainer – March", "quantity", "1", "unit", "MONTH",
                    "unitPrice", "12000"),
            Map.of("description", "Architecture review workshop", "quantity", "6", "unit", "HOUR",
                    "unitPrice", "225"));

    private Workspace acme;

    @BeforeEach
    void acmeWithPaymentInstructions() {
        setToday("2026-03-02");
        acme = signUp("Acme Consulting LLC");
        putWorkspace(Map.of("legalName", "Acme Consulting LLC", "email", "billing@acme.example",
                "address", Map.of("line1", "100 Main St", "city", "Albany", "state", "NY", "postalCode", "12207"),
                "paymentInstructions", Map.of("ach", "Bank: First Albany Bank\nRouting: 021000021\nAccount: 483920174455",
                        "check", "Payable to Acme, 100 Main St, Albany, NY 12207")));
    }

    @Test
    void aSentInvoicesPdfStaysByteForByteTheOneEmailedWhateverChangesAfterwards() {
        String client = clients(acme).create(Map.of("name", "Globex", "billingEmail", "ap@globex.example", "vendorNumber", "V-100238"));
        String invoice = sentInvoice(client, RETAINER);
        byte[] asSent = pdf(invoice);

        assertThat(emailedPdf(invoice)).isEqualTo(asSent);
        putWorkspace(Map.of("name", "Acme Renamed", "legalName", "Acme Holdings Inc.",
                "address", Map.of("line1", "1 New Rd", "city", "Troy", "state", "NY", "postalCode", "12180"),
                "paymentInstructions", Map.of("ach", "Routing: 111000025\nAccount: 999999999"),
                "ownerPassword", PASSWORD));
        http.put().uri("/api/v1/clients/{id}", client).headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Globex Renamed", "vendorNumber", "NEW-1")).exchange().expectStatus().isOk();
        uploadLogo();

        byte[] later = pdf(invoice);
        assertThat(later).isEqualTo(asSent);
        assertThat(PdfText.of(later).text()).contains("Acme Consulting LLC", "021000021", "V-100238")
                .doesNotContain("Acme Holdings", "111000025", "NEW-1");
    }

    @Test
    void aDraftIsDrawnFromTodaysSettings() {
        String draft = id(draft(clients(acme).create(Map.of("name", "Globex", "billingEmail", "ap@globex.example")), RETAINER));
        assertThat(PdfText.of(pdf(draft)).text()).contains("Acme Consulting LLC");

        putWorkspace(Map.of("legalName", "Acme Holdings Inc."));

        assertThat(PdfText.of(pdf(draft)).text()).contains("Acme Holdings Inc.").doesNotContain("Acme Consulting LLC");
    }

    @Test
    void theFirstPageSaysWhatIsDueByWhenAboveTheLinesWithThousandsSeparators() throws IOException {
        String client = clients(acme).create(Map.of("name", "Globex", "billingEmail", "ap@globex.example", "vendorNumber", "V-100238",
                "defaultPoNumber", "4500123"));
        byte[] pdf = pdf(sentInvoice(client, RETAINER));
        keep("invoice-3-lines.pdf", pdf);

        String page = PdfText.page(pdf, 1);
        assertThat(page).contains("AMOUNT DUE", "$13,350.00", "DUE DATE", "Apr 1, 2026", "INV-2026-0001",
                "4500123", "V-100238");
        assertThat(page.indexOf("AMOUNT DUE")).isLessThan(page.indexOf("Platform engineering retainer"));
        assertThat(page).contains("$12,000.00").doesNotContain("12000.00");
        assertThat(page).contains("Routing: 021000021", "Account: 483920174455");
    }

    @Test
    void aLongInvoiceKeepsThePaymentInstructionsWithTheTotals() throws IOException {
        byte[] pdf = pdf(sentInvoice(clients(acme).create(Map.of("name", "Globex", "billingEmail", "ap@globex.example")),
                tickets(40)));
        keep("invoice-40-lines.pdf", pdf);

        PdfText document = PdfText.of(pdf);
        String lastPage = PdfText.page(pdf, document.pages());
        assertThat(document.pages()).isGreaterThan(1);
        assertThat(lastPage).contains("HOW TO PAY", "Routing: 021000021", "Total $69,000.00");
        assertThat(PdfText.page(pdf, 1)).contains("AMOUNT DUE", "$69,000.00");
        assertThat(document.text()).contains("40", "$1,725.00");
    }

    @Test
    void whereverThePageBreaksFallTheInstructionsStayOnThePageWithTheTotals() {
        String client = clients(acme).create(Map.of("name", "Globex", "billingEmail", "ap@globex.example"));
        for (int count = 16; count <= 36; count += 2) {
            byte[] pdf = pdf(id(draft(client, tickets(count))));
            int pages = PdfText.of(pdf).pages();
            for (int page = 1; page <= pages; page++) {
                String text = PdfText.page(pdf, page);
                assertThat(text.contains("HOW TO PAY")).as("%d lines, page %d", count, page)
                        .isEqualTo(text.contains("Subtotal")).isEqualTo(page == pages);
            }
        }
    }

    @Test
    void theInvoiceEmailReadsTheAmountWithThousandsSeparatorsAndOurVendorNumber() {
        String invoice = sentInvoice(clients(acme).create(Map.of("name", "Globex", "billingEmail", "ap@globex.example",
                "vendorNumber", "V-100238")), RETAINER);

        assertThat((String) http.get().uri("/api/v1/emails/{id}", invoiceEmail(invoice)).headers(acme::authorize)
                .exchange().expectStatus().isOk().returnResult(Map.class).getResponseBody().get("body"))
                .contains("for $13,350.00", "Our vendor number: V-100238", "Routing: 021000021");
    }

    private static List<Map<String, Object>> tickets(int count) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int line = 1; line <= count; line++) {
            lines.add(Map.of("description", "Support ticket #" + (4100 + line) + " – investigation and fix",
                    "quantity", "1.5", "unit", "HOUR", "unitPrice", "1150"));
        }
        return lines;
    }

    private String sentInvoice(String client, List<Map<String, Object>> lines) {
        String invoice = id(draft(client, lines));
        invoices(acme).send(invoice);
        return invoice;
    }

    private RestTestClient.ResponseSpec draft(String client, List<Map<String, Object>> lines) {
        return http.post().uri("/api/v1/invoices").headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("clientId", client, "lines", lines)).exchange();
    }

    private byte[] pdf(String invoice) {
        return http.get().uri("/api/v1/invoices/{id}/pdf", invoice).headers(acme::authorize).exchange()
                .expectStatus().isOk().returnResult(byte[].class).getResponseBody();
    }

    private String invoiceEmail(String invoice) {
        List<Map<String, Object>> emails = http.get().uri("/api/v1/emails?invoiceId={id}", invoice)
                .headers(acme::authorize).exchange().expectStatus().isOk().returnResult(List.class).getResponseBody();
        return (String) emails.get(0).get("id");
    }

    private byte[] emailedPdf(String invoice) {
        return http.get().uri("/api/v1/emails/{id}/attachments/0", invoiceEmail(invoice)).headers(acme::authorize)
                .exchange().expectStatus().isOk().returnResult(byte[].class).getResponseBody();
    }

    private void putWorkspace(Map<String, ?> change) {
        http.put().uri("/api/v1/workspace").headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(change).exchange().expectStatus().isOk();
    }

    private void uploadLogo() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(png) {
            @Override
            public String getFilename() {
                return "logo.png";
            }
        });
        http.put().uri("/api/v1/workspace/logo").headers(acme::authorize).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts).exchange().expectStatus().isNoContent();
    }

    /** Kept under target/pdfs to look at (tools/pdf-pages turns them into pictures). */
    private static void keep(String name, byte[] pdf) throws IOException {
        Path folder = Path.of("target", "pdfs");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), pdf);
    }

    private static String id(RestTestClient.ResponseSpec created) {
        return (String) created.expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
    }
}
