package com.invoice24.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.shared.Job;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;

class RemindersTests extends CollectionsTestSupport {

    @Autowired
    @Qualifier("sendReminders")
    Job sendReminders;

    @Test
    void aNet30InvoiceSentOnThe2ndGetsOneReminderOnThe9thEvenWhenJobsRunTwice() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String invoice = sentInvoice(acme, client(acme));

        on("2026-03-08");
        assertThat(remindersOf(acme, invoice)).isEmpty();
        on("2026-03-09");
        runJobs();

        assertThat(remindersOf(acme, invoice)).containsExactly("sent+7");
        http.get().uri("/api/v1/invoices/{id}/activity", invoice).headers(acme::authorize).exchange()
                .expectBody().jsonPath("$[?(@.type == 'reminder_sent')].detail")
                .value(details -> assertThat(details.toString()).contains("sent+7").contains("ap@globex.example"));
        Map<?, ?> email = (Map<?, ?>) http.get().uri("/api/v1/emails?invoiceId={id}", invoice)
                .headers(acme::authorize).exchange().returnResult(List.class).getResponseBody().get(1);
        assertThat(email.get("to")).isEqualTo("ap@globex.example");
        assertThat(email.get("cc")).isEqualTo(List.of("controller@globex.example"));
        assertThat((String) email.get("subject")).contains("checking it arrived");
    }

    @Test
    void dueDateAndPastDueRemindersGoOutOnTheirDays() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String invoice = sentInvoice(acme, client(acme));

        on("2026-03-09");
        on("2026-03-30"); // due-3 falls on Sunday the 29th: it goes out on Monday, in business hours
        on("2026-03-31");
        on("2026-04-01");
        on("2026-04-08");
        on("2026-04-15");

        assertThat(remindersOf(acme, invoice)).containsExactly("sent+7", "due-3", "due+0", "due+7", "due+14");
    }

    @Test
    void afterDowntimeOnlyTheLatestDueStepIsSentAndNothingOnAWeekend() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String invoice = sentInvoice(acme, client(acme));
        on("2026-03-09");
        on("2026-04-02");
        assertThat(remindersOf(acme, invoice)).containsExactly("sent+7", "due+0");

        on("2026-04-25"); // a Saturday: outside business hours
        assertThat(remindersOf(acme, invoice)).containsExactly("sent+7", "due+0");
        on("2026-04-27");
        runJobs();

        assertThat(remindersOf(acme, invoice)).containsExactly("sent+7", "due+0", "due+21");
    }

    @Test
    void noRemindersAfterPayment() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String client = client(acme);
        String invoice = sentInvoice(acme, client);
        setToday("2026-03-05");
        http.post().uri("/api/v1/payments").headers(acme::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("clientId", client, "amount", "1000.00", "receivedOn", "2026-03-05", "method", "ACH"))
                .exchange().expectStatus().isCreated();

        on("2026-03-09");
        on("2026-04-08");

        assertThat(remindersOf(acme, invoice)).isEmpty();
    }

    @Test
    void aPromisePausesRemindersAndALapsedPromiseIsRemindedOnce() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String invoice = sentInvoice(acme, client(acme));
        setToday("2026-03-06");
        post(acme, "/api/v1/invoices/{id}/promise", invoice, Map.of("promisedDate", "2026-03-10",
                "note", "AP run on Tuesday")).expectStatus().isCreated()
                .expectBody().jsonPath("$.remindersPausedUntil").isEqualTo("2026-03-12");
        post(acme, "/api/v1/invoices/{id}/promise", invoice, Map.of("note", "no date")).expectStatus().isBadRequest();

        on("2026-03-09");
        on("2026-03-12");
        assertThat(remindersOf(acme, invoice)).isEmpty();
        on("2026-03-13");
        runJobs();
        on("2026-03-16");
        assertThat(remindersOf(acme, invoice)).containsExactly("promise-lapsed");
        on("2026-03-30");

        assertThat(remindersOf(acme, invoice)).containsExactly("promise-lapsed", "due-3");
        Map<?, ?> lapsed = (Map<?, ?>) http.get().uri("/api/v1/emails?invoiceId={id}", invoice)
                .headers(acme::authorize).exchange().returnResult(List.class).getResponseBody().get(1);
        assertThat((String) lapsed.get("subject")).contains("promised on Mar 10, 2026 has not arrived");
    }

    @Test
    void twoSchedulersRacingOverTheSameInvoicesSendEachStepOnce() throws Exception {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String client = client(acme);
        List<String> invoices = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            invoices.add(sentInvoice(acme, client));
        }
        setToday("2026-03-09");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Void>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(() -> {
                start.await();
                sendReminders.work().run();
                return null;
            });
        }
        List<Future<Void>> done = runs.stream().map(pool::submit).toList();
        start.countDown();
        for (Future<Void> run : done) {
            run.get();
        }
        pool.shutdown();

        invoices.forEach(invoice -> assertThat(remindersOf(acme, invoice)).containsExactly("sent+7"));
        assertThat(sendReminders.name()).isEqualTo("send-reminders");
    }
}
