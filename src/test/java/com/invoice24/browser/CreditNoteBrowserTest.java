package com.invoice24.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

class CreditNoteBrowserTest extends BrowserWalk {

    @Test
    void bookkeeperIssuesACreditNoteAfterTheEmptyGarbageAndTooLargeAmountsWereRefused() {
        Workspace harbor = signUp("Harbor Light Consulting");
        String globex = client(harbor, "Globex Corporation");
        String invoice = sentInvoice(harbor, globex, "12000.00");
        signIn(harbor);

        open("/invoices/" + invoice);
        browser.findElement(By.linkText("Issue credit note")).click();
        waiting.until(ExpectedConditions.textToBe(By.tagName("h1"), "Credit note for invoice INV-2026-0001"));
        issue();
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("reason-error")));
        assertThat(text("reason-error")).isEqualTo("Enter the reason");
        screenshot("credit-note-1-nothing-entered");

        type("reason", "Two workshop days were not delivered");
        issue();
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("amount-error")));
        assertThat(text("amount-error")).isEqualTo("Enter the amount to credit");
        assertKept("reason", "Two workshop days were not delivered");
        screenshot("credit-note-2-empty-amount");

        type("amount", "a lot");
        issue();
        waiting.until(ExpectedConditions.textToBe(By.id("amount-error"), "Enter an amount such as 1250.00"));
        assertKept("amount", "a lot");
        assertKept("reason", "Two workshop days were not delivered");
        screenshot("credit-note-3-garbage-amount");

        type("amount", "12,500.00");
        issue();
        waiting.until(ExpectedConditions.textToBe(By.id("amount-error"), "Use at most $12,000.00"));
        assertKept("amount", "12500.00");
        assertKept("reason", "Two workshop days were not delivered");
        screenshot("credit-note-4-above-the-balance");

        type("amount", "$1,250");
        issue();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"),
                "for $1,250.00 issued; $10,750.00 is now due on INV-2026-0001."));
        screenshot("credit-note-5-issued");

        open("/clients/" + globex);
        WebElement note = waiting.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#client-credits a[href^='/credit-notes/']")));
        assertThat(browser.findElement(By.id("client-credits")).getText())
                .contains("Two workshop days were not delivered", "$1,250.00");
        scrollTo(note);
        screenshot("credit-note-6-on-the-client");
        note.click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("content"), "$1,250.00 on invoice"));
        assertThat(browser.findElement(By.id("content")).getText()).contains("Two workshop days were not delivered");
        screenshot("credit-note-7-page");
    }

    private void issue() {
        click("form.settings-form .actions button[type=submit]");
    }
}
