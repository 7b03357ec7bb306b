package com.invoice24.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

class CatalogBrowserTest extends BrowserWalk {

    @Test
    void ownerAddsAServiceItemAfterItsNameAndPriceWereRefusedAndGivesOneClientItsOwnRate() {
        Workspace harbor = signUp("Harbor Light Consulting");
        client(harbor, "Globex Corporation");
        signIn(harbor);

        open("/settings/items/new");
        type("description", "Discovery workshop – {project}");
        type("unitPrice", "abc");
        click("form.catalog-form button[type=submit]");
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("name-error")));
        assertThat(text("name-error")).isEqualTo("Enter the item's name");
        assertThat(text("unitPrice-error")).isEqualTo("Enter a unit price, such as 187.50");
        assertKept("description", "Discovery workshop – {project}");
        assertKept("unitPrice", "abc");
        screenshot("catalog-1-item-empty-name-garbage-price");

        type("name", "Discovery workshop");
        type("unitPrice", "12345678901234567.00");
        click("form.catalog-form button[type=submit]");
        waiting.until(ExpectedConditions.invisibilityOfElementLocated(By.id("name-error")));
        assertThat(text("unitPrice-error")).isEqualTo("Use at most 4 decimals (and 15 digits before the point)");
        assertKept("name", "Discovery workshop");
        assertKept("unitPrice", "12345678901234567.00");
        screenshot("catalog-2-item-huge-price");

        type("unitPrice", "$1,250.50");
        click("form.catalog-form button[type=submit]");
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"),
                "\"Discovery workshop\" is in your service library."));
        assertKept("unitPrice", "1250.50");
        screenshot("catalog-3-item-saved");

        type("rate-unitPrice", "165");
        click("form[action$='/client-rates'] button[type=submit]");
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("clientId-error")));
        assertThat(text("clientId-error")).isEqualTo("Choose a client");
        assertKept("rate-unitPrice", "165");
        scrollTo(browser.findElement(By.id("clientId-error")));
        screenshot("catalog-4-rate-no-client");

        new Select(browser.findElement(By.id("clientId"))).selectByVisibleText("Globex Corporation");
        type("rate-unitPrice", "cheap");
        click("form[action$='/client-rates'] button[type=submit]");
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("rate-unitPrice-error")));
        assertThat(text("rate-unitPrice-error")).isEqualTo("Enter a unit price, such as 187.50");
        assertThat(new Select(browser.findElement(By.id("clientId"))).getFirstSelectedOption().getText())
                .isEqualTo("Globex Corporation");
        assertKept("rate-unitPrice", "cheap");
        scrollTo(browser.findElement(By.id("rate-unitPrice-error")));
        screenshot("catalog-5-rate-garbage");

        type("rate-unitPrice", "1,165");
        click("form[action$='/client-rates'] button[type=submit]");
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"),
                "Rate saved for Globex Corporation."));
        assertThat(browser.findElement(By.cssSelector("table[aria-labelledby=client-rates]")).getText())
                .contains("Globex Corporation", "$1,165.00");
        scrollTo(browser.findElement(By.id("client-rates")));
        screenshot("catalog-6-rate-saved");
    }

    @Test
    void ownerSavesAnInvoiceTemplateOnceTheLineWithoutADescriptionIsDescribed() {
        Workspace harbor = signUp("Harbor Light Consulting");
        signIn(harbor);

        open("/settings/templates/new");
        type("name", "On-call support retainer");
        type("lines0.quantity", "1");
        type("lines0.unitPrice", "4,000");
        click("form.catalog-form button[type=submit]");
        WebElement refusal = waiting.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("td.has-error .field-error")));
        assertThat(refusal.getText()).isEqualTo("Enter the line's description");
        assertKept("name", "On-call support retainer");
        assertKept("lines0.quantity", "1");
        assertKept("lines0.unitPrice", "4,000");
        scrollTo(refusal);
        screenshot("catalog-7-template-line-without-description");

        type("lines0.description", "On-call IT support retainer – {period}");
        click("form.catalog-form button[type=submit]");
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"),
                "Template \"On-call support retainer\" saved."));
        assertKept("lines0.description", "On-call IT support retainer – {period}");
        assertKept("lines0.unitPrice", "4000.00");
        screenshot("catalog-8-template-saved");

        open("/settings/templates");
        assertThat(browser.findElement(By.tagName("table")).getText())
                .contains("On-call support retainer", "On-call IT support retainer – {period}");
        screenshot("catalog-9-template-listed");
    }
}
