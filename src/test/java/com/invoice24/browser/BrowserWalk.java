package com.invoice24.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.BrowserTest;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.http.MediaType;

/** What a walk through the pages does over and over: sign in, type, click, read back what was kept. */
abstract class BrowserWalk extends BrowserTest {

    protected void signIn(Workspace workspace) {
        open("/login");
        browser.findElement(By.id("email")).sendKeys(workspace.ownerEmail());
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waiting.until(ExpectedConditions.urlMatches(".*/$"));
    }

    protected void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    protected String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    protected void assertKept(String id, String typed) {
        assertThat(browser.findElement(By.id(id)).getDomProperty("value")).as(id).isEqualTo(typed);
    }

    protected void click(String css) {
        WebElement button = browser.findElement(By.cssSelector(css));
        scrollTo(button);
        button.click();
    }

    protected void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    protected void setDate(String id, String isoDate) {
        setDate(browser.findElement(By.id(id)), isoDate);
    }

    /** A date input takes keys in the browser's locale order; setting its value is what a date picker does. */
    protected void setDate(WebElement field, String isoDate) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", field, isoDate);
    }

    protected void setToday(String today) {
        http.put().uri("/api/v1/test/clock").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("today", today)).exchange().expectStatus().isOk();
    }

    protected String client(Workspace workspace, String name) {
        return (String) http.post().uri("/api/v1/clients").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", name, "billingEmail", "ap@example.com", "paymentTermsDays", 30))
                .exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
    }

    protected String sentInvoice(Workspace workspace, String client, String amount) {
        String id = (String) http.post().uri("/api/v1/invoices").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("clientId", client, "paymentTermsDays", 30, "lines", List.of(Map.of("description",
                        "Data platform migration, phase 1", "quantity", "1", "unitPrice", amount))))
                .exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
        http.post().uri("/api/v1/invoices/{id}/send", id).headers(workspace::authorize).exchange()
                .expectStatus().isOk();
        return id;
    }
}
