package com.invoice24.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.shared.Job;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/** The late client pays; the bookkeeper records it and the client is off the hold list before any job runs. */
class PaymentLiftsTheHoldBrowserTest extends BrowserWalk {

    @Autowired
    @Qualifier("updateClientHolds")
    Job updateClientHolds;

    @Test
    void bookkeeperRecordsTheLatePaymentAfterARefusalAndTheHoldLiftsAtOnce() {
        setToday("2026-03-02");
        Workspace harbor = signUp("Harbor Light Consulting");
        String globex = client(harbor, "Globex Corporation");
        sentInvoice(harbor, globex, "1000.00");
        setToday("2026-04-20");
        updateClientHolds.work().run();
        signIn(harbor);

        open("/collections");
        assertThat(text("content")).contains("Globex Corporation").doesNotContain("No client is on hold.");
        screenshot("hold-1-client-on-hold");

        open("/payments/new");
        new Select(browser.findElement(By.id("pick-client"))).selectByVisibleText("Globex Corporation");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("amount")));
        type("amount", "1000.00");
        type("reference", "ACH 4471");
        type("allocations0.amount", "1,500");
        browser.findElement(By.cssSelector(".actions button[type=submit]")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("form.settings-form"),
                "has only $1,000.00 due"));
        assertKept("reference", "ACH 4471");
        screenshot("hold-2-allocation-refused");

        type("allocations0.amount", "1000.00");
        browser.findElement(By.cssSelector(".actions button[type=submit]")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "$1,000.00"));

        open("/collections");
        waiting.until(driver -> {
            driver.navigate().refresh();
            return text("content").contains("No client is on hold.");
        });
        screenshot("hold-3-lifted-after-payment");
    }
}
