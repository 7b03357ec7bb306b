package com.invoice24.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import com.invoice24.Team;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Where clients send their money is what a thief inside an account changes first: once set up, the payment
 * instructions change only with the owner's password, every change is kept, and every client who owes money
 * is told what changed and how to check it.
 */
@SuppressWarnings("unchecked")
class PaymentInstructionChangeTests extends IntegrationTest {

    private static final Map<String, String> FIRST_ALBANY = Map.of(
            "ach", "Bank: First Albany Bank\nRouting: 021000021\nAccount: 483920174455",
            "check", "Payable to Acme Consulting LLC, 100 Main St, Albany, NY 12207");
    private static final Map<String, String> HUDSON_TRUST = Map.of(
            "ach", "Bank: Hudson Trust\nRouting: 026009593\nAccount: 77310048821",
            "check", "Payable to Acme Consulting LLC, 100 Main St, Albany, NY 12207",
            "cardUrl", "https://pay.example/acme");

    @Autowired
    private PasswordEncoder passwords;

    private Workspace acme;

    @BeforeEach
    void acmeSetsUpHowToPayOnceWithoutAPassword() {
        setToday("2026-03-02");
        acme = signUp("Acme Consulting LLC");
        put(acme::authorize, Map.of("phone", "518-555-0100", "paymentInstructions", FIRST_ALBANY))
                .expectStatus().isOk();
    }

