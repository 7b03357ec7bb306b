package com.invoice24.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

class PortalSafetyBrowserTest extends BrowserWalk {

    @Test
    void theProviderCopiesALinkTheClerkOpensItAndOnceRevokedItOpensNothing() {
        setToday("2026-03-02");
        Workspace harbor = signUp("Harbor Light Consulting");
        String invoice = sentInvoice(harbor, client(harbor, "Globex Corporation"), "12000.00");
        signIn(harbor);
        open("/invoices/" + invoice);
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("portal-live-links"), "One link"));
        screenshot("portal-safety-1-invoice-page-box");

        click("#client-portal form[action$='/portal-link'] button[type=submit]");
        WebElement copied = waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-portal-link")));
        assertThat(copied.getDomProperty("readOnly")).isEqualTo("true");
        String link = copied.getDomProperty("value");
        assertThat(browser.findElement(By.cssSelector(".flash.success")).getText())
                .contains("Copy it now: it is shown only this once.");
        scrollTo(copied);
        screenshot("portal-safety-2-new-link-shown-once");

        browser.manage().deleteAllCookies();
        open(URI.create(link).getPath());
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("img.portal-page")));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Download the PDF")
                .doesNotContain("Sign out", "this is what your client sees");
        assertThat(browser.findElements(By.id("sidenav"))).isEmpty();
        screenshot("portal-safety-3-clerk-sees-the-invoice");

        signIn(harbor);
        open("/invoices/" + invoice);
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("portal-last-opened"),
                "Last opened by the client on"));
        click("#client-portal form[action$='/revoke'] button[type=submit]");
        waiting.until(ExpectedConditions.alertIsPresent()).accept();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.success"),
                "2 links revoked; the client's old emails no longer open the invoice."));
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("portal-live-links"),
                "No link opens it now."));
        screenshot("portal-safety-4-links-revoked");

        browser.manage().deleteAllCookies();
        open(URI.create(link).getPath());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("This link is no longer active");
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("Ask Harbor Light Consulting for a new link");
        screenshot("portal-safety-5-old-link-no-longer-active");
    }
}
