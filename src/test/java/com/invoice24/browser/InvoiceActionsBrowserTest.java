package com.invoice24.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

class InvoiceActionsBrowserTest extends BrowserWalk {

    @Test
    void bookkeeperRecordsADisputeAPromiseAndAPaymentPlanEachAfterARefusalOnTheInvoicePage() {
        setToday("2026-03-02");
        Workspace harbor = signUp("Harbor Light Consulting");
        String invoice = sentInvoice(harbor, client(harbor, "Globex Corporation"), "12000.00");
        signIn(harbor);
        open("/invoices/" + invoice);

        type("dispute-reason", "   ");
        setDate("resolveBy", "2026-03-16");
        submit("form[action$='/dispute']");
        refused("The dispute is missing details.");
        screenshot("invoice-actions-1-dispute-without-reason");

        type("dispute-reason", "Globex says phase 1 is not signed off");
        setDate("resolveBy", "2026-03-16");
        submit("form[action$='/dispute']");
        done("Dispute recorded; reminders are paused until it is resolved.");
        assertThat(browser.findElement(By.cssSelector(".page-head .badge")).getText()).isEqualTo("Disputed");
        screenshot("invoice-actions-2-disputed");

        new Select(browser.findElement(By.id("outcome"))).selectByValue("REJECTED");
        submit("form[action$='/dispute/resolve']");
        done("Dispute resolved; reminders resume.");
        screenshot("invoice-actions-3-dispute-resolved");

        typeIntoDateFieldWithoutAPicker("promisedDate", "next Friday");
        submit("form[action$='/promise']");
        refused("Say when the client promised to pay.");
        screenshot("invoice-actions-4-promise-date-unreadable");

        setDate("promisedDate", "2026-03-20");
        browser.findElement(By.cssSelector("form[action$='/promise'] input[name=note]"))
                .sendKeys("Jane in Globex AP, by phone");
        submit("form[action$='/promise']");
        done("Promise recorded; reminders wait until it is due.");
        screenshot("invoice-actions-5-promise-recorded");

        installment(0, "2026-03-31", "4,000");
        installment(1, "2026-04-30", "4,000");
        submit("form[action$='/payment-plan']");
        refused("The installments add up to $8,000.00 but the balance due is $12,000.00.");
        screenshot("invoice-actions-6-plan-short");

        installment(0, "2026-03-31", "4,000");
        installment(1, "2026-04-30", "4,000");
        installment(2, "2026-05-29", "$4,000.00");
        submit("form[action$='/payment-plan']");
        done("Payment plan signed: reminders follow the installments.");
        screenshot("invoice-actions-7-plan-signed");
    }

    @Test
    void bookkeeperWritesOffOneInvoiceAndVoidsAnotherOnceEachHasAReason() {
        setToday("2026-03-02");
        Workspace harbor = signUp("Harbor Light Consulting");
        String initech = client(harbor, "Initech LLC");
        String badDebt = sentInvoice(harbor, initech, "2500.00");
        String sentInError = sentInvoice(harbor, initech, "1800.00");
        signIn(harbor);

        open("/invoices/" + badDebt);
        type("write-off-reason", "   ");
        submitConfirmed("form[action$='/write-off']");
        refused("Say why the balance is written off; it goes on the record.");
        screenshot("invoice-actions-8-write-off-without-reason");

        type("write-off-reason", "Client closed; no assets");
        submitConfirmed("form[action$='/write-off']");
        done("Balance written off.");
        screenshot("invoice-actions-9-written-off");

        open("/invoices/" + sentInError);
        type("reason", "   ");
        submitConfirmed("form[action$='/void']");
        refused("Say why the invoice is voided; it goes on the record.");
        screenshot("invoice-actions-10-void-without-reason");

        type("reason", "Wrong rate; reissued as a corrected invoice");
        submitConfirmed("form[action$='/void']");
        done("Invoice voided; its number stays on record.");
        assertThat(browser.findElement(By.cssSelector(".page-head .badge")).getText()).isEqualTo("Void");
        screenshot("invoice-actions-11-voided");
    }

    private void refused(String reason) {
        WebElement error = waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash.error")));
        assertThat(error.getText()).contains(reason);
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Invoice INV-2026-");
    }

    private void done(String message) {
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.success"), message));
        assertThat(browser.findElements(By.cssSelector(".flash.error"))).isEmpty();
    }

    private void installment(int row, String dueOn, String amount) {
        WebElement installment = browser.findElements(By.cssSelector(".installment")).get(row);
        setDate(installment.findElement(By.cssSelector("input[name=dueOn]")), dueOn);
        WebElement field = installment.findElement(By.cssSelector("input[name=amount]"));
        field.clear();
        field.sendKeys(amount);
    }

    private void submit(String form) {
        click(form + " button[type=submit]");
    }

    /** The danger buttons ask the browser's confirm() first; the person says yes. */
    private void submitConfirmed(String form) {
        submit(form);
        waiting.until(ExpectedConditions.alertIsPresent()).accept();
    }

    /** What a browser without a date picker sends: the text as typed. */
    private void typeIntoDateFieldWithoutAPicker(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        ((JavascriptExecutor) browser).executeScript("arguments[0].type = 'text'", field);
        field.clear();
        field.sendKeys(text);
    }
}
