package com.invoice24.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@SuppressWarnings("unchecked")
class ClientApiTests extends IntegrationTest {

    static final Map<String, Object> GLOBEX = Map.ofEntries(
            Map.entry("name", "Globex"),
            Map.entry("legalName", "Globex Corporation"),
            Map.entry("billingEmail", "AP@globex.example"),
            Map.entry("ccEmails", List.of("controller@globex.example")),
            Map.entry("billingContact", Map.of("name", "Hank Scorpio", "email", "hank@globex.example", "phone", "555-0100")),
            Map.entry("apContact", Map.of("name", "Marge Bouvier", "email", "ap@globex.example")),
            Map.entry("address", Map.of("line1", "1 Cypress Creek", "city", "Springfield", "state", "or",
                    "postalCode", "97477")),
            Map.entry("paymentTermsDays", 45),
            Map.entry("poRequired", true),
            Map.entry("defaultPoNumber", "4500123"),
            Map.entry("deliveryMethod", "PORTAL_UPLOAD"),
            Map.entry("paymentMethodPreference", "ACH"),
            Map.entry("apPaymentRunDays", List.of(31, 15)),
            Map.entry("taxExempt", false),
            Map.entry("vendorOnboarding", Map.of("w9Sent", true, "coiSent", true, "vendorFormComplete", true,
                    "bankingFormComplete", true)),
            Map.entry("notes", "Invoices must show the PO and the service period."));

    @Test
    void clientOnboardedWithEveryBillingFieldComesBackUnderTheContractsNames() {
        Workspace acme = signUp("Acme Consulting LLC");

        create(acme, GLOBEX).expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.id").exists()
                .jsonPath("$.name").isEqualTo("Globex")
                .jsonPath("$.legalName").isEqualTo("Globex Corporation")
                .jsonPath("$.billingEmail").isEqualTo("ap@globex.example")
                .jsonPath("$.ccEmails[0]").isEqualTo("controller@globex.example")
                .jsonPath("$.billingContact.name").isEqualTo("Hank Scorpio")
                .jsonPath("$.apContact.email").isEqualTo("ap@globex.example")
                .jsonPath("$.address.state").isEqualTo("OR")
                .jsonPath("$.address.postalCode").isEqualTo("97477")
                .jsonPath("$.paymentTermsDays").isEqualTo(45)
                .jsonPath("$.effectivePaymentTerms").isEqualTo("Net 45")
                .jsonPath("$.poRequired").isEqualTo(true)
                .jsonPath("$.defaultPoNumber").isEqualTo("4500123")
                .jsonPath("$.deliveryMethod").isEqualTo("PORTAL_UPLOAD")
                .jsonPath("$.paymentMethodPreference").isEqualTo("ACH")
                .jsonPath("$.apPaymentRunDays[0]").isEqualTo(15)
                .jsonPath("$.apPaymentRunDays[1]").isEqualTo(31)
                .jsonPath("$.taxExempt").isEqualTo(false)
                .jsonPath("$.vendorOnboarding.w9Sent").isEqualTo(true)
                .jsonPath("$.notes").isEqualTo("Invoices must show the PO and the service period.")
                .jsonPath("$.onHold").isEqualTo(false)
                .jsonPath("$.outstandingBalance").isEqualTo("0.00")
                .jsonPath("$.creditBalance").isEqualTo("0.00")
                .jsonPath("$.missingOnboarding").isEmpty();
    }

