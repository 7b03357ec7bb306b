package com.invoice24.clients;

import static com.invoice24.PageSession.assertRedirectsTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

class ClientPagesTests extends IntegrationTest {

    @Test
    void bookkeeperOnboardsAClientFromThePagesAndSeesWhatIsMissing() {
        PageSession browser = signedIn();
        browser.get("/clients/new");

        EntityExchangeResult<String> refused = browser.submit("/clients/new",
                clientForm(Map.of("name", "", "billingEmail", "ap@initech", "address.state", "Ohio",
                        "paymentTermsDays", "thirty")));
        assertThat(refused.getStatus().value()).isEqualTo(200);
        assertThat(refused.getResponseBody()).contains("Enter the client&#39;s name", "Enter a valid email address",
                "Use a two-letter state code such as NY", "Enter a whole number");

        EntityExchangeResult<String> added = browser.submit("/clients/new", clientForm(Map.of(
                "vendorOnboarding.w9Sent", "true", "poRequired", "true")));
        assertThat(added.getStatus().is3xxRedirection()).isTrue();
        String clientPage = added.getResponseHeaders().getLocation().getPath();

        String page = browser.get(clientPage).getResponseBody();
        assertThat(page).contains("Initech", "Onboarding checklist", "5 missing",
                "PO number (this client requires one)", "Certificate of insurance sent");
        assertThat(browser.get("/clients?show=missing-onboarding").getResponseBody()).contains("Initech");
        assertThat(browser.get("/clients?q=globex").getResponseBody()).doesNotContain("Initech");
    }

    @Test
    void editingTheProfileCanUntickAChecklistItem() {
        PageSession browser = signedIn();
        browser.get("/clients/new");
        String clientPage = browser.submit("/clients/new", clientForm(Map.of("vendorOnboarding.w9Sent", "true")))
                .getResponseHeaders().getLocation().getPath();

        browser.get(clientPage + "/edit");
        assertRedirectsTo(browser.submit(clientPage + "/edit", clientForm(Map.of())), clientPage);

        assertThat(browser.get(clientPage).getResponseBody()).contains("5 missing");
    }

    @Test
    void theVendorNumberIsEnteredOnTheFormAndKeptWhenTheFormIsRefused() {
        PageSession browser = signedIn();
        browser.get("/clients/new");

        EntityExchangeResult<String> refused = browser.submit("/clients/new",
                clientForm(Map.of("name", "", "vendorNumber", "V-100238")));
        assertThat(refused.getResponseBody()).contains("Enter the client&#39;s name", "value=\"V-100238\"");
        String clientPage = browser.submit("/clients/new", clientForm(Map.of("vendorNumber", "V-100238")))
                .getResponseHeaders().getLocation().getPath();

        assertThat(browser.get(clientPage + "/edit").getResponseBody()).contains("value=\"V-100238\"");
    }

    @Test
    void purchaseOrderFormShowsErrorsNextToItsFields() {
        PageSession browser = signedIn();
        browser.get("/clients/new");
        String clientPage = browser.submit("/clients/new", clientForm(Map.of()))
                .getResponseHeaders().getLocation().getPath();
        browser.get(clientPage);

        EntityExchangeResult<String> refused = browser.submit(clientPage + "/purchase-orders",
                Map.of("number", "", "amount", "12.00"));
        assertThat(refused.getResponseBody()).contains("Enter the PO number");

        assertRedirectsTo(browser.submit(clientPage + "/purchase-orders",
                Map.of("number", "4500123", "amount", "15000", "validFrom", "2026-01-01", "validTo", "2026-12-31",
                        "makeDefault", "true")), clientPage);
        assertThat(browser.get(clientPage).getResponseBody()).contains("4500123", "$15000.00", "Default");
    }

    private PageSession signedIn() {
        PageSession browser = new PageSession(port);
        browser.get("/signup");
        browser.submit("/signup", Map.of("workspaceName", "Northwind Studio", "name", "Dana",
                "email", "clients-" + UUID.randomUUID() + "@example.com", "password", PASSWORD));
        return browser;
    }

    /** The client form as a browser posts it, every field present; checkboxes unticked ("false") unless given. */
    private static Map<String, String> clientForm(Map<String, String> overrides) {
        Map<String, String> form = new HashMap<>();
        form.put("name", "Initech");
        form.put("legalName", "Initech LLC");
        form.put("billingEmail", "ap@initech.example");
        form.put("ccEmails", "");
        for (String contact : new String[] {"billingContact", "apContact"}) {
            form.put(contact + ".name", "");
            form.put(contact + ".email", "");
            form.put(contact + ".phone", "");
        }
        form.put("address.line1", "4120 Freidrich Lane");
        form.put("address.line2", "");
        form.put("address.city", "Austin");
        form.put("address.state", "TX");
        form.put("address.postalCode", "78744");
        form.put("address.country", "US");
        form.put("deliveryMethod", "EMAIL");
        form.put("apPortalUrl", "");
        form.put("paymentMethodPreference", "");
        form.put("paymentTermsBasis", "");
        form.put("paymentTermsDays", "");
        form.put("apPaymentRunDays", "15, 31");
        form.put("defaultPoNumber", "");
        form.put("vendorNumber", "");
        form.put("invoiceFormatNotes", "");
        form.put("notes", "");
        for (String checkbox : new String[] {"poRequired", "taxExempt", "taxExemptionCertificateOnFile",
            "vendorOnboarding.w9Sent", "vendorOnboarding.coiSent", "vendorOnboarding.vendorFormComplete",
            "vendorOnboarding.bankingFormComplete"}) {
            form.put(checkbox, "false");
        }
        form.putAll(overrides);
        return form;
    }
}
