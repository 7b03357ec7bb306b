package com.invoice24.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.overview.Bookkeeping;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages work under a Content-Security-Policy that runs only our own script files: nothing on them is
 * refused, and what inline handlers used to do (confirm, submit on change, select on click) still happens.
 */
class ContentSecurityPolicyBrowserTest extends BrowserWalk {

    private Bookkeeping books;
    private String globex;
    private String invoice;

    @BeforeEach
    void aWorkspaceWithAnInvoiceSent() {
        Workspace harbor = signUp("Harbor Light Consulting");
        books = new Bookkeeping(http, harbor);
        books.today("2026-03-02");
        globex = books.onboardedClient("Globex Corporation");
        invoice = books.sentInvoice(globex, "2026-02-02", "1500.00");
        books.payment(globex, invoice, "500.00", "2026-02-27", "ACH-2231");
        books.draft(globex, "2400.00");
        signIn(harbor);
    }

    @Test
    void noMainPageHasAnythingRefusedByThePolicy() {
        for (String page : List.of("/", "/clients", "/clients/" + globex, "/invoices", "/invoices/new",
                "/invoices/" + invoice, "/collections", "/payments", "/payments/new", "/payments/import",
                "/reports/exports", "/emails", "/settings", "/settings/business", "/settings/tokens",
                "/settings/members", "/settings/items", "/settings/templates", "/settings/reminders", "/settings/audit")) {
            open(page);
            waiting.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            waiting.until(driver -> ((JavascriptExecutor) driver).executeScript("return document.readyState")
                    .equals("complete"));
            assertThat(contentSecurityPolicyViolations()).as(page).isEmpty();
        }
    }

    @Test
    void anInlineScriptOrHandlerSlippedIntoAPageIsRefusedAndWouldFailTheseTests() {
        open("/clients");
        ((JavascriptExecutor) browser).executeScript("""
                const script = document.createElement('script');
                script.textContent = 'document.body.dataset.ran = "yes"';
                document.body.append(script);
                const button = document.createElement('button');
                button.setAttribute('onclick', 'document.body.dataset.clicked = "yes"');
                document.body.append(button);
                button.click();""");

        assertThat(browser.findElement(By.tagName("body")).getDomAttribute("data-ran")).isNull();
        assertThat(browser.findElement(By.tagName("body")).getDomAttribute("data-clicked")).isNull();
        assertThat(contentSecurityPolicyViolations()).hasSize(2)
                .allSatisfy(message -> assertThat(message).contains("script-src 'self'"));
    }

    @Test
    void choosingAFilterShowsItAndADangerButtonAsksFirst() {
        open("/clients");
        new Select(browser.findElement(By.id("show"))).selectByValue("open-balance");
        waiting.until(ExpectedConditions.urlContains("show=open-balance"));

        open("/clients/" + globex);
        click("form[data-confirm] button.danger");
        assertThat(browser.switchTo().alert().getText()).isEqualTo("Archive this client? Their history stays.");
        browser.switchTo().alert().dismiss();
        open("/clients/" + globex);
        assertThat(browser.findElements(By.cssSelector("form[data-confirm] button.danger"))).as("still active").hasSize(1);

        click("form[data-confirm] button.danger");
        browser.switchTo().alert().accept();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//button[normalize-space()='Restore']")));
    }
}
