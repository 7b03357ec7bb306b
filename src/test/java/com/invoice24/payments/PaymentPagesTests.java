package com.invoice24.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

class PaymentPagesTests extends IntegrationTest {

    @Test
    void bookkeeperRecordsAPaymentAgainstOpenInvoicesAndReversesIt() {
        Workspace acme = signUp("Acme Consulting LLC");
        String client = (String) http.post().uri("/api/v1/clients").headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "Globex", "billingEmail", "ap@globex.example"))
                .exchange().returnResult(Map.class).getResponseBody().get("id");
        String invoice = (String) http.post().uri("/api/v1/invoices").headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("clientId", client, "lines", List.of(Map.of("description", "Retainer – March 2026",
                        "quantity", "1", "unitPrice", "1000"))))
                .exchange().returnResult(Map.class).getResponseBody().get("id");
        http.post().uri("/api/v1/invoices/{id}/send", invoice).headers(acme::authorize).exchange().expectStatus().isOk();
        PageSession browser = signedIn(acme);

        assertThat(browser.get("/payments/new?clientId=" + client).getResponseBody()).contains("INV-", "$1,000.00");
        EntityExchangeResult<String> refused = browser.submit("/payments/new", Map.of("clientId", client,
                "amount", "600", "receivedOn", "2026-03-20", "method", "ACH", "reference", "", "fee", "",
                "allocations[0].invoiceId", invoice, "allocations[0].amount", "700"));
        assertThat(refused.getResponseBody()).contains("The allocations add up to $700.00, more than the $600.00 received")
                .contains("value=\"2026-03-20\"", "value=\"600.00\"", "value=\"700.00\"");

        EntityExchangeResult<String> garbage = browser.submit("/payments/new", Map.of("clientId", client,
                "amount", "ten dollars", "receivedOn", "2026-03-21", "method", "CHECK", "reference", "1042", "fee", "",
                "allocations[0].invoiceId", invoice, "allocations[0].amount", "1e400000"));
        assertThat(garbage.getStatus().value()).isEqualTo(200);
        assertThat(garbage.getResponseBody()).contains("Enter an amount such as 1250.00")
                .contains("value=\"ten dollars\"", "value=\"1e400000\"", "value=\"2026-03-21\"", "value=\"1042\"");

        EntityExchangeResult<String> recorded = browser.submit("/payments/new", Map.of("clientId", client,
                "amount", "1,200.00", "receivedOn", "2026-03-20", "method", "WIRE", "reference", "FW-88", "fee", "",
                "allocations[0].invoiceId", invoice, "allocations[0].amount", ""));
        assertThat(recorded.getStatus().is3xxRedirection()).isTrue();
        String paymentPage = recorded.getResponseHeaders().getLocation().getPath();
        assertThat(browser.get(paymentPage).getResponseBody()).contains("$1,200.00 from Globex", "$200.00");
        assertThat(browser.get("/payments").getResponseBody()).contains("FW-88");

        browser.submit(paymentPage + "/reverse", Map.of("reason", "Recorded twice"));
        assertThat(browser.get(paymentPage).getResponseBody()).contains("Reversed: Recorded twice");
        browser.submit(paymentPage + "/reverse", Map.of("reason", "Once more"));
        assertThat(browser.get(paymentPage).getResponseBody()).contains("This payment was already reversed.");
    }
}
