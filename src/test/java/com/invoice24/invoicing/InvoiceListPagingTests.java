package com.invoice24.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

/**
 * The invoice list goes on page by page from the cursor each page answers with (docs/api.md, "Lists and paging"):
 * every invoice once, in the same order as counted pages, and the count and totals follow every write.
 */
class InvoiceListPagingTests extends IntegrationTest {

    private static final Pattern NEXT_LINK = Pattern.compile("<a rel=\"next\" href=\"([^\"]+)\"");

    @Test
    void walkingTheCursorShowsEveryInvoiceOnceInTheListsOrder() {
        Workspace acme = signUp("Acme Consulting LLC");
        String globex = clients(acme).globex().create();
        insertInvoices(acme, globex, 37, "2026-03-02");

        List<String> counted = ids(list(acme, "?size=200"));
        List<String> walked = walk(acme, "", 4);

        assertThat(counted).hasSize(37);
        assertThat(walked).doesNotHaveDuplicates().containsExactlyElementsOf(counted);
    }

    @Test
    void walkingTheCursorKeepsToTheFilters() {
        Workspace acme = signUp("Acme Consulting LLC");
        String globex = clients(acme).globex().create();
        String initech = clients(acme).named("Initech").billingEmail("ap@initech.example").create();
        insertInvoices(acme, globex, 23, "2026-03-02");
        insertInvoices(acme, initech, 11, "2026-02-02");

        String initechDrafts = "?status=DRAFT&clientId=" + initech;
        List<String> counted = ids(list(acme, initechDrafts + "&size=200"));
        List<String> walked = walk(acme, initechDrafts, 2);

        assertThat(counted).isNotEmpty();
        assertThat(walked).doesNotHaveDuplicates().containsExactlyElementsOf(counted);
        assertThat(ids(list(acme, "?from=2026-03-01&size=200"))).isNotEmpty()
                .containsExactlyElementsOf(walk(acme, "?from=2026-03-01", 3));
    }

    @Test
    void aPageAsksForByNumberStillAnswersWithTheCursorOfTheNext() {
        Workspace acme = signUp("Acme Consulting LLC");
        insertInvoices(acme, clients(acme).globex().create(), 12, "2026-03-02");

        Map<String, Object> second = list(acme, "?page=1&size=5");
        Map<String, Object> afterIt = list(acme, "?size=5&cursor=" + second.get("next"));

        assertThat(second).containsEntry("page", 1).containsEntry("total", 12);
        assertThat(ids(afterIt)).containsExactlyElementsOf(ids(list(acme, "?page=2&size=5")));
        assertThat(afterIt).containsEntry("next", null).containsEntry("total", 12);
    }

    @Test
    void aCursorThatIsNotOneTheListGaveOutIsRefusedNamingIt() {
        Workspace acme = signUp("Acme Consulting LLC");
        insertInvoices(acme, clients(acme).globex().create(), 3, "2026-03-02");
        String almost = Base64.getUrlEncoder().encodeToString(
                ("2026-03-02\nyesterday\n" + UUID.randomUUID() + "\n=INV-1").getBytes(StandardCharsets.UTF_8));
        String next = (String) list(acme, "?size=1").get("next");

        for (String cursor : List.of("garbage", "%25%25", "null", almost, almost.substring(3))) {
            assertThat(refusedFields(acme, "?cursor=" + cursor)).as(cursor).containsExactly("cursor");
        }
        assertThat(refusedFields(acme, "?page=1&cursor=" + next)).containsExactly("cursor");
    }

    @Test
    void theCountAndTotalsFollowEveryWriteOnEveryPage() {
        Workspace acme = signUp("Acme Consulting LLC");
        String globex = clients(acme).globex().create();
        String first = invoices(acme).forClient(globex).line("Discovery workshop", "4", "250").draft();
        assertThat(list(acme, "")).containsEntry("total", 1).containsEntry("totalAmount", "1000.00")
                .containsEntry("totalBalanceDue", "0.00");

        invoices(acme).forClient(globex).line("Workshop materials", "1", "200").draft();
        assertThat(list(acme, "")).containsEntry("total", 2).containsEntry("totalAmount", "1200.00");

        invoices(acme).send(first);
        assertThat(list(acme, "")).containsEntry("totalBalanceDue", "1000.00");
        String next = (String) list(acme, "?size=1").get("next");
        jdbc().sql("UPDATE invoices SET amount_paid = 400 WHERE id = :id").param("id", UUID.fromString(first))
                .update();
        assertThat(list(acme, "?size=1&cursor=" + next)).containsEntry("total", 2)
                .containsEntry("totalBalanceDue", "600.00");
        assertThat(list(acme, "?status=DRAFT")).containsEntry("total", 1).containsEntry("totalAmount", "200.00");
    }

