package com.invoice24.payments;

import static com.invoice24.PageSession.assertRedirectsTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

class CreditNotePagesTests extends IntegrationTest {

    @Test
    void bookkeeperIssuesACreditNoteFromTheInvoiceAndFixesWhatTheFormRefuses() {
        setToday("2026-03-02");
        Workspace acme = signUp("Acme Consulting LLC");
        String invoice = sentInvoice(acme);
        String form = "/invoices/" + invoice + "/credit-notes/new";
        PageSession browser = signedIn(acme);

        assertThat(browser.get(form).getResponseBody())
                .contains("Credit note for invoice INV-2026-0001", "Balance due", "$1,000.00");
        EntityExchangeResult<String> noReason = browser.submit(form, Map.of("amount", "250", "reason", ""));
        assertThat(noReason.getStatus().value()).isEqualTo(200);
        assertThat(noReason.getResponseBody()).contains("Enter the reason", "value=\"250.00\"");
        assertThat(browser.submit(form, Map.of("amount", "1500", "reason", "Hours not delivered")).getResponseBody())
                .contains("Use at most $1,000.00", "Hours not delivered");
        assertThat(browser.submit(form, Map.of("amount", "ten dollars", "reason", "Hours not delivered"))
                .getResponseBody()).contains("Enter an amount such as 1250.00");

        assertRedirectsTo(browser.submit(form, Map.of("amount", "250", "reason", "Hours not delivered")),
                "/invoices/" + invoice);
        assertThat(browser.get("/invoices/" + invoice).getResponseBody())
                .contains("Credit note CN-2026-0001 for $250.00 issued; $750.00 is now due on INV-2026-0001.",
                        "Credit note CN-2026-0001 for $250.00: Hours not delivered");

        String note = creditNoteOf(acme, invoice);
        assertThat(browser.get("/credit-notes/" + note).getResponseBody())
                .contains("CREDIT NOTE", "CN-2026-0001", "INV-2026-0001", "Hours not delivered", "$750.00",
                        "/credit-notes/" + note + "/pdf");
        assertThat(browser.get("/credit-notes/" + note + "/pdf").getResponseBody()).startsWith("%PDF-");
    }

    @Test
    void aDraftCannotBeCreditedFromThePages() {
        Workspace acme = signUp("Acme Consulting LLC");
        String draft = draft(acme, clients(acme).globex().create());
        PageSession browser = signedIn(acme);

        assertRedirectsTo(browser.get("/invoices/" + draft + "/credit-notes/new"), "/invoices/" + draft);
        assertThat(browser.get("/invoices/" + draft).getResponseBody())
                .contains("Only a sent invoice with a balance due can be credited.");
    }

    private String creditNoteOf(Workspace workspace, String invoice) {
        Map<?, ?> notes = http.get().uri("/api/v1/credit-notes?invoiceId={id}", invoice).headers(workspace::authorize)
                .exchange().expectStatus().isOk().returnResult(Map.class).getResponseBody();
        return (String) ((Map<?, ?>) ((List<?>) notes.get("items")).get(0)).get("id");
    }

    private String sentInvoice(Workspace workspace) {
        String invoice = draft(workspace, clients(workspace).globex().create());
        invoices(workspace).send(invoice);
        return invoice;
    }

    private String draft(Workspace workspace, String client) {
        return invoices(workspace).forClient(client).line("Discovery workshop (4 hours) – Project X", "4", "250")
                .draft();
    }
}
