package com.invoice24.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.BrowserTest;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.MediaType;

/**
 * The invoice a bookkeeper writes and sends from the pages: lines edited without saving, what was
 * typed kept through an error, a send refused until the PO is there, a warning confirmed, a copy, a
 * template.
 */
class InvoiceBrowserTest extends BrowserTest {

    @Test
    void bookkeeperWritesLinesWithoutSavingAndKeepsWhatWasTyped() {
        Workspace acme = signUp("Harbor Light Consulting");
        String client = client(acme, Map.of("name", "Globex Corporation", "billingEmail", "ap@globex.example",
                "defaultPoNumber", "4500123"));
        clientRate(acme, "Monthly SEO management", client, "1400");
        signIn(acme);

        open("/invoices/new");
        new Select(browser.findElement(By.id("clientId"))).selectByVisibleText("Globex Corporation");
        setDate("issueDate", "2026-03-02");
        setDate("dueDate", "2026-04-01");
        setDate("servicePeriod.start", "2026-02-01");
        setDate("servicePeriod.end", "2026-02-28");
        browser.findElement(By.id("lines0.description")).sendKeys("Discovery workshop (4 hours) – Project Atlas");
        browser.findElement(By.id("lines0.quantity")).sendKeys("4");
        browser.findElement(By.id("lines0.unitPrice")).sendKeys("187.5");
        waiting.until(ExpectedConditions.textToBe(By.id("amount-0"), "$750.00"));
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("totals"), "$750.00"));
        scrollTo(By.id("lines0.description"));
        screenshot("editor-1-first-line-amount-as-typed");

        browser.findElement(By.cssSelector("button.add-line")).click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("lines1.itemId")));
        new Select(browser.findElement(By.id("lines1.itemId"))).selectByVisibleText("Monthly SEO management");
        waiting.until(ExpectedConditions.textToBePresentInElementValue(By.id("lines1.description"),
                "Monthly SEO management – February 2026"));
        assertThat(browser.findElement(By.id("lines1.unit")).getAttribute("value")).isEqualTo("month");
        assertThat(browser.findElement(By.id("lines1.unitPrice")).getAttribute("value")).isEqualTo("1400.00");
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("totals"), "$2,150.00"));
        screenshot("editor-2-item-picked-fills-the-line");

        browser.findElement(By.cssSelector("button.add-line")).click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("lines2.description")));
        browser.findElement(By.id("lines2.description")).sendKeys("A line added by mistake");
        screenshot("editor-3-third-line-added");
        browser.findElement(By.cssSelector("button[aria-label='Remove line 3']")).click();
        waiting.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("tr.line-row"), 2));
        browser.findElement(By.cssSelector("button[aria-label='Move line 2 up']")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementValue(By.id("lines0.description"),
                "Monthly SEO management"));
        assertThat(browser.findElement(By.id("lines1.description")).getAttribute("value"))
                .startsWith("Discovery workshop");
        screenshot("editor-4-line-removed-and-moved-up");

        browser.findElement(By.id("lines1.quantity")).clear();
        browser.findElement(By.id("lines1.quantity")).sendKeys("four");
        save();
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("td.has-error")));
        assertThat(browser.findElement(By.id("lines1.quantity")).getAttribute("value")).isEqualTo("four");
        assertThat(browser.findElement(By.id("lines0.description")).getAttribute("value"))
                .isEqualTo("Monthly SEO management – February 2026");
        assertThat(browser.findElement(By.id("servicePeriod.start")).getAttribute("value")).isEqualTo("2026-02-01");
        scrollTo(By.id("lines1.quantity"));
        screenshot("editor-5-garbage-quantity-kept-with-its-error");

        browser.findElement(By.id("lines1.quantity")).clear();
        browser.findElement(By.id("lines1.quantity")).sendKeys("4");
        save();
        waiting.until(ExpectedConditions.textToBe(By.tagName("h1"), "Draft invoice"));
        for (int saved = 1; saved <= 2; saved++) {
            browser.findElement(By.linkText("Edit draft")).click();
            waiting.until(ExpectedConditions.textToBe(By.tagName("h1"), "Edit draft"));
            assertThat(dates()).containsExactly("2026-03-02", "2026-04-01", "2026-02-01", "2026-02-28");
            screenshot("editor-6-draft-reopened-" + saved + "-keeps-its-dates");
            save();
            waiting.until(ExpectedConditions.textToBe(By.tagName("h1"), "Draft invoice"));
        }
        assertThat(browser.findElement(By.cssSelector(".invoice-sheet")).getText())
                .contains("Monthly SEO management – February 2026", "$2,150.00");
        screenshot("editor-7-draft-saved-twice");
    }

    @Test
    void sendBlockedForAMissingPoShowsWhySendsAfterThePoIsAddedAndAWarningIsConfirmed() {
        Workspace acme = signUp("Harbor Light Consulting");
        String client = client(acme, Map.of("name", "Initech", "billingEmail", "ap@initech.example",
                "poRequired", true));
        String id = (String) http.post().uri("/api/v1/invoices").headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("clientId", client, "reference", "SOW-12", "lines", List.of(Map.of(
                        "description", "API integration milestone 2: authentication + webhooks", "quantity", "1",
                        "unitPrice", "8500"))))
                .exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
        signIn(acme);

        open("/invoices/" + id);
        browser.findElement(By.xpath("//button[text()='Send invoice']")).click();
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".send-problems")));
        assertThat(browser.findElement(By.cssSelector(".send-problems")).getText())
                .contains("This invoice was not sent", "Initech requires a PO number on every invoice");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Draft invoice");
        screenshot("send-1-refused-for-missing-po");

        browser.findElement(By.linkText("Change the PO number")).click();
        waiting.until(ExpectedConditions.textToBe(By.tagName("h1"), "Edit draft"));
        browser.findElement(By.id("poNumber")).sendKeys("4500-778");
        scrollTo(By.id("poNumber"));
        screenshot("send-2-po-added-in-the-editor");
        save();
        waiting.until(ExpectedConditions.textToBe(By.tagName("h1"), "Draft invoice"));

        browser.findElement(By.xpath("//button[text()='Send invoice']")).click();
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".confirm-send")));
        assertThat(browser.findElement(By.cssSelector(".send-warnings")).getText())
                .contains("Send it anyway?", "No payment instructions are set up");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Draft invoice");
        screenshot("send-3-warning-asks-for-confirmation");

        browser.findElement(By.xpath("//button[text()='Send anyway']")).click();
        waiting.until(ExpectedConditions.textMatches(By.tagName("h1"), Pattern.compile("Invoice INV-.*")));
        assertThat(browser.findElement(By.cssSelector(".invoice-sheet")).getText()).contains("4500-778", "$8,500.00");
        screenshot("send-4-sent");

        browser.findElement(By.xpath("//button[text()='Duplicate']")).click();
        waiting.until(ExpectedConditions.textToBe(By.tagName("h1"), "Edit draft"));
        assertThat(browser.findElement(By.id("lines0.description")).getAttribute("value"))
                .isEqualTo("API integration milestone 2: authentication + webhooks");
        assertThat(browser.findElement(By.id("poNumber")).getAttribute("value")).isEqualTo("4500-778");
        assertThat(browser.findElement(By.id("issueDate")).getAttribute("value")).isEmpty();
        screenshot("send-5-duplicate-opens-a-copy");
    }

    @Test
    void aTemplateStartsAnInvoice() {
        Workspace acme = signUp("Harbor Light Consulting");
        client(acme, Map.of("name", "Globex Corporation", "billingEmail", "ap@globex.example"));
        signIn(acme);

        open("/invoices/new");
        new Select(browser.findElement(By.id("template-client"))).selectByVisibleText("Globex Corporation");
        new Select(browser.findElement(By.id("templateId"))).selectByVisibleText("Monthly recurring service");
        screenshot("template-1-chosen");
        browser.findElement(By.xpath("//button[text()='Use template']")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementValue(By.id("lines0.description"),
                "Monthly SEO management – {period}"));
        setDate("servicePeriod.start", "2026-06-01");
        setDate("servicePeriod.end", "2026-06-30");
        waiting.until(ExpectedConditions.textToBePresentInElementValue(By.id("lines0.description"),
                "Monthly SEO management – June 2026"));
        assertThat(new Select(browser.findElement(By.id("clientId"))).getFirstSelectedOption().getText())
                .isEqualTo("Globex Corporation");
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("totals"), "$1,500.00"));
        scrollTo(By.id("lines0.description"));
        screenshot("template-2-lines-from-the-template-filled-for-june");

        save();
        waiting.until(ExpectedConditions.textToBe(By.tagName("h1"), "Draft invoice"));
        assertThat(browser.findElement(By.cssSelector(".invoice-sheet")).getText())
                .contains("Monthly SEO management – June 2026", "Service period June 2026.");
        screenshot("template-3-draft-from-the-template");
    }

    private void signIn(Workspace workspace) {
        open("/login");
        browser.findElement(By.id("email")).sendKeys(workspace.ownerEmail());
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waiting.until(ExpectedConditions.textToBe(By.tagName("h1"), "Harbor Light Consulting"));
    }

    private String client(Workspace workspace, Map<String, ?> client) {
        return (String) http.post().uri("/api/v1/clients").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(client)
                .exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
    }

    @SuppressWarnings("unchecked")
    private void clientRate(Workspace workspace, String itemName, String client, String unitPrice) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) http.get().uri("/api/v1/items")
                .headers(workspace::authorize).exchange().returnResult(Map.class).getResponseBody().get("items");
        Object item = items.stream().filter(found -> itemName.equals(found.get("name"))).findFirst().orElseThrow()
                .get("id");
        http.put().uri("/api/v1/items/{item}/client-rates/{client}", item, client).headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("unitPrice", unitPrice))
                .exchange().expectStatus().isOk();
    }

    /** A date picked as a person picks it: the value set, then the change the page listens to. */
    private void setDate(String id, String isoDate) {
        WebElement input = browser.findElement(By.id(id));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, isoDate);
        settled();
    }

    /** No htmx request in flight, so the rows the next step touches are the ones it swapped in. */
    private void settled() {
        waiting.until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return document.querySelector('.htmx-request') === null"));
    }

    private void scrollTo(By element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                browser.findElement(element));
    }

    private List<String> dates() {
        return List.of("issueDate", "dueDate", "servicePeriod.start", "servicePeriod.end").stream()
                .map(id -> browser.findElement(By.id(id)).getAttribute("value")).toList();
    }

    private void save() {
        browser.findElement(By.xpath("//button[text()='Save draft']")).click();
    }
}
