package com.invoice24.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

@SuppressWarnings("unchecked")
class CollectionsBrowserTest extends BrowserWalk {

    @Test
    void bookkeeperReworksTheReminderStepsPreviewsOneAndSavesAfterASubjectWasRefused() {
        setToday("2026-03-02");
        Workspace harbor = signUp("Harbor Light Consulting");
        String globex = client(harbor, "Globex Corporation");
        sentInvoice(harbor, globex, "12000.00");
        signIn(harbor);

        open("/settings/reminders");
        assertThat(steps()).hasSize(6);
        screenshot("reminders-1-page");

        click("#reminder-steps button[value=add]");
        waiting.until(driver -> steps().size() == 7);
        assertThat(value("step-6-key")).isEqualTo("due+28");
        screenshot("reminders-2-step-added");

        browser.findElement(By.id("step-0-enabled")).click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#step-0.off")));
        assertThat(browser.findElement(By.cssSelector("#step-0 legend")).getText()).contains("Off");
        screenshot("reminders-3-step-switched-off");

        click("#step-6 button[value=up-6]");
        waiting.until(driver -> "due+28".equals(value("step-5-key")));
        assertThat(value("step-6-key")).isEqualTo("due+21");
        screenshot("reminders-4-step-moved-up");

        click("#step-1 button[value=remove-1]");
        waiting.until(driver -> steps().size() == 6);
        assertThat(value("step-1-key")).isEqualTo("due+0");
        assertThat(savedKeys(harbor)).containsExactly("sent+7", "due-3", "due+0", "due+7", "due+14", "due+21");

        click("#step-2 button[value=preview-2]");
        WebElement preview = waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("step-2-preview")));
        assertThat(preview.getText()).contains("INV-2026-0001 is 7 days past due", "$12,000.00",
                "Globex Corporation, as it would read on Apr 8, 2026");
        scrollTo(preview);
        screenshot("reminders-5-preview");

        browser.findElement(By.id("step-3-offsetDays")).clear();
        browser.findElement(By.id("step-3-offsetDays")).sendKeys("15");
        browser.findElement(By.id("step-4-subject")).clear();
        click(".reminder-form > .actions button[type=submit]");
        WebElement refusal = waiting.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#step-4 .field-error")));
        assertThat(refusal.getText()).isEqualTo("Enter the subject");
        assertThat(value("step-3-offsetDays")).isEqualTo("15");
        assertThat(value("step-4-key")).isEqualTo("due+28");
        assertThat(browser.findElement(By.id("step-0-enabled")).isSelected()).isFalse();
        assertThat(savedKeys(harbor)).hasSize(6).contains("due-3");
        scrollTo(refusal);
        screenshot("reminders-6-empty-subject-refused");

        browser.findElement(By.id("step-4-subject")).sendKeys("Invoice {invoiceNumber} is four weeks past due");
        click(".reminder-form > .actions button[type=submit]");
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"),
                "Reminder steps saved."));
        assertThat(savedKeys(harbor)).containsExactly("sent+7", "due+0", "due+7", "due+14", "due+28", "due+21");
        assertThat(value("step-3-offsetDays")).isEqualTo("15");
        screenshot("reminders-7-saved");
    }

    @Test
    void bookkeeperGivesAClientStepsOfItsOwnAndLaterSwitchesItsRemindersOff() {
        setToday("2026-03-02");
        Workspace harbor = signUp("Harbor Light Consulting");
        String globex = client(harbor, "Globex Corporation");
        signIn(harbor);

        open("/clients/" + globex + "/reminders");
        assertThat(browser.findElement(By.cssSelector(".workspace-steps")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector(".own-steps")).isDisplayed()).isFalse();
        screenshot("client-reminders-1-workspace-sequence");

        browser.findElement(By.cssSelector("input[name=mode][value=OWN]")).click();
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".own-steps")));
        click("#step-0 button[value=remove-0]");
        waiting.until(driver -> steps().size() == 5);
        browser.findElement(By.id("step-0-subject")).clear();
        click(".reminder-form > .actions button[type=submit]");
        WebElement refusal = waiting.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#step-0 .field-error")));
        assertThat(refusal.getText()).isEqualTo("Enter the subject");
        assertThat(browser.findElement(By.cssSelector("input[name=mode][value=OWN]")).isSelected()).isTrue();
        assertThat(steps()).hasSize(5);
        scrollTo(refusal);
        screenshot("client-reminders-2-own-steps-refused");

        browser.findElement(By.id("step-0-subject")).sendKeys("Invoice {invoiceNumber} is due {dueDate}");
        click(".reminder-form > .actions button[type=submit]");
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"),
                "Globex Corporation now has reminder steps of its own."));
        screenshot("client-reminders-3-own-steps-saved");

        browser.findElement(By.cssSelector("input[name=mode][value=OFF]")).click();
        click(".reminder-form > .actions button[type=submit]");
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"),
                "Reminders are off for Globex Corporation."));
        browser.manage().window().setSize(new Dimension(390, 844));
        screenshot("client-reminders-4-off-on-a-phone");
        http.get().uri("/api/v1/clients/{id}/reminder-policy", globex).headers(harbor::authorize).exchange()
                .expectBody().jsonPath("$.remindersOff").isEqualTo(true).jsonPath("$.steps.length()").isEqualTo(5);
    }

    @Test
    void bookkeeperPicksTheSuggestedInvoiceForAnUnmatchedDeposit() {
        setToday("2026-03-02");
        Workspace harbor = signUp("Harbor Light Consulting");
        String initech = client(harbor, "Initech LLC");
        String retainer = sentInvoice(harbor, initech, "4000.00");
        sentInvoice(harbor, client(harbor, "Globex Corporation"), "2500.00");
        upload(harbor, "Date,Amount,Description,Reference\n3/24/2026,4000.00,REMOTE ONLINE DEPOSIT,4471\n");
        signIn(harbor);

        open("/payments/review");
        assertThat(browser.findElement(By.cssSelector(".deposit table")).getText())
                .contains("INV-2026-0001", "Amount equals INV-2026-0001's balance");
        screenshot("bank-review-1-suggestions");

        click(".likely-invoices button[type=submit]");
        WebElement refusal = waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".deposit .flash.error")));
        assertThat(refusal.getText()).isEqualTo("Tick the invoices this deposit pays, or choose the client who paid.");
        screenshot("bank-review-2-nothing-picked");

        browser.findElement(By.cssSelector("input[name=invoiceIds][value='" + retainer + "']")).click();
        click(".likely-invoices button[type=submit]");
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"),
                "Deposit of $4,000.00 recorded: paid INV-2026-0001 $4,000.00."));
        assertThat(browser.findElement(By.tagName("section")).getText()).contains("Nothing to review");
        screenshot("bank-review-3-applied");
        http.get().uri("/api/v1/invoices/{id}", retainer).headers(harbor::authorize).exchange()
                .expectBody().jsonPath("$.status").isEqualTo("PAID");
    }

    private List<WebElement> steps() {
        return browser.findElements(By.cssSelector("fieldset.reminder-step"));
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    private List<String> savedKeys(Workspace workspace) {
        List<Map<String, Object>> steps = (List<Map<String, Object>>) http.get()
                .uri("/api/v1/workspace/reminder-policy").headers(workspace::authorize).exchange()
                .returnResult(Map.class).getResponseBody().get("steps");
        return steps.stream().map(step -> (String) step.get("key")).toList();
    }

    private void upload(Workspace workspace, String statement) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(statement.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "march.csv";
            }
        });
        http.post().uri("/api/v1/bank-imports").headers(workspace::authorize)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(body).exchange().expectStatus().isCreated();
    }
}
