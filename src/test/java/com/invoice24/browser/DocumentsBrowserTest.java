package com.invoice24.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.BrowserTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.MediaType;

/** What AP receives: the W-9 and vendor number set up on the pages, and the documents in the email log. */
class DocumentsBrowserTest extends BrowserTest {

    @Test
    void ownerSetsUpTheW9AndTheVendorNumberAndTheSentInvoiceCarriesThem() throws IOException {
        Workspace acme = signUp("Harbor Light Consulting");
        String client = client(acme, Map.of("name", "Globex Corporation", "billingEmail", "ap@globex.example",
                "defaultPoNumber", "4500123"));
        signIn(acme);

        open("/settings/business");
        new Select(browser.findElement(By.id("w9Offer"))).selectByValue("ATTACHED");
        browser.findElement(By.cssSelector(".settings-form button[type=submit]")).click();
        WebElement problem = waiting.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".w9-offer .field-error")));
        assertThat(problem.getText()).contains("Upload your W-9 (a PDF) below first");
        assertThat(new Select(browser.findElement(By.id("w9Offer"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("ATTACHED");
        show(problem);
        screenshot("documents-01-w9-attached-before-upload-refused");

        browser.findElement(By.id("w9-file")).sendKeys(file("w9.pdf", "this is not a pdf".getBytes()).toString());
        browser.findElement(By.cssSelector("form[action$='/settings/business/w9'] button")).click();
        assertThat(flash("error")).isEqualTo("Upload the W-9 as a PDF; this file is not one.");
        screenshot("documents-02-w9-garbage-refused");
        show(browser.findElement(By.id("w9-file")));
        screenshot("documents-02b-w9-section");

        browser.findElement(By.id("w9-file")).sendKeys(file("w9.pdf", aPdf()).toString());
        browser.findElement(By.cssSelector("form[action$='/settings/business/w9'] button")).click();
        assertThat(flash("success")).startsWith("W-9 saved.");
        new Select(browser.findElement(By.id("w9Offer"))).selectByValue("ATTACHED");
        browser.findElement(By.cssSelector(".settings-form button[type=submit]")).click();
        assertThat(flash("success")).isEqualTo("Business settings saved.");
        screenshot("documents-03-w9-attached");

        open("/clients/" + client + "/edit");
        browser.findElement(By.id("name")).clear();
        browser.findElement(By.id("vendorNumber")).sendKeys("V-100238");
        browser.findElement(By.cssSelector("form button[type=submit].primary")).click();
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".has-error")));
        assertThat(browser.findElement(By.id("vendorNumber")).getAttribute("value")).isEqualTo("V-100238");
        show(browser.findElement(By.id("vendorNumber")));
        screenshot("documents-04-vendor-number-kept-on-refusal");
        browser.findElement(By.id("name")).sendKeys("Globex Corporation");
        browser.findElement(By.cssSelector("form button[type=submit].primary")).click();
        waiting.until(ExpectedConditions.urlMatches(".*/clients/" + client + "$"));

        String draft = draft(acme, client);
        open("/invoices/" + draft);
        browser.findElement(By.xpath("//button[text()='Send invoice']")).click();
        waiting.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[text()='Send anyway']"))).click();
        waiting.until(ExpectedConditions.textMatches(By.tagName("h1"), java.util.regex.Pattern.compile("Invoice INV-.*")));
        String summary = browser.findElement(By.cssSelector(".invoice-sheet .summary")).getText();
        assertThat(summary).contains("INV-2026-0001", "4500123", "V-100238", "$13,350.00 USD");
        screenshot("documents-05-sent-invoice-summary");
        browser.manage().window().setSize(new Dimension(390, 844));
        screenshot("documents-06-sent-invoice-phone");
        show(browser.findElement(By.cssSelector(".invoice-sheet .closing")));
        screenshot("documents-06b-sent-invoice-phone-totals");
        browser.manage().window().setSize(new Dimension(1280, 900));

        open("/emails");
        assertThat(browser.findElement(By.cssSelector("table")).getText()).contains("Invoice");
        browser.findElement(By.partialLinkText("Invoice INV-2026-0001")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "W-9.pdf"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Invoice-INV-2026-0001.pdf",
                "$13,350.00");
        screenshot("documents-07-invoice-email-with-w9");
    }

    @Test
    void aStatementIsEmailedFromItsPageAndTheEmailLogLabelsEachDocument() {
        Workspace acme = signUp("Harbor Light Consulting");
        String initech = client(acme, Map.of("name", "Initech"));
        String globex = client(acme, Map.of("name", "Globex Corporation", "billingEmail", "ap@globex.example"));
        String invoice = draft(acme, globex);
        http.post().uri("/api/v1/invoices/{id}/send", invoice).headers(acme::authorize).exchange()
                .expectStatus().isOk();
        http.post().uri("/api/v1/credit-notes").headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("invoiceId", invoice, "amount", "1350.00", "reason", "Workshop not delivered"))
                .exchange().expectStatus().isCreated();
        signIn(acme);

        open("/clients/" + initech + "/statement");
        browser.findElement(By.xpath("//button[text()='Email to client']")).click();
        assertThat(flash("error")).isEqualTo("Add a billing email to Initech's profile to email their statement.");
        screenshot("documents-08-statement-without-billing-email-refused");

        open("/clients/" + globex + "/statement");
        screenshot("documents-09-statement-page");
        browser.findElement(By.xpath("//button[text()='Email to ap@globex.example']")).click();
        assertThat(flash("success")).startsWith("Statement queued");

        open("/emails");
        String log = browser.findElement(By.cssSelector("table")).getText();
        assertThat(log).contains("Statement", "Credit note", "Invoice");
        screenshot("documents-10-email-log-labels");
    }

    private void signIn(Workspace workspace) {
        open("/login");
        browser.findElement(By.id("email")).sendKeys(workspace.ownerEmail());
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waiting.until(ExpectedConditions.textToBe(By.tagName("h1"), "Harbor Light Consulting"));
    }

    private void show(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    private String flash(String kind) {
        return waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash." + kind))).getText();
    }

    private String client(Workspace workspace, Map<String, ?> client) {
        return (String) http.post().uri("/api/v1/clients").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(client).exchange()
                .expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
    }

    private String draft(Workspace workspace, String client) {
        return (String) http.post().uri("/api/v1/invoices").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("clientId", client, "lines", List.of(
                        Map.of("description", "Platform engineering retainer – March", "quantity", "1",
                                "unit", "MONTH", "unitPrice", "12000"),
                        Map.of("description", "Architecture review workshop", "quantity", "6", "unit", "HOUR",
                                "unitPrice", "225"))))
                .exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
    }

    private static Path file(String name, byte[] content) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "uploads"));
        return Files.write(folder.resolve(name), content).toAbsolutePath();
    }

    private static byte[] aPdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
