package com.invoice24.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.Team;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@SuppressWarnings("unchecked")
class MoneyAuditTests extends IntegrationTest {

    @Test
    void sendingPayingReversingAndCreditingRecordOneEntryEachByWhoeverDidIt() {
        Workspace acme = signUp("Acme Consulting LLC");
        Team.Joined bookkeeper = join(acme, "BOOKKEEPER");
        String globex = client(acme);
        String first = sent(acme, globex, "1000.00");
        String second = sent(acme, globex, "1250.00");

        String payment = (String) send(HttpMethod.POST, "/api/v1/payments", bookkeeper.token(), Map.of(
                "clientId", globex, "amount", "750.00", "method", "WIRE", "reference", "W-1187",
                "allocations", List.of(Map.of("invoiceId", first, "amount", "500.00"),
                        Map.of("invoiceId", second, "amount", "250.00"))))
                .expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
        send(HttpMethod.POST, "/api/v1/payments/" + payment + "/reverse", acme.token(),
                Map.of("reason", "Wire recalled by the bank")).expectStatus().isOk();
        String note = (String) send(HttpMethod.POST, "/api/v1/credit-notes", acme.token(), Map.of(
                "invoiceId", first, "amount", "250.00", "reason", "One workshop hour not delivered"))
                .expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");

        String firstNumber = numberOf(acme, first);
        String secondNumber = numberOf(acme, second);
        assertThat(entries(acme, "INVOICE")).extracting(MoneyAuditTests::line).containsExactly(
                "sent " + secondNumber + " by Dana Whitfield: Sent to Globex for $1,250.00",
                "sent " + firstNumber + " by Dana Whitfield: Sent to Globex for $1,000.00");
        assertThat(entries(acme, "PAYMENT")).allSatisfy(entry -> assertThat(entry)
                        .containsEntry("subjectId", payment).containsEntry("subjectLabel", "$750.00 from Globex"))
                .extracting(MoneyAuditTests::line).containsExactly(
                        "reversed $750.00 from Globex by Dana Whitfield: Wire recalled by the bank. Taken back from "
                                + firstNumber + " $500.00, " + secondNumber + " $250.00",
                        "recorded $750.00 from Globex by Sam Ortiz: Wire (ref W-1187). Applied to "
                                + firstNumber + " $500.00, " + secondNumber + " $250.00");
        assertThat(entries(acme, "CREDIT_NOTE")).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("subjectId", note).containsEntry("action", "issued")
                    .containsEntry("memberName", "Dana Whitfield")
                    .containsEntry("summary", "$250.00 on invoice " + firstNumber + ": One workshop hour not delivered");
            assertThat((String) entry.get("subjectLabel")).isNotBlank().isNotEqualTo(firstNumber);
        });
    }

    @Test
    void voidingWritingOffAndCollectionsStepsRecordOneEntryEach() {
        Workspace acme = signUp("Acme Consulting LLC");
        String globex = client(acme);
        String mistaken = sent(acme, globex, "1000.00");
        String badDebt = sent(acme, globex, "1000.00");
        String disputed = sent(acme, globex, "1000.00");
        String slow = sent(acme, globex, "1000.00");

        send(HttpMethod.POST, "/api/v1/invoices/" + mistaken + "/void", acme.token(),
                Map.of("reason", "Billed the wrong client")).expectStatus().isOk();
        pay(acme, globex, badDebt, "200.00").expectStatus().isCreated();
        send(HttpMethod.POST, "/api/v1/invoices/" + badDebt + "/write-off", acme.token(),
                Map.of("reason", "Client went out of business")).expectStatus().isOk();
        send(HttpMethod.POST, "/api/v1/invoices/" + disputed + "/dispute", acme.token(),
                Map.of("reason", "Hours on line 1 not approved", "resolveBy", "2099-03-20")).expectStatus().isCreated();
        send(HttpMethod.POST, "/api/v1/invoices/" + disputed + "/dispute/resolve", acme.token(),
                Map.of("outcome", "REJECTED", "note", "Hours approved by email")).expectStatus().isOk();
        send(HttpMethod.POST, "/api/v1/invoices/" + slow + "/promise", acme.token(),
                Map.of("promisedDate", "2099-04-15", "note", "After their board meets")).expectStatus().isCreated();
        send(HttpMethod.POST, "/api/v1/invoices/" + slow + "/payment-plan", acme.token(), Map.of("installments",
                List.of(Map.of("dueOn", "2099-05-01", "amount", "400.00"),
                        Map.of("dueOn", "2099-06-01", "amount", "600.00")))).expectStatus().isCreated();

        assertThat(actionsOn(acme, mistaken)).containsExactly("voided: $1,000.00 voided: Billed the wrong client", "sent");
        assertThat(actionsOn(acme, badDebt)).containsExactly(
                "written off: $800.00 written off: Client went out of business", "sent");
        assertThat(actionsOn(acme, disputed)).containsExactly(
                "dispute resolved: rejected: Hours approved by email",
                "dispute opened: Hours on line 1 not approved (owner Dana Whitfield, resolve by Mar 20, 2099)",
                "sent");
        assertThat(actionsOn(acme, slow)).containsExactly(
                "payment plan set: $1,000.00 in 2 installments, the last on Jun 1, 2099",
                "promise to pay recorded: $1,000.00 promised for Apr 15, 2099: After their board meets",
                "sent");
        assertThat(entries(acme, "INVOICE")).extracting(entry -> entry.get("memberName")).containsOnly("Dana Whitfield");
    }

    @Test
    void clientCreditAppliedAndRefundedRecordsOnTheClient() {
        Workspace acme = signUp("Acme Consulting LLC");
        String globex = client(acme);
        send(HttpMethod.POST, "/api/v1/payments", acme.token(), Map.of("clientId", globex, "amount", "600.00",
                "method", "CHECK")).expectStatus().isCreated();
        String invoice = sent(acme, globex, "400.00");

        send(HttpMethod.POST, "/api/v1/clients/" + globex + "/credit/apply", acme.token(), Map.of())
                .expectStatus().isOk();
        send(HttpMethod.POST, "/api/v1/clients/" + globex + "/credit/refund", acme.token(),
                Map.of("amount", "150.00", "reason", "Returned by check")).expectStatus().isOk();
        send(HttpMethod.POST, "/api/v1/clients/" + globex + "/credit/refund", acme.token(),
                Map.of("amount", "60.00", "reason", "More than is left")).expectStatus().is4xxClientError();

        assertThat(entries(acme, "CLIENT")).filteredOn(entry -> globex.equals(entry.get("subjectId")))
                .extracting(MoneyAuditTests::line).containsExactly(
                        "credit refunded Globex by Dana Whitfield: $150.00 refunded: Returned by check",
                        "credit applied Globex by Dana Whitfield: Applied to " + numberOf(acme, invoice) + " $400.00",
                        "created Globex by Dana Whitfield: ");
        assertThat(entries(acme, "PAYMENT")).singleElement().satisfies(entry -> assertThat(entry)
                .containsEntry("summary", "Check. $600.00 to client credit"));
    }

    @Test
    void refusedMoneyActionsRecordNothing() {
        Workspace acme = signUp("Acme Consulting LLC");
        Team.Joined readOnly = join(acme, "READ_ONLY");
        String globex = client(acme);
        String invoice = sent(acme, globex, "1000.00");
        String paid = sent(acme, globex, "300.00");
        pay(acme, globex, paid, "300.00").expectStatus().isCreated();

        send(HttpMethod.POST, "/api/v1/payments", acme.token(), Map.of("clientId", globex, "amount", "1500.00",
                "method", "ACH", "allocations", List.of(Map.of("invoiceId", invoice, "amount", "1200.00"))))
                .expectStatus().is4xxClientError();
        send(HttpMethod.POST, "/api/v1/invoices/" + paid + "/void", acme.token(), Map.of("reason", "Oops"))
                .expectStatus().isEqualTo(409);
        send(HttpMethod.POST, "/api/v1/credit-notes", acme.token(), Map.of("invoiceId", invoice, "amount", "1000.01",
                "reason", "Too much")).expectStatus().is4xxClientError();
        send(HttpMethod.POST, "/api/v1/invoices/" + invoice + "/write-off", acme.token(), Map.of("reason", " "))
                .expectStatus().isBadRequest();
        send(HttpMethod.POST, "/api/v1/invoices/" + invoice + "/write-off", readOnly.token(),
                Map.of("reason", "Never paying")).expectStatus().isForbidden();
        send(HttpMethod.POST, "/api/v1/invoices/" + invoice + "/dispute/resolve", acme.token(),
                Map.of("outcome", "REJECTED")).expectStatus().isEqualTo(409);

        assertThat(entries(acme, "INVOICE")).extracting(entry -> entry.get("action")).containsOnly("sent").hasSize(2);
        assertThat(entries(acme, "PAYMENT")).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("subjectLabel", "$300.00 from Globex"));
        assertThat(entries(acme, "CREDIT_NOTE")).isEmpty();
    }

    @Test
    void aLateFeeChargedByTheJobRecordsAsTheSystem() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String invoice = sent(acme, client(acme), "1000.00");
        send(HttpMethod.PUT, "/api/v1/workspace/late-fee-policy", acme.token(),
                Map.of("kind", "FLAT", "amount", "25.00", "graceDays", 5)).expectStatus().isOk();

        setToday("2026-04-07");
        runJobs();

        String number = numberOf(acme, invoice);
        List<Map<String, Object>> bySystem = items(log(acme, "member=system&subject=INVOICE"));
        assertThat(bySystem).hasSize(2).extracting(entry -> entry.get("memberName")).containsOnly("System");
        Map<String, Object> sentFee = bySystem.stream().filter(entry -> "sent".equals(entry.get("action")))
                .findFirst().orElseThrow();
        assertThat(sentFee).containsEntry("summary", "Sent to Globex for $25.00");
        assertThat(bySystem).filteredOn(entry -> "late fee applied".equals(entry.get("action"))).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("subjectId", invoice)
                        .containsEntry("subjectLabel", number)
                        .containsEntry("summary", "$25.00 as invoice " + sentFee.get("subjectLabel")
                                + " (balance $1,000.00 past due since Apr 1, 2026)"));
    }

    private static String line(Map<String, Object> entry) {
        return entry.get("action") + " " + entry.get("subjectLabel") + " by " + entry.get("memberName") + ": "
                + entry.get("summary");
    }

    /** What the log says about one invoice, newest first, as "action: summary" ("sent" alone for sending). */
    private List<String> actionsOn(Workspace workspace, String invoice) {
        return entries(workspace, "INVOICE").stream().filter(entry -> invoice.equals(entry.get("subjectId")))
                .map(entry -> "sent".equals(entry.get("action")) ? "sent"
                        : entry.get("action") + ": " + entry.get("summary"))
                .toList();
    }

    private String client(Workspace workspace) {
        return clients(workspace).globex().paymentTermsDays(30).create();
    }

    private String sent(Workspace workspace, String client, String amount) {
        return invoices(workspace).forClient(client).paymentTermsDays(30).line("Discovery workshop", "1", amount)
                .sent();
    }

    private RestTestClient.ResponseSpec pay(Workspace workspace, String client, String invoice, String amount) {
        return send(HttpMethod.POST, "/api/v1/payments", workspace.token(), Map.of("clientId", client,
                "amount", amount, "method", "ACH", "allocations", List.of(Map.of("invoiceId", invoice,
                        "amount", amount))));
    }

    private String numberOf(Workspace workspace, String invoice) {
        return (String) http.get().uri("/api/v1/invoices/{id}", invoice).headers(workspace::authorize).exchange()
                .expectStatus().isOk().returnResult(Map.class).getResponseBody().get("number");
    }

    private RestTestClient.ResponseSpec send(HttpMethod method, String path, String token, Map<String, ?> body) {
        return http.method(method).uri(path).headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private List<Map<String, Object>> entries(Workspace workspace, String subject) {
        return items(log(workspace, "size=200&subject=" + subject));
    }

    private Map<String, Object> log(Workspace workspace, String query) {
        return http.get().uri("/api/v1/audit-log?" + query).headers(workspace::authorize).exchange()
                .expectStatus().isOk().returnResult(Map.class).getResponseBody();
    }

    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }
}
