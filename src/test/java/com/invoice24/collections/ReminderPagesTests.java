package com.invoice24.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.PageSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

@SuppressWarnings("unchecked")
class ReminderPagesTests extends CollectionsTestSupport {

    @Test
    void stepsAreAddedMovedAndRemovedWithoutSavingUntilTheSequenceIsSaved() {
        Workspace acme = signUp("Acme Consulting LLC");
        PageSession browser = signedIn(acme);
        assertThat(browser.get("/settings/reminders").getResponseBody()).contains("due+21", "Add a step");
        List<Map<String, String>> rows = workspaceSteps(acme);

        String added = browser.submit("/settings/reminders/edit", with(form(rows), "action", "add")).getResponseBody();
        assertThat(added).contains("Step 7", "value=\"due+28\"");
        String moved = browser.submit("/settings/reminders/edit", with(form(rows), "action", "up-5")).getResponseBody();
        assertThat(moved.indexOf("value=\"due+21\"")).isLessThan(moved.indexOf("value=\"due+14\""));
        String removed = browser.submit("/settings/reminders/edit", with(form(rows), "action", "remove-0"))
                .getResponseBody();
        assertThat(removed).doesNotContain("value=\"sent+7\"").contains("Step 5").doesNotContain("Step 6");
        assertThat(workspaceSteps(acme)).hasSize(6);

        rows.get(3).put("enabled", "false");
        rows.add(Map.of("key", "due+30", "anchor", "DUE", "offsetDays", "30", "minTermsDays", "",
                "subject", "Invoice {invoiceNumber}: 30 days past due", "body", "Hello {contact},\n\n{paymentInstructions}"));
        PageSession.assertRedirectsTo(browser.submit("/settings/reminders", form(rows)), "/settings/reminders");

        List<Map<String, Object>> saved = (List<Map<String, Object>>) http.get()
                .uri("/api/v1/workspace/reminder-policy").headers(acme::authorize).exchange()
                .returnResult(Map.class).getResponseBody().get("steps");
        assertThat(saved).extracting(step -> step.get("key"))
                .containsExactly("sent+7", "due-3", "due+0", "due+7", "due+14", "due+21", "due+30");
        assertThat(saved.get(3).get("enabled")).isEqualTo(false);
        assertThat(browser.get("/settings/reminders").getResponseBody()).contains("Reminder steps saved.",
                "<span class=\"badge\">Off</span>");
    }

    @Test
    void aSwitchedOffStepIsNeverSent() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String invoice = sentInvoice(acme, client(acme));
        PageSession browser = signedIn(acme);
        browser.get("/settings/reminders");
        List<Map<String, String>> rows = workspaceSteps(acme);
        rows.get(0).put("enabled", "false");
        PageSession.assertRedirectsTo(browser.submit("/settings/reminders", form(rows)), "/settings/reminders");

        on("2026-03-09");
        on("2026-03-30");

