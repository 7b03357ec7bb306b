package com.invoice24.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.invoice24.shared.Job;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;

/** Money arriving stops collections at once, without waiting for the next run of any job. */
@SuppressWarnings("unchecked")
class PaymentStopsTheChaseTests extends CollectionsTestSupport {

    @Autowired
    @Qualifier("sendReminders")
    Job sendReminders;

    @Autowired
    @Qualifier("updateClientHolds")
    Job updateClientHolds;

    @Test
    void payingTheLateInvoiceLiftsTheHoldAndWithdrawsTheQueuedReminderAtOnce() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String globex = client(acme);
        String invoice = lateAndChased(acme, globex);
        assertThat(queuedReminders(acme, invoice)).containsExactly("due+14");
        assertThat(onHold(acme, globex)).isTrue();

        http.post().uri("/api/v1/payments").headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("clientId", globex, "amount", "1000.00", "method", "ACH", "reference", "ACH 4471",
                        "allocations", List.of(Map.of("invoiceId", invoice, "amount", "1000.00"))))
                .exchange().expectStatus().isCreated();

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> !onHold(acme, globex) && queuedReminders(acme, invoice).isEmpty());
        List<Map<String, Object>> holds = http.get().uri("/api/v1/clients/{id}/holds", globex)
                .headers(acme::authorize).exchange().expectStatus().isOk().returnResult(List.class).getResponseBody();
        assertThat(holds).extracting(hold -> hold.get("onHold")).containsExactly(true, false);
        http.get().uri("/api/v1/invoices/{id}/activity", invoice).headers(acme::authorize).exchange()
                .expectBody().jsonPath("$[?(@.type == 'reminder_withdrawn')].detail")
                .value(details -> assertThat(details.toString()).contains("nothing is due"));
    }

    /** Credit used on invoices is announced once for all of them, as a payment is, not by invoicing per invoice. */
    @Test
    void usingTheClientsCreditOnTheLateInvoiceLiftsTheHoldAndWithdrawsTheQueuedReminderAtOnce() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String globex = client(acme);
        String invoice = lateAndChased(acme, globex);
        http.post().uri("/api/v1/payments").headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("clientId", globex, "amount", "1000.00", "method", "WIRE", "allocations", List.of()))
                .exchange().expectStatus().isCreated();
        assertThat(queuedReminders(acme, invoice)).containsExactly("due+14");
        assertThat(onHold(acme, globex)).isTrue();

        http.post().uri("/api/v1/clients/{id}/credit/apply", globex).headers(acme::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("invoiceId", invoice))
                .exchange().expectStatus().isOk();

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> !onHold(acme, globex) && queuedReminders(acme, invoice).isEmpty());
    }

    /** A Net 30 invoice sent on March 2; on April 20 its due+14 reminder is queued and the client is on hold. */
    private String lateAndChased(Workspace workspace, String client) {
        String invoice = sentInvoice(workspace, client);
        setToday("2026-04-20");
        sendReminders.work().run();
        updateClientHolds.work().run();
        return invoice;
    }

    private boolean onHold(Workspace workspace, String client) {
        return Boolean.TRUE.equals(http.get().uri("/api/v1/clients/{id}", client).headers(workspace::authorize)
                .exchange().expectStatus().isOk().returnResult(Map.class).getResponseBody().get("onHold"));
    }

    private List<String> queuedReminders(Workspace workspace, String invoice) {
        List<Map<String, Object>> emails = http.get().uri("/api/v1/emails?invoiceId={id}", invoice)
                .headers(workspace::authorize).exchange().expectStatus().isOk()
                .returnResult(List.class).getResponseBody();
        return emails.stream()
                .filter(email -> "REMINDER".equals(email.get("kind")) && "QUEUED".equals(email.get("status")))
                .map(email -> (String) email.get("reminderStep"))
                .toList();
    }
}
