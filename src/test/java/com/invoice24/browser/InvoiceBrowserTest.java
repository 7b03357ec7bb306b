package com.invoice24.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.BrowserTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.MediaType;

class InvoiceBrowserTest extends BrowserTest {

    @Test
    void bookkeeperWritesAnInvoiceWatchesTheTotalsAndSendsIt() {
        Workspace acme = signUp("Harbor Light Consulting");
        http.post().uri("/api/v1/clients").headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Globex Corporation", "billingEmail", "ap@globex.example",
                        "defaultPoNumber", "4500123"))
                .exchange().expectStatus().isCreated();
        open("/login");
        browser.findElement(By.id("email")).sendKeys(acme.ownerEmail());
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waiting.until(ExpectedConditions.textToBe(By.tagName("h1"), "Harbor Light Consulting"));

        open("/invoices/new");
        new Select(browser.findElement(By.id("clientId"))).selectByVisibleText("Globex Corporation");
        browser.findElement(By.id("lines0.description")).sendKeys("Discovery workshop (4 hours) – Project X");
        browser.findElement(By.id("lines0.quantity")).sendKeys("4");
        browser.findElement(By.id("lines0.unitPrice")).sendKeys("187.5");
        browser.findElement(By.id("discount")).sendKeys("50");
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("totals"), "$700.00"));
        screenshot("invoice-editor");

        browser.findElement(By.cssSelector(".actions button[type=submit]")).click();
        waiting.until(ExpectedConditions.textToBe(By.tagName("h1"), "Draft invoice"));
        browser.findElement(By.xpath("//button[text()='Send invoice']")).click();

        waiting.until(ExpectedConditions.textMatches(By.tagName("h1"), java.util.regex.Pattern.compile("Invoice INV-.*")));
        assertThat(browser.findElement(By.cssSelector(".invoice-sheet")).getText()).contains("4500123", "$700.00");
        screenshot("invoice-sent");
    }
}
