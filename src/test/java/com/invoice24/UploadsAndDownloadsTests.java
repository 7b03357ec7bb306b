package com.invoice24;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.overview.Bookkeeping;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Every upload is judged by its bytes: a real file of the kind the field takes is kept with the type its
 * bytes show, whatever it is called; an HTML page or a program called "invoice.pdf" is refused, naming the
 * field. Every download is saved under its own name, in any script.
 */
class UploadsAndDownloadsTests extends IntegrationTest {

    private static final byte[] HTML = "<!DOCTYPE html><html><body><script>fetch('/api/v1/tokens')</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] PROGRAM = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
    private static final byte[] SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
            .getBytes(StandardCharsets.UTF_8);

    private Workspace acme;
    private String invoice;

    @BeforeEach
    void aWorkspaceWithAnInvoice() {
        acme = signUp("Acme Consulting LLC");
        Bookkeeping books = new Bookkeeping(http, acme);
        books.today("2026-03-02");
        invoice = books.draft(books.onboardedClient("Globex Corporation"), "1500.00");
    }

    @Test
    void anInvoiceAttachmentIsKeptWithTheTypeItsBytesShowWhateverItIsCalled() throws IOException {
        attach("scan.bin", MediaType.APPLICATION_OCTET_STREAM, aPdf()).expectStatus().isCreated()
                .expectBody().jsonPath("$.contentType").isEqualTo("application/pdf");
        attach("receipt.pdf", MediaType.APPLICATION_PDF, image("png")).expectStatus().isCreated()
                .expectBody().jsonPath("$.contentType").isEqualTo("image/png");
        attach("photo", MediaType.IMAGE_PNG, image("jpg")).expectStatus().isCreated()
                .expectBody().jsonPath("$.contentType").isEqualTo("image/jpeg");
        attach("hours.txt", MediaType.TEXT_PLAIN, "date,hours\n2026-02-02,7.5\n".getBytes(StandardCharsets.UTF_8))
                .expectStatus().isCreated().expectBody().jsonPath("$.contentType").isEqualTo("text/csv");
    }

    @Test
    void anHtmlPageOrAProgramCalledPdfIsNotAttached() {
        for (byte[] disguised : List.of(HTML, PROGRAM, SVG)) {
            attach("invoice.pdf", MediaType.APPLICATION_PDF, disguised).expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("file")
                    .jsonPath("$.detail").isEqualTo("Attach a PDF, PNG, JPEG, CSV or XLSX file; this file is none of those.");
        }
        http.get().uri("/api/v1/invoices/{id}/attachments", invoice).headers(acme::authorize).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);

