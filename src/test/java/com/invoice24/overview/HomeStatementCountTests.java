package com.invoice24.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import com.invoice24.StatementCounter;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;

/**
 * The home page reads the disputes near their deadline, with their invoices, in one query however many there are,
 * and the follow-ups due in one more.
 */
@Import(StatementCounter.Installed.class)
class HomeStatementCountTests extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 21);

    @Test
    void theHomePageCostsTheSameWithOneDisputeNearItsDeadlineAsWithAFullList() {
        setToday(TODAY.toString());
        PageSession one = signedIn(workspaceWithDisputesDue(1));
        PageSession full = signedIn(workspaceWithDisputesDue(HomeController.SHOWN));

        List<String> withOne = StatementCounter.ofRequests(() -> assertThat(one.get("/").getResponseBody())
                .contains("Disputes near their deadline"));
        List<String> withFull = StatementCounter.ofRequests(() -> assertThat(full.get("/").getResponseBody())
                .contains("INV-00005"));

        System.out.printf("[statements] GET / with 1 / %d disputes near their deadline: %d / %d%n",
                HomeController.SHOWN, withOne.size(), withFull.size());
        assertThat(withFull).hasSameSizeAs(withOne);
    }

    @Test
    void theHomePageCostsTheSameWithOneFollowUpDueAsWithAFullList() {
        setToday(TODAY.toString());
        PageSession one = signedIn(workspaceWithFollowUpsDue(1));
        PageSession full = signedIn(workspaceWithFollowUpsDue(HomeController.SHOWN + 3));

        List<String> withOne = StatementCounter.ofRequests(() -> assertThat(one.get("/").getResponseBody())
                .contains("1 follow-up due"));
        List<String> withFull = StatementCounter.ofRequests(() -> assertThat(full.get("/").getResponseBody())
                .contains((HomeController.SHOWN + 3) + " follow-ups due").contains("Confirm Globex received INV-00005")
                .doesNotContain("INV-00006"));

        System.out.printf("[statements] GET / with 1 / %d follow-ups due: %d / %d%n",
                HomeController.SHOWN + 3, withOne.size(), withFull.size());
        assertThat(withFull).hasSameSizeAs(withOne);
    }

    /** A workspace whose client has this many sent invoices, each with a confirm-receipt follow-up due today. */
    private Workspace workspaceWithFollowUpsDue(int count) {
        Workspace workspace = signUp("Acme Consulting LLC");
        String client = (String) http.post().uri("/api/v1/clients").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "Globex", "billingEmail", "ap@example.com"))
                .exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
        jdbc().sql("""
                INSERT INTO follow_ups (id, workspace_id, invoice_id, invoice_number, client_id, kind, cause, title,
                                        due_on, status, created_at)
                SELECT gen_random_uuid(), :workspace, gen_random_uuid(), 'INV-' || lpad(CAST(n AS TEXT), 5, '0'),
                       :client, 'CONFIRM_RECEIPT', 'sent',
                       'Confirm Globex received INV-' || lpad(CAST(n AS TEXT), 5, '0'), CAST(:today AS date) - 10 + n,
                       'OPEN', :createdAt
                FROM generate_series(1, :count) n""")
                .param("workspace", workspace.id())
                .param("client", UUID.fromString(client))
                .param("today", TODAY)
                .param("createdAt", Timestamp.valueOf(TODAY.atTime(9, 0)))
                .param("count", count)
                .update();
        return workspace;
    }

    /** A workspace whose client has this many sent invoices, each disputed and to be resolved in three days. */
    private Workspace workspaceWithDisputesDue(int count) {
        Workspace workspace = signUp("Acme Consulting LLC");
        String client = (String) http.post().uri("/api/v1/clients").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "Globex", "billingEmail", "ap@example.com"))
                .exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
        LocalDate issued = TODAY.minusDays(20);
        jdbc().sql("""
                WITH sent AS (
                    INSERT INTO invoices (id, workspace_id, client_id, number, state, issue_date, due_date, terms_basis,
                                          terms_days, subtotal, tax, total, disputed, sent_at, created_at, updated_at,
                                          version)
                    SELECT gen_random_uuid(), :workspace, :client, 'INV-' || lpad(CAST(n AS TEXT), 5, '0'), 'SENT',
                           :issued, CAST(:issued AS date) + 30, 'NET', 30, 100.00, 0, 100.00, true, :sentAt, :sentAt,
                           :sentAt, 0
                    FROM generate_series(1, :count) n
                    RETURNING id, workspace_id)
                INSERT INTO disputes (id, workspace_id, invoice_id, reason, resolve_by, opened_at)
                SELECT gen_random_uuid(), workspace_id, id, 'Hours not approved', :resolveBy, :sentAt FROM sent""")
                .param("workspace", workspace.id())
                .param("client", UUID.fromString(client))
                .param("issued", issued)
                .param("sentAt", Timestamp.valueOf(issued.atTime(15, 0)))
                .param("count", count)
                .param("resolveBy", TODAY.plusDays(3))
                .update();
        return workspace;
    }
}
