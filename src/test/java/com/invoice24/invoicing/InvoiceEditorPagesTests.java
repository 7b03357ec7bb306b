package com.invoice24.invoicing;

import static com.invoice24.PageSession.assertRedirectsTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import com.invoice24.fixtures.Invoices;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.web.util.HtmlUtils;

/** The invoice editor and the send flow as a bookkeeper uses them: lines edited without saving, refusals explained. */
@SuppressWarnings("unchecked")
class InvoiceEditorPagesTests extends IntegrationTest {

    @Test
    void linesAreAddedRemovedAndMovedWithoutSaving() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).create(Map.of("name", "Globex", "billingEmail", "ap@globex.example"));
        PageSession browser = atTheEditor(acme);

        String added = browser.submit("/invoices/lines?edit=ADD", editorForm(client, rows("Strategy call")))
                .getResponseBody();
        assertThat(description(added, 0)).isEqualTo("Strategy call");
        assertThat(added).contains("id=\"lines1.description\"").doesNotContain("lines2.description", "<html");

        String removed = browser.submit("/invoices/lines?edit=REMOVE&index=1",
                editorForm(client, rows("Strategy call", "Workshop", "Report"))).getResponseBody();
        assertThat(description(removed, 0)).isEqualTo("Strategy call");
        assertThat(description(removed, 1)).isEqualTo("Report");
        assertThat(removed).doesNotContain("Workshop", "lines2.description");

        String moved = browser.submit("/invoices/lines?edit=UP&index=1",
                editorForm(client, rows("Strategy call", "Workshop"))).getResponseBody();
        assertThat(description(moved, 0)).isEqualTo("Workshop");
        assertThat(description(moved, 1)).isEqualTo("Strategy call");

        assertThat(invoiceCount(acme)).isZero();
    }

    @Test
    void pickingAServiceItemFillsDescriptionUnitAndThisClientsRateAtOnce() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).create(Map.of("name", "Globex", "billingEmail", "ap@globex.example"));
        String item = item(acme, "Senior consultant – {period}", "HOUR", "200");
        http.put().uri("/api/v1/items/{item}/client-rates/{client}", item, client).headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("unitPrice", "100"))
                .exchange().expectStatus().isOk();
        PageSession browser = atTheEditor(acme);
        Map<String, String> form = editorForm(client, rows(""));
        form.putAll(Map.of("lines[0].itemId", item, "lines[0].quantity", "10",
                "servicePeriod.start", "2026-02-01", "servicePeriod.end", "2026-02-28"));

        String picked = browser.submit("/invoices/lines?edit=ITEM&index=0", form).getResponseBody();

        assertThat(description(picked, 0)).isEqualTo("Senior consultant – February 2026");
        assertThat(value(picked, "lines0.unit")).isEqualTo("hour");
        assertThat(value(picked, "lines0.unitPrice")).isEqualTo("100.00");
        assertThat(value(picked, "lines0.quantity")).isEqualTo("10.00");
        assertThat(picked).contains("$1,000.00", "hx-swap-oob");
        assertThat(invoiceCount(acme)).isZero();
    }

    @Test
    void theServicePeriodFillsThePlaceholdersOfLinesAlreadyThere() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).create(Map.of("name", "Globex", "billingEmail", "ap@globex.example"));
        PageSession browser = atTheEditor(acme);
        Map<String, String> form = editorForm(client, rows("SEO retainer – {month} {year}"));
        form.putAll(Map.of("servicePeriod.start", "2026-04-01", "servicePeriod.end", "2026-04-30"));

        String filled = browser.submit("/invoices/lines?edit=FILL", form).getResponseBody();

        assertThat(description(filled, 0)).isEqualTo("SEO retainer – April 2026");
    }

    @Test
    void aGarbageQuantityShowsAnErrorAndKeepsWhatWasTypedAsRowsChange() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).create(Map.of("name", "Globex", "billingEmail", "ap@globex.example"));
        PageSession browser = atTheEditor(acme);
        Map<String, String> form = editorForm(client, rows("Strategy call", "Workshop"));
        form.putAll(Map.of("lines[1].quantity", "abc", "lines[1].unitPrice", "1,x00", "poNumber", "PO-7"));

        EntityExchangeResult<String> refused = browser.submit("/invoices/new", form);

        assertThat(refused.getStatus().value()).isEqualTo(200);
        assertThat(value(refused.getResponseBody(), "lines1.quantity")).isEqualTo("abc");
        assertThat(value(refused.getResponseBody(), "lines1.unitPrice")).isEqualTo("1,x00");
        assertThat(value(refused.getResponseBody(), "poNumber")).isEqualTo("PO-7");
        assertThat(refused.getResponseBody()).contains("Enter a quantity such as 4 or 1.5",
                "Enter a price such as 187.50");

        String afterRemoval = browser.submit("/invoices/lines?edit=REMOVE&index=0", form).getResponseBody();
        assertThat(description(afterRemoval, 0)).isEqualTo("Workshop");
        assertThat(value(afterRemoval, "lines0.quantity")).isEqualTo("abc");
        assertThat(invoiceCount(acme)).isZero();
    }

    @Test
    void theTotalAsTypedIsTheTotalSaved() {
        Workspace acme = signUp("Acme Consulting LLC");
        http.put().uri("/api/v1/workspace").headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("salesTaxRatePercent", "8.875")).exchange().expectStatus().isOk();
        String client = clients(acme).create(Map.of("name", "Globex", "billingEmail", "ap@globex.example"));
        String item = item(acme, "Monthly SEO management", "MONTH", "1500");
        PageSession browser = atTheEditor(acme);
        Map<String, String> form = editorForm(client, rows("", "Workshop materials"));
        form.putAll(Map.of("lines[0].itemId", item, "lines[1].quantity", "3", "lines[1].unitPrice", "99.99",
                "lines[1].taxable", "true", "discount", "10"));

        String totals = browser.submit("/invoices/totals", form).getResponseBody();
        EntityExchangeResult<String> saved = browser.submit("/invoices/new", form);

        String id = saved.getResponseHeaders().getLocation().getPath().replace("/invoices/", "");
        String total = (String) http.get().uri("/api/v1/invoices/{id}", id).headers(acme::authorize).exchange()
                .returnResult(Map.class).getResponseBody().get("total");
        assertThat(total).isEqualTo("1816.44");
        assertThat(totals).contains("$1,816.44", "id=\"amount-0\"", "$1,500.00", "$299.97");
    }

    @Test
    void aDraftSavedTwiceKeepsItsDatesAndServicePeriod() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).create(Map.of("name", "Globex", "billingEmail", "ap@globex.example"));
        PageSession browser = atTheEditor(acme);
        Map<String, String> form = editorForm(client, rows("Strategy call"));
        form.putAll(Map.of("lines[0].quantity", "1", "lines[0].unitPrice", "900", "issueDate", "2026-03-02",
                "dueDate", "2026-04-15", "servicePeriod.start", "2026-02-01", "servicePeriod.end", "2026-02-28"));
        String invoicePage = browser.submit("/invoices/new", form).getResponseHeaders().getLocation().getPath();

        for (int save = 0; save < 2; save++) {
            String editor = browser.get(invoicePage + "/edit").getResponseBody();
            Map<String, String> again = editorForm(client, rows(description(editor, 0)));
            for (String field : List.of("issueDate", "dueDate", "servicePeriod.start", "servicePeriod.end",
                    "lines0.quantity", "lines0.unitPrice")) {
                again.put(field.replace("lines0", "lines[0]"), value(editor, field));
            }
            assertRedirectsTo(browser.submit(invoicePage + "/edit", again), invoicePage);
        }

        Map<String, Object> saved = http.get().uri("/api/v1" + invoicePage).headers(acme::authorize).exchange()
                .returnResult(Map.class).getResponseBody();
        assertThat(saved).containsEntry("issueDate", "2026-03-02").containsEntry("dueDate", "2026-04-15")
                .containsEntry("servicePeriod", Map.of("start", "2026-02-01", "end", "2026-02-28"))
                .containsEntry("total", "900.00");
    }

    @Test
    void aSendBlockedForAMissingPoShowsWhyAndSendsOnceThePoIsAdded() {
        Workspace acme = withPaymentInstructions(signUp("Acme Consulting LLC"));
        String client = clients(acme).create(Map.of("name", "Initech", "billingEmail", "ap@initech.example",
                "poRequired", true));
        String id = draft(acme, client, List.of(Map.of("description", "Discovery workshop – Project Atlas",
                "quantity", "4", "unitPrice", "187.5")));
        PageSession browser = atTheEditor(acme);

        EntityExchangeResult<String> refused = browser.submit("/invoices/" + id + "/send", Map.of());

        assertThat(refused.getStatus().value()).isEqualTo(200);
        assertThat(refused.getResponseBody()).contains("This invoice was not sent",
                "Initech requires a PO number on every invoice", "/invoices/" + id + "/edit#poNumber");
        assertThat(status(acme, id)).isEqualTo("DRAFT");

        http.put().uri("/api/v1/invoices/{id}", id).headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("poNumber", "4500-778")).exchange().expectStatus().isOk();
        assertRedirectsTo(browser.submit("/invoices/" + id + "/send", Map.of()), "/invoices/" + id);
        assertThat(status(acme, id)).isEqualTo("SENT");
    }

    @Test
    void aPlaceholderLeftInALineStopsTheSendWithALinkToTheLine() {
        Workspace acme = withPaymentInstructions(signUp("Acme Consulting LLC"));
        String client = clients(acme).create(Map.of("name", "Globex", "billingEmail", "ap@globex.example"));
        String id = draft(acme, client, List.of(Map.of("description", "Monthly SEO management – {period}",
                "quantity", "1", "unitPrice", "1500")));
        PageSession browser = atTheEditor(acme);

        String refused = browser.submit("/invoices/" + id + "/send", Map.of()).getResponseBody();

        assertThat(refused).contains("Line 1 still says {period}", "/invoices/" + id + "/edit#lines0.description",
                "Fix line 1");
        assertThat(status(acme, id)).isEqualTo("DRAFT");
    }

    @Test
    void warningsAskForConfirmationBeforeTheInvoiceGoesOut() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).create(Map.of("name", "Globex", "billingEmail", "ap@globex.example"));
        String id = draft(acme, client, List.of(Map.of("description", "Consulting services", "quantity", "10",
                "unitPrice", "150")));
        PageSession browser = atTheEditor(acme);

        String asked = browser.submit("/invoices/" + id + "/send", Map.of()).getResponseBody();

        assertThat(HtmlUtils.htmlUnescape(asked)).contains("Send it anyway?", "\"Consulting services\" is vague",
                "No payment instructions are set up", "/settings/business", "Send anyway");
        assertThat(status(acme, id)).isEqualTo("DRAFT");
        assertRedirectsTo(browser.submit("/invoices/" + id + "/send", Map.of("confirmed", "true")), "/invoices/" + id);
        assertThat(status(acme, id)).isEqualTo("SENT");
    }

    @Test
    void aTemplateStartsAnInvoiceWhosePlaceholdersFillFromTheServicePeriod() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).create(Map.of("name", "Globex", "billingEmail", "ap@globex.example"));
        String template = (String) ((List<Map<String, Object>>) http.get().uri("/api/v1/invoice-templates")
                .headers(acme::authorize).exchange().returnResult(Map.class).getResponseBody().get("items")).stream()
                .filter(found -> found.get("name").equals("Monthly recurring service")).findFirst().orElseThrow()
                .get("id");
        PageSession browser = atTheEditor(acme);

        String editor = browser.get("/invoices/new?clientId=" + client + "&templateId=" + template).getResponseBody();

        assertThat(editor).contains("Start from a template", "Service period {period}. Invoiced on the same day");
        assertThat(description(editor, 0)).isEqualTo("Monthly SEO management – {period}");
        assertThat(value(editor, "lines0.unit")).isEqualTo("month");
        Map<String, String> form = editorForm(client, rows(description(editor, 0)));
        form.putAll(Map.of("lines[0].itemId", value(editor, "lines0.itemId"), "lines[0].quantity", "1",
                "lines[0].unit", "month", "lines[0].unitPrice", "1500", "notes", "Service period {period}.",
                "servicePeriod.start", "2026-05-01", "servicePeriod.end", "2026-05-31"));
        String invoicePage = browser.submit("/invoices/new", form).getResponseHeaders().getLocation().getPath();
        assertThat(browser.get(invoicePage).getResponseBody())
                .contains("Monthly SEO management – May 2026", "Service period May 2026.");
    }

    @Test
    void duplicateOpensACopyOfTheInvoiceInTheEditor() {
        Workspace acme = withPaymentInstructions(signUp("Acme Consulting LLC"));
        String client = clients(acme).create(Map.of("name", "Globex", "billingEmail", "ap@globex.example"));
        String id = draft(acme, client, List.of(Map.of("description", "Discovery workshop – Project Atlas",
                "quantity", "4", "unitPrice", "187.5")));
        PageSession browser = atTheEditor(acme);
        browser.get("/invoices/" + id);

        EntityExchangeResult<String> copied = browser.submit("/invoices/" + id + "/copy", Map.of());

        String editorPath = copied.getResponseHeaders().getLocation().getPath();
        assertThat(editorPath).endsWith("/edit").isNotEqualTo("/invoices/" + id + "/edit");
        String editor = browser.get(editorPath).getResponseBody();
        assertThat(editor).contains("Edit draft", "A copy as a new draft");
        assertThat(description(editor, 0)).isEqualTo("Discovery workshop – Project Atlas");
        assertThat(invoiceCount(acme)).isEqualTo(2);
    }

    @Test
    void aDraftVoidedBeforeItWasSentStaysOnRecordWithoutANumber() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).create(Map.of("name", "Globex", "billingEmail", "ap@globex.example"));
        String id = draft(acme, client, List.of(Map.of("description", "Discovery workshop – Project Atlas",
                "quantity", "4", "unitPrice", "187.5")));
        PageSession browser = atTheEditor(acme);
        browser.get("/invoices/" + id);

        assertRedirectsTo(browser.submit("/invoices/" + id + "/void",
                Map.of("reason", "Client cancelled the workshop")), "/invoices/" + id);

        assertThat(browser.get("/invoices/" + id).getResponseBody()).contains("Invoice voided",
                "Voided: Client cancelled the workshop");
        assertThat(status(acme, id)).isEqualTo("VOID");
    }

    /** Signed in with the new-invoice editor open, whose form carries the session's CSRF token. */
    private PageSession atTheEditor(Workspace workspace) {
        PageSession browser = signedIn(workspace);
        browser.get("/invoices/new");
        return browser;
    }

    private Workspace withPaymentInstructions(Workspace workspace) {
        http.put().uri("/api/v1/workspace").headers(workspace::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("paymentInstructions", Map.of("ach", "First Bank, routing 111000025, account 99812")))
                .exchange().expectStatus().isOk();
        return workspace;
    }

    private String item(Workspace workspace, String description, String unit, String unitPrice) {
        return (String) http.post().uri("/api/v1/items").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", description.replace(" – {period}", ""), "description", description,
                        "unit", unit, "unitPrice", unitPrice, "taxable", false))
                .exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
    }

    private String draft(Workspace workspace, String client, List<Map<String, String>> lines) {
        Invoices.Builder draft = invoices(workspace).forClient(client);
        lines.forEach(draft::line);
        return draft.draft();
    }

    private String status(Workspace workspace, String id) {
        return (String) http.get().uri("/api/v1/invoices/{id}", id).headers(workspace::authorize).exchange()
                .returnResult(Map.class).getResponseBody().get("status");
    }

    private long invoiceCount(Workspace workspace) {
        return ((Number) http.get().uri("/api/v1/invoices").headers(workspace::authorize).exchange()
                .returnResult(Map.class).getResponseBody().get("total")).longValue();
    }

    private static List<String> rows(String... descriptions) {
        return List.of(descriptions);
    }

    /** The editor as a browser posts it: a row per description, the other fields empty, unticked boxes "false". */
    private static Map<String, String> editorForm(String client, List<String> descriptions) {
        Map<String, String> form = new HashMap<>();
        form.put("clientId", client);
        for (String field : new String[] {"issueDate", "dueDate", "paymentTermsBasis", "paymentTermsDays", "poNumber",
            "servicePeriod.start", "servicePeriod.end", "projectCode", "reference", "notes", "discount"}) {
            form.put(field, "");
        }
        for (int row = 0; row < descriptions.size(); row++) {
            for (String field : new String[] {"itemId", "quantity", "unit", "unitPrice"}) {
                form.put("lines[" + row + "]." + field, "");
            }
            form.put("lines[" + row + "].description", descriptions.get(row));
            form.put("lines[" + row + "].taxable", "false");
        }
        return form;
    }

    private static String description(String page, int row) {
        Matcher textarea = Pattern.compile(
                "<textarea[^>]*id=\"lines" + row + "\\.description\"[^>]*>([^<]*)</textarea>").matcher(page);
        assertThat(textarea.find()).as("row " + row + " in the editor").isTrue();
        return HtmlUtils.htmlUnescape(textarea.group(1));
    }

    /** The value an input or select shows: what the person typed, or what is saved. */
    private static String value(String page, String id) {
        Matcher input = Pattern.compile("<input[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*value=\"([^\"]*)\"")
                .matcher(page);
        if (input.find()) {
            return HtmlUtils.htmlUnescape(input.group(1));
        }
        Matcher select = Pattern.compile("<select[^>]*id=\"" + Pattern.quote(id)
                + "\".*?<option value=\"([^\"]*)\" selected=\"selected\"", Pattern.DOTALL).matcher(page);
        assertThat(select.find()).as(id + " in the editor").isTrue();
        return select.group(1);
    }
}
