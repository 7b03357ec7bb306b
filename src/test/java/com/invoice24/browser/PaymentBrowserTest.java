package com.invoice24.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.MediaType;

class PaymentBrowserTest extends BrowserWalk {

    @Test
    void aRefusedPaymentKeepsItsDateAndAmountsAndIsRecordedOnceCorrected() {
        Workspace acme = signUp("Harbor Light Consulting");
        String globex = create(acme, "/api/v1/clients", Map.of("name", "Globex Corporation",
                "billingEmail", "ap@globex.example"));
        String invoice = create(acme, "/api/v1/invoices", Map.of("clientId", globex, "lines", List.of(Map.of(
                "description", "Retainer – March 2026", "quantity", "1", "unitPrice", "1200"))));
        http.post().uri("/api/v1/invoices/{id}/send", invoice).headers(acme::authorize).exchange()
                .expectStatus().isOk();
        signIn(acme);

        open("/payments/new");
        new Select(browser.findElement(By.id("pick-client"))).selectByVisibleText("Globex Corporation");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("amount")));
        type("amount", "");
        browser.findElement(By.cssSelector(".actions button[type=submit]")).click();
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".has-error")));
        screenshot("payment-empty-refused");

        type("amount", "ten dollars");
        setDate("receivedOn", "2026-03-20");
        type("reference", "FW-88");
        browser.findElement(By.cssSelector(".actions button[type=submit]")).click();
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("amount-error")));
        assertThat(browser.findElement(By.id("amount-error")).getText()).isEqualTo("Enter an amount such as 1250.00");
        assertKept("amount", "ten dollars");
        assertKept("receivedOn", "2026-03-20");
        assertKept("reference", "FW-88");
        screenshot("payment-garbage-amount-kept");

        type("amount", "1,000.00");
        type("allocations0.amount", "$1,100");
        browser.findElement(By.cssSelector(".actions button[type=submit]")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("form.settings-form"),
                "more than the $1,000.00 received"));
        assertKept("receivedOn", "2026-03-20");
        assertKept("allocations0.amount", "1100.00");
        screenshot("payment-allocation-above-amount-refused");

        type("amount", "$1,200");
        type("allocations0.amount", "");
        browser.findElement(By.cssSelector(".actions button[type=submit]")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "$1,200.00"));
        assertThat(browser.findElement(By.id("content")).getText()).contains("Mar 20, 2026", "FW-88");
        screenshot("payment-recorded");
    }

    private String create(Workspace workspace, String path, Map<String, ?> body) {
        return (String) http.post().uri(path).headers(workspace::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
    }
}