    @Test
    void theListPageGoesOnByCursorKeepingTheFilters() {
        Workspace acme = signUp("Acme Consulting LLC");
        String globex = clients(acme).globex().create();
        insertInvoices(acme, globex, 60, "2026-03-02");
        insertInvoices(acme, clients(acme).named("Initech").create(), 5, "2026-03-02");
        PageSession browser = signedIn(acme);

        String first = browser.get("/invoices?clientId=" + globex).getResponseBody();
        String link = nextLink(first);
        EntityExchangeResult<String> second = browser.get(link);

        assertThat(link).contains("clientId=" + globex).contains("cursor=");
        assertThat(second.getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(rows(first)).hasSize(50);
        assertThat(rows(second.getResponseBody())).hasSize(10).doesNotContainAnyElementsOf(rows(first));
        assertThat(second.getResponseBody()).contains("First page").doesNotContain("rel=\"next\"");
    }

    @Test
    void aBrokenPageLinkShowsTheFirstPageWithANote() {
        Workspace acme = signUp("Acme Consulting LLC");
        insertInvoices(acme, clients(acme).globex().create(), 3, "2026-03-02");

        EntityExchangeResult<String> page = signedIn(acme).get("/invoices?cursor=not-a-cursor");

        assertThat(page.getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(page.getResponseBody()).contains("That page link is out of date or incomplete");
        assertThat(rows(page.getResponseBody())).hasSize(3);
    }

    /**
     * Invoices with ties on everything but id: three issue dates (every fifth with none), the same creation time,
     * every fourth a draft without a number; sent ones numbered in the order inserted.
     */
    private void insertInvoices(Workspace workspace, String client, int count, String issued) {
        jdbc().sql("""
                INSERT INTO invoices (id, workspace_id, client_id, number, state, issue_date, due_date, terms_basis,
                                      terms_days, subtotal, tax, total, sent_at, created_at, updated_at, version)
                SELECT gen_random_uuid(), :workspace, :client,
                       CASE WHEN n % 4 = 0 THEN NULL ELSE 'INV-' || CAST(:client AS TEXT) || '-' || lpad(CAST(n AS TEXT), 4, '0') END,
                       CASE WHEN n % 4 = 0 THEN 'DRAFT' ELSE 'SENT' END,
                       CASE WHEN n % 5 = 0 THEN NULL ELSE CAST(:issued AS date) - n % 3 END,
                       CAST(:issued AS date) + 30, 'NET', 30, 100.00, 0, 100.00,
                       CASE WHEN n % 4 = 0 THEN NULL ELSE TIMESTAMPTZ '2026-03-02 15:00Z' END,
                       TIMESTAMPTZ '2026-03-02 15:00Z', TIMESTAMPTZ '2026-03-02 15:00Z', 0
                FROM generate_series(1, :count) n""")
                .param("workspace", workspace.id())
                .param("client", UUID.fromString(client))
                .param("issued", LocalDate.parse(issued))
                .param("count", count)
                .update();
    }

    /** Every invoice's id, following next from the first page until it is null. */
    private List<String> walk(Workspace workspace, String filters, int size) {
        List<String> seen = new ArrayList<>();
        String query = (filters.isEmpty() ? "?" : filters + "&") + "size=" + size;
        Map<String, Object> page = list(workspace, query);
        seen.addAll(ids(page));
        while (page.get("next") != null) {
            assertThat(ids(page)).hasSize(size);
            page = list(workspace, query + "&cursor=" + page.get("next"));
            seen.addAll(ids(page));
        }
        return seen;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> list(Workspace workspace, String query) {
        return http.get().uri("/api/v1/invoices" + query).headers(workspace::authorize).exchange()
                .expectStatus().isOk().returnResult(Map.class).getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).stream().map(item -> (String) item.get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object> refusedFields(Workspace workspace, String query) {
        Map<String, Object> problem = http.get().uri("/api/v1/invoices" + query).headers(workspace::authorize)
                .exchange().expectStatus().isBadRequest().returnResult(Map.class).getResponseBody();
        return ((List<Map<String, Object>>) problem.get("errors")).stream().map(error -> error.get("field")).toList();
    }

    private static String nextLink(String html) {
        Matcher next = NEXT_LINK.matcher(html);
        assertThat(next.find()).as("a Next link").isTrue();
        return next.group(1).replace("&amp;", "&");
    }

    /** The invoice links of the list's rows, each an invoice's page. */
    private static List<String> rows(String html) {
        Matcher link = Pattern.compile("<td><a href=\"(/invoices/[0-9a-f-]{36})\"").matcher(html);
        List<String> rows = new ArrayList<>();
        while (link.find()) {
            rows.add(link.group(1));
        }
        return rows;
    }
}