    @Test
    void newClientShowsEveryChecklistItemStillMissing() {
        Workspace acme = signUp("Acme Consulting LLC");

        create(acme, Map.of("name", "Initech", "poRequired", true, "taxExempt", true))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.missingOnboarding").value(missing -> assertThat((List<Object>) missing).containsExactly(
                        "billingEmail", "apContact", "defaultPoNumber", "w9Sent", "coiSent", "vendorFormComplete",
                        "bankingFormComplete", "taxExemptionCertificateOnFile"))
                .jsonPath("$.effectivePaymentTerms").isEqualTo("Net 30");
    }

    @Test
    void aChangeKeepsWhatItLeavesOutAndTicksOffTheChecklist() {
        Workspace acme = signUp("Acme Consulting LLC");
        String id = id(create(acme, Map.of("name", "Initech")));

        http.put().uri("/api/v1/clients/{id}", id).headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("billingEmail", "ap@initech.example", "vendorOnboarding", Map.of("w9Sent", true)))
                .exchange().expectStatus().isOk();
        http.put().uri("/api/v1/clients/{id}", id).headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("vendorOnboarding", Map.of("coiSent", true), "paymentTermsDays", 15,
                        "paymentTermsBasis", "END_OF_MONTH"))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.name").isEqualTo("Initech")
                .jsonPath("$.billingEmail").isEqualTo("ap@initech.example")
                .jsonPath("$.vendorOnboarding.w9Sent").isEqualTo(true)
                .jsonPath("$.vendorOnboarding.coiSent").isEqualTo(true)
                .jsonPath("$.effectivePaymentTerms").isEqualTo("End of month + 15")
                .jsonPath("$.missingOnboarding").value(missing -> assertThat((List<Object>) missing)
                        .containsExactly("apContact", "vendorFormComplete", "bankingFormComplete"));
    }

    @Test
    void theVendorNumberTheClientGaveUsIsKeptAndClearedByAnEmptyValue() {
        Workspace acme = signUp("Acme Consulting LLC");
        String id = id(create(acme, Map.of("name", "Globex", "vendorNumber", " V-100238 ")));

        http.get().uri("/api/v1/clients/{id}", id).headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.vendorNumber").isEqualTo("V-100238");
        http.put().uri("/api/v1/clients/{id}", id).headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("notes", "Net 45 agreed")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.vendorNumber").isEqualTo("V-100238");
        http.put().uri("/api/v1/clients/{id}", id).headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("vendorNumber", "x".repeat(61))).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("vendorNumber");
        http.put().uri("/api/v1/clients/{id}", id).headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("vendorNumber", "")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.vendorNumber").doesNotExist();
    }

    @Test
    void invalidProfileNamesEachFieldAndSavesNothing() {
        Workspace acme = signUp("Acme Consulting LLC");

        create(acme, Map.of("name", "Bad Data Inc", "billingEmail", "ap@nowhere", "ccEmails", List.of("fine@ok.example", "nope"),
                "address", Map.of("state", "Oregon", "postalCode", "9747"), "paymentTermsDays", 400,
                "apPaymentRunDays", List.of(15, 32), "apContact", Map.of("email", "x")))
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'billingEmail')]").exists()
                .jsonPath("$.errors[?(@.field == 'ccEmails[1]')]").exists()
                .jsonPath("$.errors[?(@.field == 'address.state')]").exists()
                .jsonPath("$.errors[?(@.field == 'address.postalCode')]").exists()
                .jsonPath("$.errors[?(@.field == 'paymentTermsDays')]").exists()
                .jsonPath("$.errors[?(@.field == 'apPaymentRunDays[1]')]").exists()
                .jsonPath("$.errors[?(@.field == 'apContact.email')]").exists();
        create(acme, Map.of("billingEmail", "ap@nameless.example"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("name");
        create(acme, Map.of("name", "Globex", "deliveryMethod", "CARRIER_PIGEON")).expectStatus().isBadRequest();

        http.get().uri("/api/v1/clients?includeArchived=true").headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.total").isEqualTo(0);
    }

    @Test
    void anotherWorkspacesClientDoesNotExist() {
        Workspace acme = signUp("Acme Consulting LLC");
        Workspace globex = signUp("Globex Partners");
        String id = id(create(acme, Map.of("name", "Initech")));

        http.get().uri("/api/v1/clients/{id}", id).headers(globex::authorize).exchange().expectStatus().isNotFound();
        http.put().uri("/api/v1/clients/{id}", id).headers(globex::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Stolen")).exchange().expectStatus().isNotFound();
        http.get().uri("/api/v1/clients").headers(globex::authorize).exchange()
                .expectBody().jsonPath("$.total").isEqualTo(0);
    }

    @Test
    void listSearchesAndFiltersClientsMissingOnboarding() {
        Workspace acme = signUp("Acme Consulting LLC");
        create(acme, GLOBEX).expectStatus().isCreated();
        create(acme, Map.of("name", "Initech")).expectStatus().isCreated();
        create(acme, Map.of("name", "Initrode")).expectStatus().isCreated();

        http.get().uri("/api/v1/clients?missingOnboarding=true").headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.total").isEqualTo(2)
                .jsonPath("$.items[0].name").isEqualTo("Initech");
        http.get().uri("/api/v1/clients?q=init&page=1&size=1").headers(acme::authorize).exchange()
                .expectBody()
                .jsonPath("$.total").isEqualTo(2)
                .jsonPath("$.page").isEqualTo(1)
                .jsonPath("$.items[0].name").isEqualTo("Initrode");
        http.get().uri("/api/v1/clients?onHold=true").headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.total").isEqualTo(0);
    }

    @Test
    void archivedClientLeavesTheListButKeepsItsRecord() {
        Workspace acme = signUp("Acme Consulting LLC");
        String id = id(create(acme, Map.of("name", "Initech")));

        http.post().uri("/api/v1/clients/{id}/archive", id).headers(acme::authorize).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.archived").isEqualTo(true);
        http.post().uri("/api/v1/clients/{id}/archive", id).headers(acme::authorize).exchange()
                .expectStatus().isEqualTo(409);

        http.get().uri("/api/v1/clients").headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.total").isEqualTo(0);
        http.get().uri("/api/v1/clients/{id}", id).headers(acme::authorize).exchange().expectStatus().isOk();
        http.post().uri("/api/v1/clients/{id}/restore", id).headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.archived").isEqualTo(false);
    }

    @Test
    void purchaseOrderBecomesTheDefaultForNewInvoicesWithItsFullAmountRemaining() {
        Workspace acme = signUp("Acme Consulting LLC");
        String id = id(create(acme, Map.of("name", "Initech", "poRequired", true)));

        http.post().uri("/api/v1/clients/{id}/purchase-orders", id).headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("number", "PO-7781", "amount", "25000.00", "validFrom", "2026-01-01",
                        "validTo", "2026-12-31", "makeDefault", true))
                .exchange().expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.remaining").isEqualTo("25000.00")
                .jsonPath("$.invoiced").isEqualTo("0.00")
                .jsonPath("$.isDefault").isEqualTo(true);

        http.get().uri("/api/v1/clients/{id}", id).headers(acme::authorize).exchange()
                .expectBody()
                .jsonPath("$.defaultPoNumber").isEqualTo("PO-7781")
                .jsonPath("$.missingOnboarding[?(@ == 'defaultPoNumber')]").doesNotExist();
        http.get().uri("/api/v1/clients/{id}/purchase-orders", id).headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.items[0].number").isEqualTo("PO-7781");
    }

    @Test
    void purchaseOrderWithATakenNumberOrBackwardDatesIsRefused() {
        Workspace acme = signUp("Acme Consulting LLC");
        String id = id(create(acme, Map.of("name", "Initech")));
        addPo(acme, id, Map.of("number", "PO-1", "amount", "1000.00")).expectStatus().isCreated();

        addPo(acme, id, Map.of("number", "PO-1", "amount", "500.00")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("number");
        addPo(acme, id, Map.of("number", "PO-2", "amount", "500.00", "validFrom", "2026-05-01",
                "validTo", "2026-04-01")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("validTo");
        addPo(acme, id, Map.of("number", "PO-3", "amount", "0.00")).expectStatus().isBadRequest();
        addPo(acme, id, Map.of("number", "PO-4", "amount", "abc")).expectStatus().isBadRequest();
    }

    @Test
    void readOnlyMembersCannotOnboardClients() {
        Workspace acme = signUp("Acme Consulting LLC");
        String token = join(acme, "READ_ONLY").token();

        http.post().uri("/api/v1/clients").header("Authorization", bearer(token))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "Initech"))
                .exchange().expectStatus().isForbidden();
    }

    private RestTestClient.ResponseSpec create(Workspace workspace, Map<String, ?> client) {
        return http.post().uri("/api/v1/clients").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(client).exchange();
    }

    private RestTestClient.ResponseSpec addPo(Workspace workspace, String clientId, Map<String, ?> po) {
        return http.post().uri("/api/v1/clients/{id}/purchase-orders", clientId).headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(po).exchange();
    }

    private static String id(RestTestClient.ResponseSpec created) {
        return (String) created.expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
    }
}
