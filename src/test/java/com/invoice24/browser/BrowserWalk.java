package com.invoice24.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

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

    /** A Net 30 client billed at ap@example.com. */
    protected String client(Workspace workspace, String name) {
        return clients(workspace).named(name).billingEmail("ap@example.com").paymentTermsDays(30).create();
    }

    /** A Net 30 invoice of one line, sent. */
    protected String sentInvoice(Workspace workspace, String client, String amount) {
        return invoices(workspace).forClient(client).paymentTermsDays(30)
                .line("Data platform migration, phase 1", "1", amount).sent();
    }
}
