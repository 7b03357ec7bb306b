package com.invoice24.collections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A job that meets one record it cannot change now (a conflicting edit, a serialization failure)
 * leaves that record for its next run and goes on with the others.
 */
class JobsGoOnAfterAConflictTests extends CollectionsTestSupport {

    @Autowired
    ClientHolds holds;

    @Test
    void theHoldJobSkipsAClientItCannotUpdateAndHoldsTheOthers() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        List<String> clients = Stream.of(client(acme), client(acme), client(acme)).sorted().toList();
        clients.forEach(client -> sentInvoice(acme, client));
        String conflicted = clients.get(0);
        setToday("2026-04-20");

        refuseWritesOf("clients", "id", conflicted);
        try {
            holds.update();
        } finally {
            allowWrites("clients");
        }

        assertThat(onHold(acme, clients.get(1))).isTrue();
        assertThat(onHold(acme, clients.get(2))).isTrue();
        assertThat(onHold(acme, conflicted)).as("the conflicted client waits for the next run").isFalse();
        holds.update();
        assertThat(onHold(acme, conflicted)).isTrue();
    }

    @Test
    void theLateFeeJobChargesTheOtherInvoicesWhenOneCannotBeCharged() {
        Workspace acme = signUp("Acme Consulting LLC");
        http.put().uri("/api/v1/workspace/late-fee-policy").headers(acme::authorize)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Map.of("kind", "FLAT", "amount", "25.00", "graceDays", 0)).exchange().expectStatus().isOk();
        setToday("2026-03-02");
        String client = client(acme);
        List<String> invoices = threeSentInvoices(acme, client);
        String conflicted = invoices.get(0);

        refuseWritesOf("late_fees", "invoice_id", conflicted);
        try {
            on("2026-04-20");
        } finally {
            allowWrites("late_fees");
        }

        assertThat(lateFeesOn(invoices.get(1))).isEqualTo(1);
        assertThat(lateFeesOn(invoices.get(2))).isEqualTo(1);
        assertThat(lateFeesOn(conflicted)).isZero();
    }

    @Test
    void theReminderPassRemindsTheOtherInvoicesWhenOneCannotBeReminded() {
        Workspace acme = signUp("Acme Consulting LLC");
        setToday("2026-03-02");
        String client = client(acme);
        List<String> invoices = threeSentInvoices(acme, client);
        String conflicted = invoices.get(0);

        refuseWritesOf("reminder_deliveries", "invoice_id", conflicted);
        try {
            on("2026-04-20");
        } finally {
            allowWrites("reminder_deliveries");
        }

        assertThat(remindersOf(acme, invoices.get(1))).containsExactly("due+14");
        assertThat(remindersOf(acme, invoices.get(2))).containsExactly("due+14");
        assertThat(remindersOf(acme, conflicted)).as("the conflicted invoice waits for the next run").isEmpty();
        on("2026-04-20");
        assertThat(remindersOf(acme, conflicted)).containsExactly("due+14");
    }

    /** Every write of this record's rows fails as a serialization conflict would, until {@link #allowWrites}. */
    private void refuseWritesOf(String table, String column, String id) {
        jdbc().sql("""
                CREATE OR REPLACE FUNCTION refuse_update_in_test() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'concurrent update' USING ERRCODE = '40001'; END $$ LANGUAGE plpgsql""")
                .update();
        jdbc().sql("CREATE TRIGGER refuse_update_in_test BEFORE INSERT OR UPDATE ON " + table + " FOR EACH ROW WHEN (NEW."
                + column + " = '"
                + id + "'::uuid) EXECUTE FUNCTION refuse_update_in_test()").update();
    }

    private void allowWrites(String table) {
        jdbc().sql("DROP TRIGGER IF EXISTS refuse_update_in_test ON " + table).update();
    }

    /** In id order, the order a job works in: the first is the one a test makes fail. */
    private List<String> threeSentInvoices(Workspace workspace, String client) {
        return Stream.of(sentInvoice(workspace, client), sentInvoice(workspace, client), sentInvoice(workspace, client))
                .sorted().toList();
    }

    private boolean onHold(Workspace workspace, String client) {
        return Boolean.TRUE.equals(http.get().uri("/api/v1/clients/{id}", client).headers(workspace::authorize)
                .exchange().expectStatus().isOk().returnResult(Map.class).getResponseBody().get("onHold"));
    }

    private int lateFeesOn(String invoice) {
        return jdbc().sql("SELECT count(*) FROM late_fees WHERE invoice_id = :invoice")
                .param("invoice", java.util.UUID.fromString(invoice)).query(Integer.class).single();
    }
}