    @Test
    void changingInstructionsAlreadySetNeedsTheOwnersPasswordAndNothingIsSavedWithout() {
        put(acme::authorize, Map.of("paymentInstructions", HUDSON_TRUST)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("ownerPassword");
        put(acme::authorize, Map.of("paymentInstructions", HUDSON_TRUST, "ownerPassword", "not the password"))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("ownerPassword");
        assertThat((Map<String, String>) settings().get("paymentInstructions"))
                .containsEntry("ach", FIRST_ALBANY.get("ach")).containsEntry("cardUrl", null);
        assertThat(clientEmails()).isEmpty();

        put(acme::authorize, Map.of("paymentInstructions", HUDSON_TRUST, "ownerPassword", PASSWORD))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.paymentInstructions.ach").isEqualTo(HUDSON_TRUST.get("ach"));
    }

    @Test
    void otherSettingsAndUnchangedInstructionsNeedNoPassword() {
        put(acme::authorize, Map.of("name", "Acme Consulting", "paymentInstructions",
                Map.of("ach", FIRST_ALBANY.get("ach") + "\n", "check", " " + FIRST_ALBANY.get("check"), "wire", "")))
                .expectStatus().isOk();

        assertThat(settings().get("name")).isEqualTo("Acme Consulting");
    }

    @Test
    void anAdminNeedsTheOwnersPasswordNotTheirOwn() {
        Team.Joined admin = join(acme, "ADMIN");
        jdbc().sql("UPDATE members SET password_hash = :hash WHERE lower(email) = lower(:email)")
                .param("hash", passwords.encode("admin's own passphrase 42")).param("email", admin.email()).update();

        put(bearerOf(admin), Map.of("paymentInstructions", HUDSON_TRUST, "ownerPassword", "admin's own passphrase 42"))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("ownerPassword");
        put(bearerOf(admin), Map.of("paymentInstructions", HUDSON_TRUST, "ownerPassword", PASSWORD))
                .expectStatus().isOk();
    }

    @Test
    void everyClientWhoOwesMoneyIsToldWhatChangedWithoutTheNewAccountNumber() {
        String globex = clients(acme).create(Map.of("name", "Globex", "billingEmail", "ap@globex.example",
                "ccEmails", List.of("controller@globex.example")));
        String initech = clients(acme).create(Map.of("name", "Initech", "billingEmail", "ap@initech.example"));
        String hooli = clients(acme).create(Map.of("name", "Hooli", "billingEmail", "ap@hooli.example"));
        invoices(acme).forClient(globex).line("Discovery workshop", "4", "187.50").sent();
        invoices(acme).forClient(globex).line("Architecture review", "2", "225").sent();
        String paid = invoices(acme).forClient(initech).line("Retainer", "1", "1000").sent();
        payments(acme).from(initech, "1000.00").allocate(paid, "1000.00").record();
        invoices(acme).forClient(hooli).line("Draft work", "1", "500").draft();

        put(acme::authorize, Map.of("paymentInstructions", HUDSON_TRUST, "ownerPassword", PASSWORD))
                .expectStatus().isOk();

        List<Map<String, Object>> notices = clientEmails();
        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.get("to")).isEqualTo("ap@globex.example");
            assertThat((List<String>) notice.get("cc")).containsExactly("controller@globex.example");
            assertThat(notice.get("subject")).isEqualTo("Our payment instructions changed — Acme Consulting LLC");
        });
        String body = body(notices.get(0));
        assertThat(body).contains("on Mar 2, 2026", "ACH: changed (the new account number ends in 8821)",
                "Card: added (a new payment link)", "2 open invoices", "INV-2026-0001, INV-2026-0002",
                "a number you already have", "localhost:8080/verify")
                .doesNotContain("77310048821", "026009593", "Hudson Trust", "pay.example", "Check:");
    }

    @Test
    void theChangeIsKeptWithWhoAndWhenAndTheAuditLogSaysSo() {
        put(acme::authorize, Map.of("paymentInstructions", HUDSON_TRUST, "ownerPassword", PASSWORD))
                .expectStatus().isOk();

        assertThat(jdbc().sql("""
                SELECT before_ach, after_ach, changed_by_name FROM payment_instruction_changes
                WHERE workspace_id = :workspace AND before_ach IS NOT NULL""")
                .param("workspace", acme.id()).query().singleRow())
                .containsEntry("before_ach", FIRST_ALBANY.get("ach"))
                .containsEntry("after_ach", HUDSON_TRUST.get("ach"))
                .containsEntry("changed_by_name", "Dana Whitfield");
        List<Map<String, Object>> entries = (List<Map<String, Object>>) http.get()
                .uri("/api/v1/audit-log?subject=SETTINGS").headers(acme::authorize).exchange()
                .expectStatus().isOk().returnResult(Map.class).getResponseBody().get("items");
        assertThat(entries).extracting(entry -> entry.get("action")).contains("payment instructions changed");
        assertThat(settings().get("paymentInstructionsChangedAt")).isNotNull();
    }

    @Test
    void theSettingsPageAsksForThePasswordAndSaysWhenItIsWrong() {
        PageSession owner = signedIn(acme).from(newAddress());
        assertThat(owner.getHtml("/settings/business").getResponseBody())
                .contains("Owner's password", "Last changed on Mar 2, 2026");
        Map<String, String> form = businessForm("Bank: Hudson Trust\nRouting: 026009593\nAccount: 77310048821");

        form.put("ownerPassword", "not the password");
        EntityExchangeResult<String> refused = owner.submitHtml("/settings/business", form);

        assertThat(refused.getStatus().value()).isEqualTo(200);
        assertThat(refused.getResponseBody()).contains("That is not the owner&#39;s password; nothing was saved.")
                .doesNotContain("not the password");
        form.put("ownerPassword", PASSWORD);
        PageSession.assertRedirectsTo(owner.submitHtml("/settings/business", form), "/settings/business");
        assertThat(settings().get("paymentInstructions")).extracting(instructions -> ((Map<String, String>) instructions)
                .get("ach")).isEqualTo("Bank: Hudson Trust\nRouting: 026009593\nAccount: 77310048821");
    }

    @Test
    void wrongPasswordsSpendTheSignInBudgetOfTheAddress() {
        PageSession admin = signedIn(join(acme, "ADMIN").email()).from(newAddress());
        admin.getHtml("/settings/business");
        Map<String, String> form = businessForm("Routing: 026009593\nAccount: 77310048821");
        for (int attempt = 0; attempt < 10; attempt++) {
            form.put("ownerPassword", "guess " + attempt);
            assertThat(admin.submitHtml("/settings/business", form).getResponseBody())
                    .contains("That is not the owner&#39;s password");
        }

        form.put("ownerPassword", PASSWORD);
        assertThat(admin.submitHtml("/settings/business", form).getResponseBody())
                .contains("Too many failed sign-in attempts from your network address");
    }

    private RestTestClient.ResponseSpec put(Consumer<HttpHeaders> as, Map<String, ?> change) {
        return http.put().uri("/api/v1/workspace").headers(as).contentType(MediaType.APPLICATION_JSON).body(change)
                .exchange();
    }

    private static Consumer<HttpHeaders> bearerOf(Team.Joined member) {
        return headers -> headers.setBearerAuth(member.token());
    }

    private Map<String, Object> settings() {
        return http.get().uri("/api/v1/workspace").headers(acme::authorize).exchange().expectStatus().isOk()
                .returnResult(Map.class).getResponseBody();
    }

    private List<Map<String, Object>> clientEmails() {
        List<Map<String, Object>> emails = http.get().uri("/api/v1/emails").headers(acme::authorize).exchange()
                .expectStatus().isOk().returnResult(List.class).getResponseBody();
        return emails.stream().filter(email -> "PAYMENT_INSTRUCTIONS".equals(email.get("kind"))).toList();
    }

    private String body(Map<String, Object> email) {
        return (String) http.get().uri("/api/v1/emails/{id}", email.get("id")).headers(acme::authorize).exchange()
                .expectStatus().isOk().returnResult(Map.class).getResponseBody().get("body");
    }

    /** The business form as a browser posts it, with new ACH instructions. */
    private static Map<String, String> businessForm(String ach) {
        return new HashMap<>(Map.ofEntries(Map.entry("name", "Acme Consulting LLC"), Map.entry("legalName", ""),
                Map.entry("email", ""), Map.entry("phone", "518-555-0100"), Map.entry("ein", ""),
                Map.entry("address.line1", ""), Map.entry("address.line2", ""), Map.entry("address.city", ""),
                Map.entry("address.state", ""), Map.entry("address.postalCode", ""),
                Map.entry("address.country", "US"), Map.entry("defaultPaymentTermsDays", "30"),
                Map.entry("defaultPaymentTermsBasis", "NET"), Map.entry("invoiceNumberPattern", "INV-{yyyy}-{seq:4}"),
                Map.entry("salesTaxRatePercent", "0"), Map.entry("timeZone", "America/New_York"),
                Map.entry("rollDueDateToBusinessDay", "true"), Map.entry("paymentInstructions.ach", ach),
                Map.entry("paymentInstructions.wire", ""),
                Map.entry("paymentInstructions.check", FIRST_ALBANY.get("check")),
                Map.entry("paymentInstructions.cardUrl", "")));
    }

    private static String newAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.18." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