        PageSession page = signedIn(acme);
        page.get("/invoices/" + invoice);
        PageSession.assertRedirectsTo(page.upload("/invoices/" + invoice + "/attachments", "file", "invoice.pdf", HTML),
                "/invoices/" + invoice);
        assertThat(page.get("/invoices/" + invoice).getResponseBody())
                .contains("Attach a PDF, PNG, JPEG, CSV or XLSX file; this file is none of those.");
    }

    @Test
    void theLogoIsAPngOrJpegByItsBytesAndNeverAPageOrADrawingThatRunsScript() throws IOException {
        for (byte[] disguised : List.of(HTML, SVG, PROGRAM)) {
            send(HttpMethod.PUT, "/api/v1/workspace/logo", "logo.png", disguised).expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("file");
        }
        send(HttpMethod.PUT, "/api/v1/workspace/logo", "logo.gif", image("jpg")).expectStatus().isNoContent();
        http.get().uri("/api/v1/workspace/logo").headers(acme::authorize).exchange()
                .expectHeader().contentType(MediaType.IMAGE_JPEG);

        PageSession page = signedIn(acme);
        page.get("/settings/business");
        PageSession.assertRedirectsTo(page.upload("/settings/business/logo", "file", "logo.png", SVG),
                "/settings/business");
        assertThat(page.get("/settings/business").getResponseBody()).contains("Upload the logo as a PNG or JPEG image.");
    }

    @Test
    void theW9IsARealPdfAndNotAProgramCalledW9Pdf() throws IOException {
        send(HttpMethod.PUT, "/api/v1/workspace/w9", "w9.pdf", PROGRAM).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("file")
                .jsonPath("$.detail").isEqualTo("Upload the W-9 as a PDF; this file is not one.");
        send(HttpMethod.PUT, "/api/v1/workspace/w9", "scan", aPdf()).expectStatus().isNoContent();

        PageSession page = signedIn(acme);
        page.get("/settings/business");
        PageSession.assertRedirectsTo(page.upload("/settings/business/w9", "file", "w9.pdf", HTML),
                "/settings/business");
        assertThat(page.get("/settings/business").getResponseBody())
                .contains("Upload the W-9 as a PDF; this file is not one.");
    }

    @Test
    void aBankStatementIsTheTextFileABankExportsAndNotAProgramOrAPage() {
        String refusal = "Import the bank statement as the CSV, OFX or BAI2 file your bank exports; this file is none of those.";
        send(HttpMethod.POST, "/api/v1/bank-imports", "march.csv", PROGRAM).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("file").jsonPath("$.detail").isEqualTo(refusal);
        send(HttpMethod.POST, "/api/v1/bank-imports", "march.ofx", HTML).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("file");
        send(HttpMethod.POST, "/api/v1/bank-imports", "march.bin",
                "Date,Amount,Description,Reference\n3/24/2026,1000.00,DEPOSIT,\n".getBytes(StandardCharsets.UTF_8))
                .expectStatus().isCreated();

        PageSession page = signedIn(acme);
        page.get("/payments/import");
        EntityExchangeResult<String> refused = page.upload("/payments/import", "file", "march.csv", PROGRAM);
        assertThat(refused.getStatus().value()).isEqualTo(200);
        assertThat(refused.getResponseBody()).contains(refusal);
    }

    @Test
    void anAttachmentWithANonLatinNameIsDownloadedUnderThatName() throws IOException {
        String name = "Счёт №5 – März.pdf";
        String id = attachmentId(attach(name, MediaType.APPLICATION_PDF, aPdf()));

        HttpHeaders api = http.get().uri("/api/v1/invoices/{id}/attachments/{attachment}", invoice, id)
                .headers(acme::authorize).exchange().expectStatus().isOk().returnResult(byte[].class)
                .getResponseHeaders();
        PageSession page = signedIn(acme);
        HttpHeaders pages = page.get("/invoices/" + invoice + "/attachments/" + id).getResponseHeaders();

        for (HttpHeaders headers : List.of(api, pages)) {
            ContentDisposition disposition = ContentDisposition.parse(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION));
            assertThat(disposition.isAttachment()).isTrue();
            assertThat(disposition.getFilename()).isEqualTo(name);
            assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    private RestTestClient.ResponseSpec attach(String name, MediaType declared, byte[] bytes) {
        return send(HttpMethod.POST, "/api/v1/invoices/" + invoice + "/attachments", name, declared, bytes);
    }

    private RestTestClient.ResponseSpec send(HttpMethod method, String path, String name, byte[] bytes) {
        return send(method, path, name, MediaType.APPLICATION_OCTET_STREAM, bytes);
    }

    private RestTestClient.ResponseSpec send(HttpMethod method, String path, String name, MediaType declared,
                                             byte[] bytes) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders partHeaders = new HttpHeaders();
        partHeaders.setContentType(declared);
        partHeaders.set(HttpHeaders.CONTENT_DISPOSITION, "form-data; name=\"file\"; filename=\"" + name + "\"");
        parts.add("file", new HttpEntity<>(new ByteArrayResource(bytes), partHeaders));
        return http.method(method).uri(path).headers(acme::authorize).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts).exchange();
    }

    private static String attachmentId(RestTestClient.ResponseSpec response) {
        return (String) response.expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
    }

    private static byte[] aPdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] image(String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }
}
