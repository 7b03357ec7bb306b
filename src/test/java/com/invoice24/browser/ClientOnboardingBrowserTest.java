package com.invoice24.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.BrowserTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

class ClientOnboardingBrowserTest extends BrowserTest {

    @Test
    void bookkeeperOnboardsAClientAndSeesTheChecklist() {
        open("/signup");
        browser.findElement(By.id("workspaceName")).sendKeys("Harbor Light Consulting");
        browser.findElement(By.id("name")).sendKeys("Dana Whitfield");
        browser.findElement(By.id("email")).sendKeys("clients-" + UUID.randomUUID() + "@example.com");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waiting.until(ExpectedConditions.textToBe(By.tagName("h1"), "Harbor Light Consulting"));

        open("/settings/business");
        browser.findElement(By.id("invoiceNumberPattern")).clear();
        browser.findElement(By.id("invoiceNumberPattern")).sendKeys("HL-{yyyy}-{seq:3}");
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("number-preview"), "HL-"));
        screenshot("settings-business");

        open("/clients/new");
        browser.findElement(By.id("name")).sendKeys("Globex Corporation");
        browser.findElement(By.id("billingEmail")).sendKeys("ap@globex.example");
        browser.findElement(By.id("address.state")).sendKeys("Oregon");
        new Select(browser.findElement(By.id("paymentTermsBasis"))).selectByValue("NET");
        browser.findElement(By.id("paymentTermsDays")).sendKeys("45");
        browser.findElement(By.id("poRequired1")).click();
        browser.findElement(By.cssSelector("form.settings-form button[type=submit]")).click();

        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("address.state-error")));
        screenshot("client-form-with-errors");
        browser.findElement(By.id("address.state")).clear();
        browser.findElement(By.id("address.state")).sendKeys("OR");
        browser.findElement(By.cssSelector("form.settings-form button[type=submit]")).click();

        waiting.until(ExpectedConditions.textToBe(By.tagName("h1"), "Globex Corporation"));
        assertThat(browser.findElement(By.cssSelector(".checklist")).getText())
                .contains("PO number (this client requires one)", "W-9 sent");
        screenshot("client-page");

        open("/clients");
        assertThat(browser.findElement(By.cssSelector("table")).getText()).contains("Globex Corporation", "Net 45");
        screenshot("client-list");
    }
}
