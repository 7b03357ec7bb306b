package com.invoice24.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A long invoice list, paged as a bookkeeper pages it: forward by "Next", back to the first page, a filter kept
 * across pages, a stale or mangled page link, and a filter that matches nothing.
 */
class InvoiceListPagingBrowserTest extends BrowserWalk {

    @Test
    void bookkeeperPagesThroughALongListKeepingTheFilterAndAMangledLinkStartsAgain() {
        setToday("2026-03-02");
        Workspace harbor = signUp("Harbor Light Consulting");
        String globex = client(harbor, "Globex Corporation");
        IntStream.rangeClosed(1, 55).forEach(n -> invoices(harbor).forClient(globex).paymentTermsDays(30)
                .line("Data platform migration, sprint " + n, "1", "1000.00").draft());
        sentInvoice(harbor, globex, "2500.00");
        signIn(harbor);

        open("/invoices");
        assertThat(text("invoice-summary")).startsWith("56 invoices");
        assertThat(rows()).isEqualTo(50);
        assertThat(browser.findElements(By.cssSelector("nav.pager a[rel=first]"))).isEmpty();
        screenshot("list-1-first-page");

        new Select(browser.findElement(By.id("status"))).selectByValue("DRAFT");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invoice-summary"), "55 invoices"));
        assertThat(browser.findElement(By.cssSelector("nav.pager a[rel=next]")).getAttribute("href"))
                .contains("status=DRAFT");
        browser.findElement(By.cssSelector("nav.pager a[rel=next]")).click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.pager a[rel=first]")));
        assertThat(rows()).isEqualTo(5);
        assertThat(text("content")).doesNotContain("$2,500.00");
        assertThat(browser.findElements(By.cssSelector("nav.pager a[rel=next]"))).isEmpty();
        assertThat(new Select(browser.findElement(By.id("status"))).getFirstSelectedOption().getText())
                .isEqualTo("Draft");
        screenshot("list-2-last-page-of-drafts");

        browser.findElement(By.cssSelector("nav.pager a[rel=first]")).click();
        waiting.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("nav.pager a[rel=first]")));
        assertThat(rows()).isEqualTo(50);

        open("/invoices?status=DRAFT&cursor=bm90LWEtY3Vyc29y%21%21");
        assertThat(text("content")).contains("That page link is out of date or incomplete");
        assertThat(rows()).isEqualTo(50);
        screenshot("list-3-mangled-link-starts-again");

        open("/invoices?status=PAID");
        assertThat(text("content")).contains("No invoices match.");
        assertThat(browser.findElements(By.cssSelector("nav.pager"))).isEmpty();
        screenshot("list-4-nothing-matches");
    }

    private int rows() {
        return browser.findElements(By.cssSelector("table.table tbody tr td a[href^='/invoices/']")).size();
    }
}
