package com.invoice24.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.BrowserTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

class SignUpBrowserTest extends BrowserTest {

    @Test
    void newProviderSignsUpSignsOutAndSignsInAgain() {
        String email = signUpOnThePage();

        assertThat(browser.findElement(By.cssSelector(".flash.success")).getText()).contains("Welcome to Invoice24");
        screenshot("home-after-sign-up");

        browser.findElement(By.cssSelector(".account button")).click();
        waiting.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        waiting.until(ExpectedConditions.textToBe(By.tagName("h1"), "Harbor Light Consulting"));
    }

    @Test
    void signUpFormShowsErrorsNextToTheFields() {
        open("/signup");
        browser.findElement(By.id("email")).sendKeys("not-an-email");
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("email-error")));
        assertThat(browser.findElement(By.id("email-error")).getText()).isEqualTo("Enter a valid email address");
        assertThat(browser.findElement(By.id("workspaceName-error")).getText()).isEqualTo("Enter your business's name");
        screenshot("sign-up-with-errors");
    }

    @Test
    void ownerCreatesAnApiTokenOnTheSettingsPage() {
        signUpOnThePage();

        open("/settings/tokens");
        browser.findElement(By.id("name")).sendKeys("Accounting sync");
        browser.findElement(By.cssSelector(".inline-form button[type=submit]")).click();

        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("issued-secret")));
        assertThat(browser.findElement(By.id("issued-secret")).getAttribute("value")).startsWith("i24_");
        assertThat(browser.findElement(By.cssSelector("table")).getText()).contains("Accounting sync");
        screenshot("settings-api-tokens");
    }

    private String signUpOnThePage() {
        String email = "browser-" + UUID.randomUUID() + "@example.com";
        open("/signup");
        browser.findElement(By.id("workspaceName")).sendKeys("Harbor Light Consulting");
        browser.findElement(By.id("name")).sendKeys("Dana Whitfield");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waiting.until(ExpectedConditions.textToBe(By.tagName("h1"), "Harbor Light Consulting"));
        return email;
    }
}
