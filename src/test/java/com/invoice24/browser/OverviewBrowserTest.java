package com.invoice24.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.BrowserTest;
import com.invoice24.overview.Bookkeeping;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

class OverviewBrowserTest extends BrowserTest {

    private Bookkeeping books;
    private String globex;
    private String overdue;

    @BeforeEach
    void aWorkspaceWithAMonthOfBilling() {
        Workspace harbor = signUp("Harbor Light Consulting");
        books = new Bookkeeping(http, harbor);
        books.today("2026-03-02");
        globex = books.onboardedClient("Globex Corporation");
        books.newClient("Initech");
        overdue = books.sentInvoice(globex, "2026-01-05", "12000.00");
        String dueThisWeek = books.sentInvoice(globex, "2026-02-02", "1500.00");
        String disputed = books.sentInvoice(globex, "2026-02-20", "900.00");
        books.payment(globex, dueThisWeek, "500.00", "2026-02-27", "ACH-2231");
        books.creditNote(dueThisWeek, "250.00", "Workshop hours billed twice");
        books.dispute(disputed, "Hours on line 1 not approved", "2026-03-05");
        books.draft(globex, "2400.00");

        open("/login");
        browser.findElement(By.id("email")).sendKeys(harbor.ownerEmail());
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waiting.until(ExpectedConditions.textToBe(By.tagName("h1"), "Harbor Light Consulting"));
    }

    @Test
    void bookkeeperGoesFromTheHomePageToAClientAndItsPaymentsOnALaptop() {
        assertThat(browser.findElement(By.id("overdue")).getText()).contains("$12,000.00", "1 invoice past due");
        assertThat(browser.findElement(By.id("due-this-week")).getText()).contains("$750.00");
        assertThat(browser.findElement(By.id("next-actions")).getText()).contains("1 draft to send",
                "Disputes near their deadline", "resolve by Mar 5", "1 client missing onboarding items", "Initech");
        assertThat(browser.findElement(By.linkText("New invoice")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("sidenav")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector(".menu-toggle")).isDisplayed()).isFalse();
        screenshot("overview-home-1280");

        browser.findElement(By.id("recently-paid")).findElement(By.linkText("Globex Corporation")).click();
        waitForClientSections();
        assertThat(browser.findElement(By.id("client-invoices")).getText()).contains(books.number(overdue),
                "$12,000.00", "Overdue");
        assertThat(browser.findElement(By.id("client-credits")).getText()).contains("Workshop hours billed twice",
                "$250.00", "Statement of account");
        assertThat(browser.findElement(By.id("client-reminders")).getText())
                .contains("follows the workspace reminder sequence", "7 days after sending");
        screenshot("overview-client-1280");
        scrollTo("client-payments");
        assertThat(browser.findElement(By.id("client-payments")).getText()).contains("ACH-2231", "$500.00");
        screenshot("overview-client-sections-1280");

        browser.findElement(By.id("sidenav")).findElement(By.linkText("Payments")).click();
        waiting.until(ExpectedConditions.textToBe(By.tagName("h1"), "Payments"));
        WebElement row = browser.findElement(By.xpath("//tr[td[contains(., 'ACH-2231')]]"));
        assertThat(row.getText()).contains("Globex Corporation", "$500.00");
        row.findElement(By.partialLinkText("INV-")).click();
        waiting.until(ExpectedConditions.textMatches(By.tagName("h1"), java.util.regex.Pattern.compile("Invoice INV-.*")));
        browser.navigate().back();
        waiting.until(ExpectedConditions.textToBe(By.tagName("h1"), "Payments"));
        screenshot("overview-payments-1280");
    }

    @Test
    void onAPhoneTheMenuFoldsAndNoPageIsWiderThanTheScreen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        open("/");
        WebElement menu = browser.findElement(By.cssSelector(".menu-toggle"));
        WebElement nav = browser.findElement(By.id("sidenav"));
        assertThat(menu.isDisplayed()).isTrue();
        assertThat(nav.isDisplayed()).isFalse();
        assertThat(menu.getAttribute("aria-expanded")).isEqualTo("false");
        assertFitsTheScreen("home");
        screenshot("overview-home-390");

