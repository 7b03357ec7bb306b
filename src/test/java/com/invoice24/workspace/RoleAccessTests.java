package com.invoice24.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import com.invoice24.Team;
import com.invoice24.overview.Bookkeeping;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
import org.springframework.util.LinkedMultiValueMap;
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
            """;

    private static final String PAGES = """
            page                                                         owner admin bookkeeper staff read-only
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
            PageSession browser = signedIn(emails.get(role));
            for (Map.Entry<String, Map<Role, Boolean>> row : table.entrySet()) {
                HttpMethod method = HttpMethod.valueOf(row.getKey().split(" ")[0]);
                String path = substitute(row.getKey().split(" ")[1], ids);
                EntityExchangeResult<String> answer = method == HttpMethod.GET ? browser.getHtml(path)
                        : browser.send(method, path, new LinkedMultiValueMap<>(), Set.of());
                check(wrong, role, row, answer.getStatus());
                if (answer.getStatus().value() == 403 && !notAllowedPage(answer)) {
                    wrong.add(role + " " + row.getKey() + " answered 403 without the Not allowed page");
                }
            }
        }
        assertThat(wrong).isEmpty();
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
                if (path.startsWith("/api/") || path.equals("/error")) {
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
        // Signing out ends the session the other rows use, so it goes last.
        Map<String, Map<Role, Boolean>> ordered = new LinkedHashMap<>();
        rows.entrySet().stream().sorted(Comparator.comparing(row -> row.getKey().endsWith("/logout")))
                .forEach(row -> ordered.put(row.getKey(), row.getValue()));
        return ordered;
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

    private PageSession signedIn(String email) {
        PageSession browser = new PageSession(port);
        browser.get("/login");
        PageSession.assertRedirectsTo(browser.submit("/login", Map.of("email", email, "password", PASSWORD)), "/");
        browser.get("/");
        return browser;
    }
}
