package com.invoice24.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import com.invoice24.Team;
import com.invoice24.overview.Bookkeeping;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may do what, for every API operation the OpenAPI document lists and every page the application
 * maps: each of the five roles calls each one, and the answer is 403 exactly where the table says so.
 * An operation or page with no row fails the test, so a new endpoint is not let through unexamined.
 * "ok" means the role got past the guard (the answer may still be 404, 400 or 409 for what the call
 * sent); "403" means it did not.
 */
class RoleAccessTests extends IntegrationTest {

    private static final List<Role> COLUMNS = List.of(Role.OWNER, Role.ADMIN, Role.BOOKKEEPER, Role.STAFF,
            Role.READ_ONLY);

    private static final String API = """
            operation                                                    owner admin bookkeeper staff read-only
            GET    /api/v1/audit-log                                     ok    ok    403        403   403
            GET    /api/v1/bank-imports                                  ok    ok    ok         403   ok
            POST   /api/v1/bank-imports                                  ok    ok    ok         403   403
            GET    /api/v1/bank-imports/{id}                             ok    ok    ok         403   ok
            GET    /api/v1/bank-lines                                    ok    ok    ok         403   ok
            POST   /api/v1/bank-lines/{id}/apply                         ok    ok    ok         403   403
            POST   /api/v1/bank-lines/{id}/dismiss                       ok    ok    ok         403   403
            GET    /api/v1/bank-mappings                                 ok    ok    ok         403   ok
            POST   /api/v1/bank-mappings                                 ok    ok    ok         403   403
            GET    /api/v1/clients                                       ok    ok    ok         403   ok
            POST   /api/v1/clients                                       ok    ok    ok         403   403
            GET    /api/v1/clients/{id}                                  ok    ok    ok         403   ok
            PUT    /api/v1/clients/{id}                                  ok    ok    ok         403   403
            POST   /api/v1/clients/{id}/archive                          ok    ok    ok         403   403
            POST   /api/v1/clients/{id}/credit/apply                     ok    ok    ok         403   403
            POST   /api/v1/clients/{id}/credit/refund                    ok    ok    ok         403   403
            GET    /api/v1/clients/{id}/holds                            ok    ok    ok         403   ok
            GET    /api/v1/clients/{id}/purchase-orders                  ok    ok    ok         403   ok
            POST   /api/v1/clients/{id}/purchase-orders                  ok    ok    ok         403   403
            PUT    /api/v1/clients/{id}/purchase-orders/{orderId}        ok    ok    ok         403   403
            GET    /api/v1/clients/{id}/portal-link                      ok    ok    ok         403   403
            DELETE /api/v1/clients/{id}/portal-links                     ok    ok    ok         403   403
            GET    /api/v1/clients/{id}/reminder-policy                  ok    ok    ok         403   ok
            PUT    /api/v1/clients/{id}/reminder-policy                  ok    ok    ok         403   403
            POST   /api/v1/clients/{id}/restore                          ok    ok    ok         403   403
            GET    /api/v1/clients/{id}/statement                        ok    ok    ok         403   ok
            POST   /api/v1/clients/{id}/statement/email                  ok    ok    ok         403   403
            GET    /api/v1/credit-notes                                  ok    ok    ok         403   ok
            POST   /api/v1/credit-notes                                  ok    ok    ok         403   403
            GET    /api/v1/credit-notes/{id}                             ok    ok    ok         403   ok
            GET    /api/v1/credit-notes/{id}/pdf                         ok    ok    ok         403   ok
            GET    /api/v1/disputes                                      ok    ok    ok         403   ok
            GET    /api/v1/follow-ups                                    ok    ok    ok         403   ok
            POST   /api/v1/follow-ups/{id}/done                          ok    ok    ok         403   403
            GET    /api/v1/emails                                        ok    ok    ok         403   ok
            GET    /api/v1/emails/{id}                                   ok    ok    ok         403   ok
            GET    /api/v1/emails/{id}/attachments/{index}               ok    ok    ok         403   ok
            POST   /api/v1/emails/{id}/resend                            ok    ok    ok         403   403
            GET    /api/v1/exports/ar-ledger.csv                         ok    ok    ok         403   ok
            GET    /api/v1/exports/credit-notes.csv                      ok    ok    ok         403   ok
            GET    /api/v1/exports/invoices.csv                          ok    ok    ok         403   ok
            GET    /api/v1/exports/journal                               ok    ok    ok         403   ok
            GET    /api/v1/exports/journal.csv                           ok    ok    ok         403   ok
            GET    /api/v1/exports/payments.csv                          ok    ok    ok         403   ok
            GET    /api/v1/invitations                                   ok    ok    403        403   403
            POST   /api/v1/invitations                                   ok    ok    403        403   403
            DELETE /api/v1/invitations/{id}                              ok    ok    403        403   403
            POST   /api/v1/invitations/{secret}/accept                   ok    ok    ok         ok    ok
            GET    /api/v1/invoice-templates                             ok    ok    ok         403   ok
            POST   /api/v1/invoice-templates                             ok    ok    403        403   403
            GET    /api/v1/invoice-templates/{id}                        ok    ok    ok         403   ok
            PUT    /api/v1/invoice-templates/{id}                        ok    ok    403        403   403
            DELETE /api/v1/invoice-templates/{id}                        ok    ok    403        403   403
            GET    /api/v1/invoices                                      ok    ok    ok         403   ok
            POST   /api/v1/invoices                                      ok    ok    ok         403   403
            GET    /api/v1/invoices/{id}                                 ok    ok    ok         403   ok
            PUT    /api/v1/invoices/{id}                                 ok    ok    ok         403   403
            GET    /api/v1/invoices/{id}/activity                        ok    ok    ok         403   ok
            GET    /api/v1/invoices/{id}/attachments                     ok    ok    ok         403   ok
            POST   /api/v1/invoices/{id}/attachments                     ok    ok    ok         403   403
            GET    /api/v1/invoices/{id}/attachments/{attachmentId}      ok    ok    ok         403   ok
            POST   /api/v1/invoices/{id}/copy                            ok    ok    ok         403   403
            POST   /api/v1/invoices/{id}/dispute                         ok    ok    ok         403   403
            POST   /api/v1/invoices/{id}/dispute/resolve                 ok    ok    ok         403   403
            GET    /api/v1/invoices/{id}/payment-plan                    ok    ok    ok         403   ok
            POST   /api/v1/invoices/{id}/payment-plan                    ok    ok    ok         403   403
            GET    /api/v1/invoices/{id}/pdf                             ok    ok    ok         403   ok
            GET    /api/v1/invoices/{id}/portal-link                     ok    ok    ok         403   403
            DELETE /api/v1/invoices/{id}/portal-links                    ok    ok    ok         403   403
            POST   /api/v1/invoices/{id}/promise                         ok    ok    ok         403   403
            POST   /api/v1/invoices/{id}/send                            ok    ok    ok         403   403
            POST   /api/v1/invoices/{id}/void                            ok    ok    ok         403   403
            POST   /api/v1/invoices/{id}/write-off                       ok    ok    ok         403   403
            GET    /api/v1/items                                         ok    ok    ok         403   ok
            POST   /api/v1/items                                         ok    ok    403        403   403
            GET    /api/v1/items/{id}                                    ok    ok    ok         403   ok
            PUT    /api/v1/items/{id}                                    ok    ok    403        403   403
            POST   /api/v1/items/{id}/archive                            ok    ok    403        403   403
            PUT    /api/v1/items/{id}/client-rates/{clientId}            ok    ok    403        403   403
            DELETE /api/v1/items/{id}/client-rates/{clientId}            ok    ok    403        403   403
            POST   /api/v1/items/{id}/restore                            ok    ok    403        403   403
            GET    /api/v1/me                                            ok    ok    ok         ok    ok
            GET    /api/v1/members                                       ok    ok    ok         403   ok
            DELETE /api/v1/members/{id}                                  ok    ok    403        403   403
            PUT    /api/v1/members/{id}/role                             ok    ok    403        403   403
            GET    /api/v1/payments                                      ok    ok    ok         403   ok
            POST   /api/v1/payments                                      ok    ok    ok         403   403
            GET    /api/v1/payments/{id}                                 ok    ok    ok         403   ok
            POST   /api/v1/payments/{id}/reverse                         ok    ok    ok         403   403
            POST   /api/v1/signup                                        ok    ok    ok         ok    ok
            GET    /api/v1/test/clock                                    ok    ok    ok         ok    ok
            PUT    /api/v1/test/clock                                    ok    ok    ok         ok    ok
            POST   /api/v1/test/jobs/run                                 ok    ok    ok         ok    ok
            GET    /api/v1/tokens                                        ok    ok    ok         ok    ok
            POST   /api/v1/tokens                                        ok    ok    ok         ok    ok
            DELETE /api/v1/tokens/{id}                                   ok    ok    ok         ok    ok
            GET    /api/v1/workspace                                     ok    ok    ok         403   ok
            PUT    /api/v1/workspace                                     ok    ok    403        403   403
            GET    /api/v1/workspace/hold-policy                         ok    ok    ok         403   ok
            PUT    /api/v1/workspace/hold-policy                         ok    ok    403        403   403
            GET    /api/v1/workspace/follow-up-policy                    ok    ok    ok         403   ok
            PUT    /api/v1/workspace/follow-up-policy                    ok    ok    403        403   403
            GET    /api/v1/workspace/late-fee-policy                     ok    ok    ok         403   ok
            PUT    /api/v1/workspace/late-fee-policy                     ok    ok    403        403   403
            GET    /api/v1/workspace/logo                                ok    ok    ok         403   ok
            POST   /api/v1/workspace/logo                                ok    ok    403        403   403
            PUT    /api/v1/workspace/logo                                ok    ok    403        403   403
            DELETE /api/v1/workspace/logo                                ok    ok    403        403   403
            GET    /api/v1/workspace/reminder-policy                     ok    ok    ok         403   ok
            PUT    /api/v1/workspace/reminder-policy                     ok    ok    403        403   403
            GET    /api/v1/workspace/w9                                  ok    ok    ok         403   ok
            POST   /api/v1/workspace/w9                                  ok    ok    403        403   403
            PUT    /api/v1/workspace/w9                                  ok    ok    403        403   403
            DELETE /api/v1/workspace/w9                                  ok    ok    403        403   403
            """;