        menu.click();
        waiting.until(ExpectedConditions.visibilityOf(nav));
        assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
        screenshot("overview-menu-open-390");
        menu.click();
        waiting.until(ExpectedConditions.invisibilityOf(nav));
        assertThat(menu.getAttribute("aria-expanded")).isEqualTo("false");
        screenshot("overview-menu-closed-390");

        open("/invoices");
        assertFitsTheScreen("invoice list");
        screenshot("overview-invoices-390");
        open("/invoices/" + overdue);
        assertFitsTheScreen("invoice page");
        screenshot("overview-invoice-390");
        ((JavascriptExecutor) browser).executeScript("document.querySelector('.invoice-sheet .lines').scrollIntoView()");
        screenshot("overview-invoice-lines-390");
        open("/payments");
        assertFitsTheScreen("payments list");
        screenshot("overview-payments-390");
        for (String list : new String[] {"clients", "collections", "emails"}) {
            open("/" + list);
            assertFitsTheScreen(list + " list");
            screenshot("overview-" + list + "-390");
        }
        open("/clients/" + globex);
        waitForClientSections();
        assertFitsTheScreen("client page");
        scrollTo("client-invoices");
        screenshot("overview-client-390");
    }

    @Test
    void anUnknownAddressOrAGarbledOneKeepsTheNavigation() {
        open("/no-such-page");
        waiting.until(ExpectedConditions.textToBe(By.tagName("h1"), "Not found"));
        assertThat(browser.findElement(By.id("sidenav")).getText()).contains("Home", "Invoices", "Payments");
        assertThat(browser.findElements(By.cssSelector(".flash"))).isEmpty();
        screenshot("overview-not-found-1280");

        open("/clients/7b0cbd1e-5d0c-4ad4-8d4d-1f2b7c1c0b55");
        waiting.until(ExpectedConditions.textToBe(By.tagName("h1"), "Not found"));
        assertThat(browser.findElement(By.id("sidenav")).isDisplayed()).isTrue();

        open("/payments?clientId=not-a-client&page=" + "9".repeat(40));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not understood");
        assertThat(browser.findElement(By.id("sidenav")).isDisplayed()).isTrue();
        screenshot("overview-garbled-address-1280");

        browser.manage().window().setSize(new Dimension(390, 844));
        open("/no-such-page");
        waiting.until(ExpectedConditions.textToBe(By.tagName("h1"), "Not found"));
        WebElement menu = browser.findElement(By.cssSelector(".menu-toggle"));
        menu.click();
        WebElement payments = browser.findElement(By.id("sidenav")).findElement(By.linkText("Payments"));
        waiting.until(ExpectedConditions.visibilityOf(payments));
        screenshot("overview-not-found-390");
        payments.click();
        waiting.until(ExpectedConditions.textToBe(By.tagName("h1"), "Payments"));
    }

    private void waitForClientSections() {
        for (String section : new String[] {"client-invoices", "client-payments", "client-credits", "client-reminders"}) {
            waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + section + " table")));
        }
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private void assertFitsTheScreen(String page) {
        Object fits = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as(page + " is wider than the screen; what sticks out: " + whatSticksOut()).isEqualTo(true);
    }

    /**
     * The outermost elements that reach past the right edge of the window, leaving out those inside a box
     * that scrolls or clips them, to say why a page is too wide.
     */
    private Object whatSticksOut() {
        return ((JavascriptExecutor) browser).executeScript("""
                const clipped = e => { if (getComputedStyle(e).position === 'absolute') return false;
                    for (let a = e.parentElement; a; a = a.parentElement) {
                        if (getComputedStyle(a).overflowX !== 'visible') return true; } return false; };
                const wide = [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
                    .filter(e => !clipped(e))
                    .filter(e => e.parentElement.getBoundingClientRect().right <= window.innerWidth + 0.5);
                return document.documentElement.scrollWidth + ' > ' + window.innerWidth + ': ' + wide.slice(0, 5)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.')
                        + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ');""");
    }
}
