package com.invoice24.invoicing;

import static com.invoice24.PageSession.assertRedirectsTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

class InvoicePagesTests extends IntegrationTest {

    @Test
    void bookkeeperDraftsSendsAndVoidsAnInvoiceFromThePages() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).globex().create();
        PageSession browser = signedIn(acme);
        browser.get("/invoices/new");

        EntityExchangeResult<String> created = browser.submit("/invoices/new", editorForm(client, Map.of(
                "lines[0].description", "Monthly SEO management – February 2026", "lines[0].quantity", "1",
                "lines[0].unitPrice", "2400")));
        assertThat(created.getStatus().is3xxRedirection()).isTrue();
        String invoicePage = created.getResponseHeaders().getLocation().getPath();
        assertThat(browser.get(invoicePage).getResponseBody())
                .contains("Draft invoice", "Monthly SEO management – February 2026", "$2,400.00");

        assertThat(browser.submit(invoicePage + "/send", Map.of()).getResponseBody())
                .contains("Send it anyway?", "No payment instructions are set up", "Send anyway");
        assertRedirectsTo(browser.submit(invoicePage + "/send", Map.of("confirmed", "true")), invoicePage);
        String sent = browser.get(invoicePage).getResponseBody();
        assertThat(sent).contains("Invoice INV-", "is on its way", "Sent to ap@globex.example");

        assertRedirectsTo(browser.submit(invoicePage + "/void", Map.of("reason", "Sent to the wrong client")),
                invoicePage);
        assertThat(browser.get(invoicePage).getResponseBody()).contains("Voided: Sent to the wrong client");
    }

    @Test
    void editorShowsLineErrorsAndKeepsWhatWasTyped() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).globex().create();
        PageSession browser = signedIn(acme);
        browser.get("/invoices/new");

        EntityExchangeResult<String> refused = browser.submit("/invoices/new", editorForm(client, Map.of(
                "lines[0].description", "", "lines[0].quantity", "2", "lines[0].unitPrice", "150",
                "lines[1].description", "API integration milestone 2", "lines[1].quantity", "1.23456",
                "lines[1].unitPrice", "9000", "discount", "ten dollars")));

        assertThat(refused.getStatus().value()).isEqualTo(200);
        assertThat(refused.getResponseBody()).contains("Describe what was delivered", "Use at most 4 decimals",
                "API integration milestone 2", "Enter an amount such as 1250.00");
    }

    @Test
    void editorTotalsFollowWhatIsTyped() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = clients(acme).globex().create();
        PageSession browser = signedIn(acme);
        browser.get("/invoices/new");

        String totals = browser.submit("/invoices/totals", editorForm(client, Map.of(
                "lines[0].description", "Discovery workshop", "lines[0].quantity", "4",
                "lines[0].unitPrice", "187.5", "discount", "50"))).getResponseBody();

        assertThat(totals).contains("$750.00", "$700.00").doesNotContain("<html");
    }

    /** The editor as a browser posts it: every field, three line rows, unticked boxes as "false". */
    private static Map<String, String> editorForm(String client, Map<String, String> overrides) {
        Map<String, String> form = new HashMap<>();
        form.put("clientId", client);
        for (String field : new String[] {"issueDate", "dueDate", "paymentTermsBasis", "paymentTermsDays", "poNumber",
            "servicePeriod.start", "servicePeriod.end", "projectCode", "reference", "notes", "discount"}) {
            form.put(field, "");
        }
        for (int row = 0; row < 3; row++) {
            for (String field : new String[] {"itemId", "description", "quantity", "unit", "unitPrice"}) {
                form.put("lines[" + row + "]." + field, "");
            }
            form.put("lines[" + row + "].taxable", "false");
        }
        form.putAll(overrides);
        return form;
    }
}