        assertThat(remindersOf(acme, invoice)).containsExactly("due-3");
    }

    @Test
    void aRefusedSaveNamesEachProblemNextToItsFieldAndKeepsWhatWasTyped() {
        Workspace acme = signUp("Acme Consulting LLC");
        PageSession browser = signedIn(acme);
        browser.get("/settings/reminders");
        List<Map<String, String>> rows = workspaceSteps(acme);
        rows.get(0).put("subject", "");
        rows.get(1).put("offsetDays", "ten days");
        rows.get(2).put("offsetDays", "99999999999999999999");
        rows.get(3).put("key", "due+14");
        rows.get(4).put("minTermsDays", "lots");
        rows.get(4).put("subject", "Past due ".repeat(40));
        rows.get(5).put("body", "Hello {customer}, pay up");

        var refused = browser.submit("/settings/reminders", form(rows));

        assertThat(refused.getStatus().value()).isEqualTo(200);
        assertThat(refused.getResponseBody()).contains("Nothing was saved", "Enter the subject",
                "Use a number of days from -60 to 120", "Another step already uses the key due+14",
                "Use 0 to 365 days, or leave it empty", "Keep it under 200 characters", "Unknown merge field {customer}",
                "value=\"ten days\"", "value=\"99999999999999999999\"", "value=\"lots\"", "Hello {customer}, pay up");
        assertThat(workspaceSteps(acme).get(0).get("subject")).isEqualTo("Invoice {invoiceNumber} — checking it arrived");
    }

    @Test
    void garbageFromTheEditorIsIgnoredRatherThanAnsweredWithAnError() {
        Workspace acme = signUp("Acme Consulting LLC");
        PageSession browser = signedIn(acme);
        browser.get("/settings/reminders");
        Map<String, String> fields = with(form(workspaceSteps(acme)), "action", "remove-999");
        fields.put("steps[500].key", "due+99");
        fields.put("steps[0].enabled", "perhaps");

        assertThat(browser.submit("/settings/reminders/edit", fields).getStatus().value()).isEqualTo(200);
        assertThat(browser.submit("/settings/reminders", fields).getStatus().value()).isEqualTo(200);
        fields.put("steps[5000].key", "due+99");
        assertThat(browser.submit("/settings/reminders", fields).getStatus().value())
                .as("a row no page can hold is refused before binding").isEqualTo(400);
        assertThat(browser.submit("/settings/reminders", Map.of("steps[0].key", "")).getResponseBody())
                .contains("Enter the subject", "Choose SENT or DUE");
    }

    @Test
    void previewFillsTheStepInForTheWorkspacesOldestOpenInvoice() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String client = client(acme);
        String invoice = (String) http.post().uri("/api/v1/invoices").headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("clientId", client, "paymentTermsDays", 30, "lines", List.of(Map.of("description",
                        "Data platform migration, phase 1", "quantity", "1", "unitPrice", "12000.00"))))
                .exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
        http.post().uri("/api/v1/invoices/{id}/send", invoice).headers(acme::authorize).exchange().expectStatus().isOk();
        Map<String, Object> settings = new LinkedHashMap<>(http.get().uri("/api/v1/workspace")
                .headers(acme::authorize).exchange().returnResult(Map.class).getResponseBody());
        settings.put("paymentInstructions", Map.of("ach", "Routing 021000021, account 483920117"));
        http.put().uri("/api/v1/workspace").headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(settings).exchange().expectStatus().isOk();
        PageSession browser = signedIn(acme);
        browser.get("/settings/reminders");

        String preview = browser.submit("/settings/reminders/edit", with(form(workspaceSteps(acme)), "action",
                "preview-3")).getResponseBody();

        assertThat(preview).contains("INV-2026-0001 is 7 days past due", "for $12,000.00 was due on Apr 1, 2026",
                "now 7 days past due", "to Globex, as it would read on Apr 8, 2026",
                "How to pay:\nACH: Routing 021000021, account 483920117\n\n"
                        + "See the invoice, tell us what you need to approve it, or pay online:\n"
                        + "(a link to this invoice in your client portal)\n\nThank you,");
    }

    @Test
    void aClientGetsStepsOfItsOwnOrNoneOnItsPage() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = client(acme);
        PageSession browser = signedIn(acme);
        assertThat(browser.get("/clients/" + client + "/reminders").getResponseBody())
                .contains("Follow the workspace sequence", "due+21").doesNotContain("PUT /api/v1");
        List<Map<String, String>> rows = new ArrayList<>(workspaceSteps(acme).subList(3, 5));

        String preview = browser.submit("/clients/" + client + "/reminders/edit",
                with(with(form(rows), "mode", "OWN"), "action", "preview-0")).getResponseBody();
        assertThat(preview).contains("Hello Globex", "A sample invoice due Apr 1, 2026 to Globex", "$12,000.00",
                "approved?\n\nSee the invoice, tell us what you need to approve it, or pay online:\n"
                        + "(a link to this invoice in your client portal)\n\nThank you,");

        rows.get(1).put("subject", "");
        String refused = browser.submit("/clients/" + client + "/reminders", with(form(rows), "mode", "OWN"))
                .getResponseBody();
        assertThat(refused).contains("Enter the subject");
        assertThat(checkedMode(refused)).isEqualTo("OWN");

        rows.get(1).put("subject", "Second notice: {invoiceNumber}");
        PageSession.assertRedirectsTo(browser.submit("/clients/" + client + "/reminders",
                with(form(rows), "mode", "OWN")), "/clients/" + client + "/reminders");
        http.get().uri("/api/v1/clients/{id}/reminder-policy", client).headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.usesWorkspaceSteps").isEqualTo(false)
                .jsonPath("$.steps[1].subject").isEqualTo("Second notice: {invoiceNumber}");

        PageSession.assertRedirectsTo(browser.submit("/clients/" + client + "/reminders", Map.of("mode", "OFF")),
                "/clients/" + client + "/reminders");
        assertThat(browser.get("/clients/" + client + "/reminders").getResponseBody())
                .contains("Reminders are off for Globex.");
        assertThat(checkedMode(browser.get("/clients/" + client + "/reminders").getResponseBody())).isEqualTo("OFF");
        http.get().uri("/api/v1/clients/{id}/reminder-policy", client).headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.remindersOff").isEqualTo(true).jsonPath("$.steps.length()").isEqualTo(2);

        assertThat(browser.submit("/clients/" + client + "/reminders", Map.of()).getResponseBody())
                .contains("Choose how this client is reminded");
    }

    @Test
    void removingEveryStepSendsNoReminders() {
        Workspace acme = signUp("Acme Consulting LLC");
        PageSession browser = signedIn(acme);
        browser.get("/settings/reminders");

        PageSession.assertRedirectsTo(browser.submit("/settings/reminders", Map.of()), "/settings/reminders");

        assertThat(workspaceSteps(acme)).isEmpty();
        assertThat(browser.get("/settings/reminders").getResponseBody()).contains("No steps: no reminders are sent.");
    }

    private List<Map<String, String>> workspaceSteps(Workspace workspace) {
        List<Map<String, Object>> steps = (List<Map<String, Object>>) http.get()
                .uri("/api/v1/workspace/reminder-policy").headers(workspace::authorize).exchange()
                .returnResult(Map.class).getResponseBody().get("steps");
        List<Map<String, String>> rows = new ArrayList<>();
        for (Map<String, Object> step : steps) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("key", (String) step.get("key"));
            row.put("enabled", String.valueOf(step.get("enabled")));
            row.put("anchor", (String) step.get("anchor"));
            row.put("offsetDays", String.valueOf(step.get("offsetDays")));
            row.put("minTermsDays", step.get("minTermsDays") == null ? "" : String.valueOf(step.get("minTermsDays")));
            row.put("subject", (String) step.get("subject"));
            row.put("body", (String) step.get("body"));
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, String> form(List<Map<String, String>> rows) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int index = 0; index < rows.size(); index++) {
            int at = index;
            rows.get(index).forEach((name, value) -> fields.put("steps[" + at + "]." + name, value));
        }
        return fields;
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(fields);
        more.put(name, value);
        return more;
    }

    private static String checkedMode(String page) {
        Matcher radio = Pattern.compile("<input type=\"radio\"[^>]*value=\"(\\w+)\"[^>]*checked=\"checked\"").matcher(page);
        return radio.find() ? radio.group(1) : "none";
    }
}