    private static final String PAGES = """
            page                                                         owner admin bookkeeper staff read-only
            GET    /                                                     ok    ok    ok         ok    ok
            GET    /clients                                              ok    ok    ok         403   ok
            GET    /clients/new                                          ok    ok    ok         403   403
            POST   /clients/new                                          ok    ok    ok         403   403
            GET    /clients/{id}                                         ok    ok    ok         403   ok
            POST   /clients/{id}/archive                                 ok    ok    ok         403   403
            GET    /clients/{id}/edit                                    ok    ok    ok         403   403
            POST   /clients/{id}/edit                                    ok    ok    ok         403   403
            POST   /clients/{id}/portal-link                             ok    ok    ok         403   403
            POST   /clients/{id}/portal-links/revoke                     ok    ok    ok         403   403
            POST   /clients/{id}/purchase-orders                         ok    ok    ok         403   403
            GET    /clients/{id}/reminders                               ok    ok    ok         403   ok
            POST   /clients/{id}/reminders                               ok    ok    ok         403   403
            POST   /clients/{id}/reminders/edit                          ok    ok    ok         403   403
            POST   /clients/{id}/restore                                 ok    ok    ok         403   403
            GET    /clients/{id}/sections/credits                        ok    ok    ok         403   ok
            GET    /clients/{id}/sections/invoices                       ok    ok    ok         403   ok
            GET    /clients/{id}/sections/payments                       ok    ok    ok         403   ok
            GET    /clients/{id}/sections/reminders                      ok    ok    ok         403   ok
            GET    /clients/{id}/statement                               ok    ok    ok         403   ok
            GET    /clients/{id}/statement.pdf                           ok    ok    ok         403   ok
            POST   /clients/{id}/statement/email                         ok    ok    ok         403   403
            GET    /collections                                          ok    ok    ok         403   ok
            GET    /credit-notes/{id}                                    ok    ok    ok         403   ok
            GET    /credit-notes/{id}/pdf                                ok    ok    ok         403   ok
            GET    /emails                                               ok    ok    ok         403   ok
            GET    /emails/{id}                                          ok    ok    ok         403   ok
            GET    /emails/{id}/attachments/{index}                      ok    ok    ok         403   ok
            POST   /follow-ups/{id}/done                                 ok    ok    ok         403   403
            POST   /emails/{id}/resend                                   ok    ok    ok         403   403
            GET    /invitations/{secret}                                 ok    ok    ok         ok    ok
            POST   /invitations/{secret}                                 ok    ok    ok         ok    ok
            GET    /invoices                                             ok    ok    ok         403   ok
            POST   /invoices/lines                                       ok    ok    ok         403   403
            GET    /invoices/new                                         ok    ok    ok         403   403
            POST   /invoices/new                                         ok    ok    ok         403   403
            POST   /invoices/totals                                      ok    ok    ok         403   403
            GET    /invoices/{id}                                        ok    ok    ok         403   ok
            POST   /invoices/{id}/attachments                            ok    ok    ok         403   403
            GET    /invoices/{id}/attachments/{attachmentId}             ok    ok    ok         403   ok
            POST   /invoices/{id}/copy                                   ok    ok    ok         403   403
            POST   /invoices/{id}/dispute                                ok    ok    ok         403   403
            POST   /invoices/{id}/dispute/resolve                        ok    ok    ok         403   403
            GET    /invoices/{id}/edit                                   ok    ok    ok         403   403
            POST   /invoices/{id}/edit                                   ok    ok    ok         403   403
            POST   /invoices/{id}/payment-plan                           ok    ok    ok         403   403
            GET    /invoices/{id}/pdf                                    ok    ok    ok         403   ok
            POST   /invoices/{id}/portal-link                            ok    ok    ok         403   403
            POST   /invoices/{id}/portal-links/revoke                    ok    ok    ok         403   403
            POST   /invoices/{id}/promise                                ok    ok    ok         403   403
            GET    /invoices/{id}/sections/follow-ups                    ok    ok    ok         403   ok
            GET    /invoices/{id}/sections/portal                        ok    ok    ok         403   ok
            POST   /invoices/{id}/send                                   ok    ok    ok         403   403
            POST   /invoices/{id}/void                                   ok    ok    ok         403   403
            POST   /invoices/{id}/write-off                              ok    ok    ok         403   403
            GET    /invoices/{invoiceId}/credit-notes/new                ok    ok    ok         403   403
            POST   /invoices/{invoiceId}/credit-notes/new                ok    ok    ok         403   403
            GET    /login                                                ok    ok    ok         ok    ok
            GET    /payments                                             ok    ok    ok         403   ok
            GET    /payments/import                                      ok    ok    ok         403   ok
            POST   /payments/import                                      ok    ok    ok         403   403
            POST   /payments/import/mappings                             ok    ok    ok         403   403
            GET    /payments/import/{id}                                 ok    ok    ok         403   ok
            GET    /payments/new                                         ok    ok    ok         403   403
            POST   /payments/new                                         ok    ok    ok         403   403
            GET    /payments/review                                      ok    ok    ok         403   ok
            POST   /payments/review/{id}/apply                           ok    ok    ok         403   403
            POST   /payments/review/{id}/client                          ok    ok    ok         403   403
            POST   /payments/review/{id}/dismiss                         ok    ok    ok         403   403
            GET    /payments/{id}                                        ok    ok    ok         403   ok
            POST   /payments/{id}/reverse                                ok    ok    ok         403   403
            GET    /reports/exports                                      ok    ok    ok         403   ok
            GET    /reports/exports/{name}.csv                           ok    ok    ok         403   ok
            GET    /settings                                             ok    ok    ok         403   ok
            GET    /settings/audit                                       ok    ok    403        403   403
            GET    /settings/business                                    ok    ok    ok         403   ok
            POST   /settings/business                                    ok    ok    403        403   403
            POST   /settings/business/logo                               ok    ok    403        403   403
            POST   /settings/business/logo/remove                        ok    ok    403        403   403
            GET    /settings/business/number-preview                     ok    ok    ok         403   ok
            POST   /settings/business/w9                                 ok    ok    403        403   403
            POST   /settings/business/w9/remove                          ok    ok    403        403   403
            GET    /settings/items                                       ok    ok    ok         403   ok
            GET    /settings/items/new                                   ok    ok    403        403   403
            POST   /settings/items/new                                   ok    ok    403        403   403
            GET    /settings/items/{id}                                  ok    ok    ok         403   ok
            POST   /settings/items/{id}                                  ok    ok    403        403   403
            POST   /settings/items/{id}/archive                          ok    ok    403        403   403
            POST   /settings/items/{id}/client-rates                     ok    ok    403        403   403
            POST   /settings/items/{id}/client-rates/{clientId}/delete   ok    ok    403        403   403
            POST   /settings/items/{id}/restore                          ok    ok    403        403   403
            GET    /settings/late-fees                                   ok    ok    ok         403   ok
            POST   /settings/late-fees                                   ok    ok    403        403   403
            GET    /settings/members                                     ok    ok    403        403   403
            POST   /settings/members/invitations                         ok    ok    403        403   403
            POST   /settings/members/invitations/{id}/revoke             ok    ok    403        403   403
            POST   /settings/members/{id}/remove                         ok    ok    403        403   403
            POST   /settings/members/{id}/role                           ok    ok    403        403   403
            GET    /settings/reminders                                   ok    ok    ok         403   ok
            POST   /settings/reminders                                   ok    ok    403        403   403
            POST   /settings/reminders/edit                              ok    ok    403        403   403
            POST   /settings/reminders/follow-ups                        ok    ok    403        403   403
            GET    /settings/templates                                   ok    ok    ok         403   ok
            GET    /settings/templates/new                               ok    ok    403        403   403
            POST   /settings/templates/new                               ok    ok    403        403   403
            GET    /settings/templates/{id}                              ok    ok    ok         403   ok
            POST   /settings/templates/{id}                              ok    ok    403        403   403
            POST   /settings/templates/{id}/delete                       ok    ok    403        403   403
            GET    /settings/tokens                                      ok    ok    ok         ok    ok
            POST   /settings/tokens                                      ok    ok    ok         ok    ok
            POST   /settings/tokens/{id}/revoke                          ok    ok    ok         ok    ok
            GET    /signup                                               ok    ok    ok         ok    ok
            POST   /signup                                               ok    ok    ok         ok    ok
            GET    /swagger-ui.html                                      ok    ok    ok         ok    ok
            GET    /v3/api-docs                                          ok    ok    ok         ok    ok
            GET    /v3/api-docs.yaml                                     ok    ok    ok         ok    ok
            GET    /v3/api-docs/swagger-config                           ok    ok    ok         ok    ok
            GET    /workspace/logo                                       ok    ok    ok         403   ok
            GET    /workspace/w9                                         ok    ok    ok         403   ok
            """;

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void everyApiOperationAnswersEachRoleAsTheTableSays() {
        Workspace acme = signUp("Harbor Light Consulting");
        Map<String, String> ids = seed(acme);
        Map<Role, String> tokens = tokens(acme);
        Map<String, Map<Role, Boolean>> table = table(API);

        assertThat(rowsFor(table, apiOperations())).isEmpty();
        List<String> wrong = new ArrayList<>();
        for (Role role : COLUMNS) {
            for (Map.Entry<String, Map<Role, Boolean>> row : table.entrySet()) {
                HttpMethod method = HttpMethod.valueOf(row.getKey().split(" ")[0]);
                String path = substitute(row.getKey().split(" ")[1], ids);
                HttpStatusCode answer = call(method, path, tokens.get(role));
                check(wrong, role, row, answer);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyPageAnswersEachRoleAsTheTableSays() {
        Workspace acme = signUp("Harbor Light Consulting");
        Map<String, String> ids = seed(acme);
        Map<Role, String> emails = emails(acme);
        Map<String, Map<Role, Boolean>> table = table(PAGES);

        assertThat(rowsFor(table, pages())).isEmpty();
        List<String> wrong = new ArrayList<>();
        for (Role role : COLUMNS) {
            PageSession browser = atHome(emails.get(role));
            for (Map.Entry<String, Map<Role, Boolean>> row : table.entrySet()) {
                HttpMethod method = HttpMethod.valueOf(row.getKey().split(" ")[0]);
                String path = substitute(row.getKey().split(" ")[1], ids);
                EntityExchangeResult<String> answer = method == HttpMethod.GET ? browser.getHtml(path)
                        : browser.submitHtml(path, Map.of());
                check(wrong, role, row, answer.getStatus());
                if (answer.getStatus().value() == 403 && !notAllowedPage(answer)) {
                    wrong.add(role + " " + row.getKey() + " answered 403 without the Not allowed page");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void staffMemberCannotListInvoicesOrPayments() {
        Workspace acme = signUp("Harbor Light Consulting");
        seed(acme);
        String staff = Team.join(http, acme, "STAFF").token();

        for (String path : List.of("/api/v1/invoices", "/api/v1/payments", "/api/v1/clients")) {
            http.get().uri(path).headers(headers -> headers.setBearerAuth(staff)).exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void staffHomePageSaysWhatTheyMayDoAndShowsNoMoney() {
        Workspace acme = signUp("Harbor Light Consulting");
        seed(acme);
        PageSession staff = atHome(Team.join(http, acme, "STAFF").email());

        String home = staff.getHtml("/").getResponseBody();

        assertThat(home).contains("You are Staff", "href=\"/settings/tokens\"")
                .doesNotContain("Owed to you", "href=\"/invoices\"", "href=\"/clients\"", "href=\"/payments\"",
                        "href=\"/settings\"", "1,200.00");
        assertThat(staff.getHtml("/settings/tokens").getResponseBody())
                .doesNotContain("href=\"/settings/business\"", "href=\"/settings/items\"");
    }

    @Test
    void bookkeeperSeesTheMoneyMenuButNotMembers() {
        Workspace acme = signUp("Harbor Light Consulting");
        PageSession bookkeeper = atHome(Team.join(http, acme, "BOOKKEEPER").email());

        assertThat(bookkeeper.getHtml("/settings/business").getResponseBody())
                .contains("href=\"/invoices\"", "href=\"/payments\"", "href=\"/settings/items\"")
                .doesNotContain("href=\"/settings/members\"");
    }

    @Test
    void ownerInvitesSomeoneFromTheMembersPage() {
        Workspace acme = signUp("Harbor Light Consulting");
        PageSession owner = atHome(acme.ownerEmail());
        owner.getHtml("/settings/members");

        PageSession.assertRedirectsTo(owner.submit("/settings/members/invitations",
                Map.of("email", "jordan@example.com", "role", "BOOKKEEPER")), "/settings/members");
    }

    @Test
    void adminInvitesAnotherAdminFromTheMembersPage() {
        Workspace acme = signUp("Harbor Light Consulting");
        PageSession admin = atHome(Team.join(http, acme, "ADMIN").email());
        admin.getHtml("/settings/members");

        PageSession.assertRedirectsTo(admin.submit("/settings/members/invitations",
                Map.of("email", "casey@example.com", "role", "ADMIN")), "/settings/members");
    }

    @Test
    void bookkeeperPostingBusinessSettingsGetsTheNotAllowedPage() {
        Workspace acme = signUp("Harbor Light Consulting");
        PageSession bookkeeper = atHome(Team.join(http, acme, "BOOKKEEPER").email());
        bookkeeper.getHtml("/settings/business");

        EntityExchangeResult<String> answer = bookkeeper.submitHtml("/settings/business", Map.of("name", "Taken Over LLC"));

        assertThat(answer.getStatus().value()).isEqualTo(403);
        assertThat(notAllowedPage(answer)).isTrue();
        http.get().uri("/api/v1/workspace").headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.name").isEqualTo("Harbor Light Consulting");
    }

    @Test
    void staffPostingANewInvoiceGetsTheNotAllowedPageAndNoInvoice() {
        Workspace acme = signUp("Harbor Light Consulting");
        String client = new Bookkeeping(http, acme).onboardedClient("Globex Corporation");
        PageSession staff = atHome(Team.join(http, acme, "STAFF").email());

        EntityExchangeResult<String> answer = staff.submitHtml("/invoices/new", Map.of("clientId", client,
                "lines[0].description", "Discovery workshop", "lines[0].quantity", "1", "lines[0].unitPrice", "900"));

        assertThat(answer.getStatus().value()).isEqualTo(403);
        assertThat(notAllowedPage(answer)).isTrue();
        http.get().uri("/api/v1/invoices").headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.total").isEqualTo(0);
    }

    @Test
    void readOnlyMemberPostingANewClientGetsTheNotAllowedPageAndNoClient() {
        Workspace acme = signUp("Harbor Light Consulting");
        PageSession readOnly = atHome(Team.join(http, acme, "READ_ONLY").email());
        readOnly.getHtml("/clients");

        EntityExchangeResult<String> answer = readOnly.submitHtml("/clients/new", Map.of("name", "Initech",
                "billingEmail", "ap@initech.example"));

        assertThat(answer.getStatus().value()).isEqualTo(403);
        assertThat(notAllowedPage(answer)).isTrue();
        assertThat(answer.getResponseBody()).contains("href=\"/invoices\"");
        http.get().uri("/api/v1/clients").headers(acme::authorize).exchange()
                .expectBody().jsonPath("$.total").isEqualTo(0);
    }

    private static boolean notAllowedPage(EntityExchangeResult<String> answer) {
        String body = answer.getResponseBody();
        return body != null && body.contains("<h1>Not allowed</h1>") && !body.contains("Exception");
    }

    private static void check(List<String> wrong, Role role, Map.Entry<String, Map<Role, Boolean>> row,
                              HttpStatusCode answer) {
        boolean allowed = row.getValue().get(role);
        boolean refused = answer.value() == 403;
        boolean signedOut = answer.value() == 401;
        if (allowed == refused || signedOut) {
            wrong.add(role + " " + row.getKey() + " expected " + (allowed ? "ok" : "403") + " got " + answer.value());
        }
    }

    private HttpStatusCode call(HttpMethod method, String path, String token) {
        RestTestClient.RequestBodySpec request = http.method(method).uri(path)
                .headers(headers -> headers.setBearerAuth(token));
        if (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH) {
            request.contentType(MediaType.APPLICATION_JSON).body(Map.of());
        }
        return request.exchange().returnResult(String.class).getStatus();
    }

    /** Every operation of the OpenAPI document, as "METHOD /path". */
    @SuppressWarnings("unchecked")
    private Set<String> apiOperations() {
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) http.get().uri("/v3/api-docs")
                .exchange().expectStatus().isOk().returnResult(Map.class).getResponseBody().get("paths");
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, operationsOfPath) -> operationsOfPath.keySet().stream()
                .filter(method -> Arrays.stream(HttpMethod.values()).anyMatch(known -> known.name()
                        .equalsIgnoreCase(method)))
                .forEach(method -> operations.add(method.toUpperCase() + " " + path)));
        return operations;
    }

    /** Every page handler's paths outside the API, as "METHOD /path"; a mapping for any method counts as GET and POST. */
    private Set<String> pages() {
        Set<String> pages = new TreeSet<>();
        for (RequestMappingInfo mapping : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            for (String path : mapping.getPatternValues()) {
                // The client's side (portal, verification, provider webhooks) answers to a link or a signature, not
                // to a member's role; the portal's own tests walk it.
                if (path.startsWith("/api/") || path.equals("/error") || path.startsWith("/portal/")
                        || path.startsWith("/verify") || path.startsWith("/webhooks/")) {
                    continue;
                }
                (methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods)
                        .forEach(method -> pages.add(method.name() + " " + path));
            }
        }
        return pages;
    }

    /** The operations with no row and the rows with no operation; empty when the table is whole. */
    private static List<String> rowsFor(Map<String, Map<Role, Boolean>> table, Set<String> operations) {
        List<String> missing = new ArrayList<>();
        operations.stream().filter(operation -> !table.containsKey(operation))
                .forEach(operation -> missing.add("no row for " + operation));
        table.keySet().stream().filter(row -> !operations.contains(row))
                .forEach(row -> missing.add("no such operation: " + row));
        return missing;
    }

    private static Map<String, Map<Role, Boolean>> table(String text) {
        Map<String, Map<Role, Boolean>> rows = new LinkedHashMap<>();
        text.lines().skip(1).map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
            String[] cells = line.split("\\s+");
            assertThat(cells).as(line).hasSize(2 + COLUMNS.size());
            Map<Role, Boolean> allowed = new EnumMap<>(Role.class);
            for (int column = 0; column < COLUMNS.size(); column++) {
                String cell = cells[2 + column];
                assertThat(cell).as(line).isIn("ok", "403");
                allowed.put(COLUMNS.get(column), cell.equals("ok"));
            }
            rows.put(cells[0] + " " + cells[1], allowed);
        });
        return rows;
    }

    /** Real ids for the path variables: a path's variable names the thing of the segment before it. */
    private static String substitute(String path, Map<String, String> ids) {
        Matcher variable = VARIABLE.matcher(path);
        StringBuilder filled = new StringBuilder();
        while (variable.find()) {
            String before = path.substring(0, variable.start());
            String segment = before.substring(before.lastIndexOf('/', before.length() - 2) + 1,
                    before.length() - 1);
            String name = variable.group(1);
            String id = ids.getOrDefault(segment + "/" + name, ids.getOrDefault(segment,
                    UUID.randomUUID().toString()));
            variable.appendReplacement(filled, Matcher.quoteReplacement(id));
        }
        variable.appendTail(filled);
        return filled.toString();
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> seed(Workspace acme) {
        Bookkeeping books = new Bookkeeping(http, acme);
        String client = books.onboardedClient("Globex Corporation");
        String invoice = books.sentInvoice(client, "2026-03-02", "1200.00");
        String payment = books.payment(client, invoice, "200.00", "2026-03-20", "ACH-1");
        String creditNote = books.creditNote(invoice, "100.00", "Workshop ran short");
        String item = created(acme, "/api/v1/items", Map.of("name", "Monthly SEO", "description",
                "Monthly SEO management", "unit", "MONTH", "unitPrice", "2500.00", "taxable", false));
        String template = created(acme, "/api/v1/invoice-templates", Map.of("name", "Retainer",
                "billingModel", "RETAINER", "lines", List.of(Map.of("itemId", item, "description", "Retainer",
                        "quantity", "1", "unit", "MONTH", "unitPrice", "2500"))));
        List<Map<String, Object>> emails = http.get().uri("/api/v1/emails")
                .headers(acme::authorize).exchange().expectStatus().isOk().returnResult(List.class)
                .getResponseBody();
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("clients", client);
        ids.put("client-rates", client);
        ids.put("invoices", invoice);
        ids.put("payments", payment);
        ids.put("credit-notes", creditNote);
        ids.put("items", item);
        ids.put("templates", template);
        ids.put("invoice-templates", template);
        ids.put("emails", (String) emails.get(0).get("id"));
        ids.put("exports/name", "invoices");
        ids.put("attachments/index", "0");
        return ids;
    }

    private String created(Workspace workspace, String path, Map<String, ?> body) {
        return (String) http.post().uri(path).headers(workspace::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
    }

    private Map<Role, String> tokens(Workspace acme) {
        Map<Role, String> tokens = new EnumMap<>(Role.class);
        tokens.put(Role.OWNER, acme.token());
        Role.invitable().forEach(role -> tokens.put(role, Team.join(http, acme, role.name()).token()));
        return tokens;
    }

    private Map<Role, String> emails(Workspace acme) {
        Map<Role, String> emails = new EnumMap<>(Role.class);
        emails.put(Role.OWNER, acme.ownerEmail());
        Role.invitable().forEach(role -> emails.put(role, Team.join(http, acme, role.name()).email()));
        return emails;
    }

    /** Signed in and on the home page, whose forms carry the session's CSRF token. */
    private PageSession atHome(String email) {
        PageSession browser = signedIn(email);
        browser.get("/");
        return browser;
    }
}
