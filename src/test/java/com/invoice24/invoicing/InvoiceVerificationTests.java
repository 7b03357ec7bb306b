package com.invoice24.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import com.invoice24.PdfText;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

/**
 * AP holds an invoice and wants to know it is genuine before paying: the code printed on it, entered at
 * /verify by anyone without an account, shows the invoice as issued and the payment details on file.
 */
class InvoiceVerificationTests extends IntegrationTest {

    private static final Pattern PRINTED_CODE = Pattern.compile(
            "\\b([0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2})\\b");

    private Workspace acme;
    private String globex;

    @BeforeEach
    void acmeBillsGlobex() {
        setToday("2026-03-02");
        acme = signUp("Acme Consulting LLC");
        http.put().uri("/api/v1/workspace").headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("legalName", "Acme Consulting LLC", "phone", "518-555-0100",
                        "paymentInstructions", Map.of("ach", "Bank: First Albany Bank\nRouting: 021000021\n"
                                + "Account: 483920174455")))
                .exchange().expectStatus().isOk();
        globex = clients(acme).create(Map.of("name", "Globex", "legalName", "Globex Corporation",
                "billingEmail", "ap@globex.example"));
    }

    @Test
    void theSentPdfCarriesItsCodeAndWhereToCheckItAndADraftHasNone() {
        String draft = invoices(acme).forClient(globex).line("Discovery workshop", "4", "187.50").draft();
        assertThat(PdfText.of(pdf(draft)).text()).doesNotContain("Verify this invoice");

        invoices(acme).send(draft);

        assertThat(PdfText.of(pdf(draft)).text()).contains("Verify this invoice at", "localhost:8080/verify", "— code");
        assertThat(PRINTED_CODE.matcher(PdfText.of(pdf(draft)).text()).results()).hasSize(1);
        assertThat(codeOn(invoices(acme).forClient(globex).line("Second workshop", "1", "500").sent()))
                .isNotEqualTo(codeOn(draft));
    }

    @Test
    void anyoneEnteringTheCodeSeesTheInvoiceAsIssuedAndThePaymentDetailsOnFile() {
        String invoice = invoices(acme).forClient(globex).line("Discovery workshop", "4", "187.50").sent();
        payments(acme).from(globex, "250.00").allocate(invoice, "250.00").record();
        String code = codeOn(invoice);

        EntityExchangeResult<String> page = verify(visitor(), code.toLowerCase().replace("-", " "));

        assertThat(page.getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(page.getResponseBody()).contains("Invoice INV-2026-0001 from Acme Consulting LLC",
                "Globex Corporation", "Mar 2, 2026", "Apr 1, 2026", "$750.00", "$500.00", "Partially paid",
                "518-555-0100", "Routing: 021000021", "Account: 483920174455", "Last changed on Mar 2, 2026",
                "/verify/" + code.replace("-", "") + "/pdf");
        assertThat(page.getResponseHeaders().getFirst("X-Robots-Tag")).contains("noindex");
    }

    @Test
    void aVoidedInvoiceStillVerifiesAndSaysNotToPayIt() {
        String invoice = invoices(acme).forClient(globex).line("Discovery workshop", "4", "187.50").sent();
        http.post().uri("/api/v1/invoices/{id}/void", invoice).headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", "Sent to the wrong client"))
                .exchange().expectStatus().isOk();

        assertThat(verify(visitor(), codeOn(invoice)).getResponseBody())
                .contains("This invoice was cancelled (void): do not pay it.", "Balance due now", "$0.00");
    }

    @Test
    void thePdfBehindTheCodeIsTheOneSent() {
        String invoice = invoices(acme).forClient(globex).line("Discovery workshop", "4", "187.50").sent();
        String code = codeOn(invoice);

        byte[] downloaded = visitor().download("/verify/" + code.replace("-", "") + "/pdf");

        assertThat(downloaded).isEqualTo(pdf(invoice));
    }

    @Test
    void aCodeThatFindsNothingSaysNotToPay() {
        EntityExchangeResult<String> page = verify(visitor(), "7KQ4-M2XD-9P");

        assertThat(page.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getResponseBody()).contains("No invoice has this code", "Do not pay",
                "a number you already have").doesNotContain("Payment instructions on file");
        assertThat(visitor().get("/verify/7KQ4M2XD9P/pdf").getResponseBody()).contains("No invoice has this code");
    }

    @Test
    void garbageAndHugeInputGetTheFormBackWithHowACodeLooks() {
        PageSession visitor = visitor();
        for (String typed : new String[] {"", "'; DROP TABLE invoices; --", "<script>alert(1)</script>",
            "7KQ4-M2XD-9U", "x".repeat(200_000)}) {
            EntityExchangeResult<String> page = verify(visitor, typed);
            assertThat(page.getStatus()).as(typed.length() + " characters").isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
            assertThat(page.getResponseBody()).contains("A code has 10 letters and digits")
                    .doesNotContain("<script>alert(1)</script>");
        }
        assertThat(visitor.get("/verify/not%20a%20code/pdf").getResponseBody()).contains("No invoice has this code");
    }

    @Test
    void oneAddressTryingCodesIsStoppedButGenuineCodesNeverCountAgainstIt() {
        String code = codeOn(invoices(acme).forClient(globex).line("Discovery workshop", "4", "187.50").sent());
        PageSession guesser = visitor();
        for (int i = 0; i < 15; i++) {
            assertThat(verify(guesser, code).getStatus()).isEqualTo(HttpStatus.OK);
        }
        for (int guess = 0; guess < 10; guess++) {
            assertThat(verify(guesser, "7KQ4-M2XD-" + String.format("%02d", guess)).getStatus())
                    .isEqualTo(HttpStatus.NOT_FOUND);
        }

        EntityExchangeResult<String> stopped = verify(guesser, code);

        assertThat(stopped.getStatus()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(stopped.getResponseBody()).contains("Too many codes", "Try again in")
                .doesNotContain("Routing: 021000021");
        assertThat(guesser.get("/verify/" + code.replace("-", "") + "/pdf").getStatus())
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(verify(visitor(), code).getStatus()).as("another address").isEqualTo(HttpStatus.OK);
    }

    /** Someone with no account, at an address of their own. */
    private PageSession visitor() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new PageSession(port).from("203.0." + random.nextInt(256) + "." + random.nextInt(1, 255));
    }

    private static EntityExchangeResult<String> verify(PageSession visitor, String code) {
        visitor.getHtml("/verify");
        return visitor.submitHtml("/verify", Map.of("code", code));
    }

    private String codeOn(String invoice) {
        Matcher code = PRINTED_CODE.matcher(PdfText.of(pdf(invoice)).text());
        assertThat(code.find()).as("a code on the PDF").isTrue();
        return code.group(1);
    }

    private byte[] pdf(String invoice) {
        return http.get().uri("/api/v1/invoices/{id}/pdf", invoice).headers(acme::authorize).exchange()
                .expectStatus().isOk().returnResult(byte[].class).getResponseBody();
    }
}
