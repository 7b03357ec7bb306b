package com.invoice24;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * No page answers 500 to anything a form can send. Signs in to a workspace with a client, an item, a
 * template, a draft, a sent and a paid invoice, follows every link from the home page, and sends every
 * form it finds (and every htmx call a page makes): once empty, then field by field with a value a
 * person could paste — a NUL character, 5,000 nines; a far date into a date, a negative into a number —
 * while the other fields keep what the page offered, so each value reaches the deepest rule it can, and
 * once with a row far below the last.
 */
class EveryFormTests extends IntegrationTest {

    private static final Pattern ID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\d+");
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "^/(api|v3|swagger-ui|webjars|css|js|fonts|actuator)\\b.*|.*(/pdf|/csv|\\.csv|/export.*|/attachments/.+|/logout)$");
    private static final List<String> PASTED = List.of("a\u0000b", "9".repeat(5000));
    private static final List<String> PASTED_DATES = List.of("9999-12-31", "0001-01-01");
    private static final List<String> PASTED_NUMBERS = List.of("-1", "0");
    private static final Pattern NUMBER_NAME = Pattern.compile(
            "(?i).*(amount|price|quantity|cap|fee|percent|days|rate|discount|offset)$");
    private static final int PAGES_PER_SHAPE = 2;

    @Test
    void noFormAnswersAServerErrorToEmptyGarbageOrHugeValues() {
        Workspace acme = signUp("Harbor Light Consulting");
        seed(acme);
        PageSession person = new PageSession(port);
        signIn(person, acme);

        Map<String, Form> forms = crawl(person, List.of("/", "/clients", "/clients/new", "/invoices",
                "/invoices/new", "/payments", "/collections", "/emails", "/settings", "/reports/exports"));
        List<String> failures = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        int sent = 0;
        for (Form form : forms.values()) {
            for (Variant variant : form.variants()) {
                EntityExchangeResult<String> answer = person.send(form.method(), form.action(), variant.values(),
                        form.files());
                sent++;
                if (answer.getStatus().is5xxServerError()) {
                    failures.add(answer.getStatus().value() + " " + form.method() + " " + shape(form.action()) + " "
                            + variant.label());
                }
                if (variant.lostOn(answer, form.action())) {
                    lost.add(form.method() + " " + shape(form.action()) + " " + variant.label());
                }
                if (signedOut(answer)) {
                    signIn(person, acme);
                }
            }
        }
        assertThat(forms).as("forms found").hasSizeGreaterThan(20);
        assertThat(sent).as("submissions").isGreaterThan(200);
        LoggerFactory.getLogger(EveryFormTests.class).info("{} forms, {} submissions", forms.size(), sent);
        assertThat(failures).as("server errors after %d submissions", sent).isEmpty();
        assertThat(lost).as("typed values not shown back on a refused form").isEmpty();
    }

    private void seed(Workspace acme) {
        String globex = create(acme, "/api/v1/clients", Map.of("name", "Globex Corporation",
                "billingEmail", "ap@globex.example", "poRequired", true, "defaultPoNumber", "4500123"));
        create(acme, "/api/v1/clients", Map.of("name", "Initech", "poRequired", true));
        String item = create(acme, "/api/v1/items", Map.of("name", "Monthly SEO", "description",
                "Monthly SEO management – {period}", "unit", "MONTH", "unitPrice", "2500.00", "taxable", false));
        create(acme, "/api/v1/invoice-templates", Map.of("name", "Retainer", "billingModel", "RETAINER",
                "lines", List.of(Map.of("itemId", item, "description", "Retainer – {month} {year}",
                        "quantity", "1", "unit", "MONTH", "unitPrice", "2500"))));
        create(acme, "/api/v1/invoices", Map.of("clientId", globex, "lines", List.of(Map.of(
                "description", "Discovery workshop", "quantity", "4", "unitPrice", "187.50"))));
        for (String amount : List.of("1200.00", "800.00")) {
            String invoice = create(acme, "/api/v1/invoices", Map.of("clientId", globex, "reference", "SOW-7",
                    "lines", List.of(Map.of("description", "Retainer – March 2026", "quantity", "1",
                            "unitPrice", amount))));
            http.post().uri("/api/v1/invoices/{id}/send", invoice).headers(acme::authorize).exchange()
                    .expectStatus().isOk();
        }
        create(acme, "/api/v1/payments", Map.of("clientId", globex, "amount", "1200.00", "receivedOn",
                "2026-03-20", "method", "ACH", "reference", "ACH-1"));
    }

    private String create(Workspace workspace, String path, Map<String, ?> body) {
        return (String) http.post().uri(path).headers(workspace::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
    }

    private static void signIn(PageSession person, Workspace workspace) {
        person.get("/login");
        person.submit("/login", Map.of("email", workspace.ownerEmail(), "password", PASSWORD));
    }

    private static boolean signedOut(EntityExchangeResult<String> answer) {
        return answer.getStatus().is3xxRedirection() && answer.getResponseHeaders().getLocation() != null
                && answer.getResponseHeaders().getLocation().getPath().equals("/login");
    }

    /** Every form and htmx call on the pages reachable from the seeds, one of each shape. */
    private static Map<String, Form> crawl(PageSession person, List<String> seeds) {
        Deque<String> queue = new ArrayDeque<>(seeds);
        Set<String> seen = new HashSet<>(seeds);
        Map<String, Integer> perShape = new HashMap<>();
        Map<String, Form> forms = new LinkedHashMap<>();
        while (!queue.isEmpty()) {
            String path = queue.removeFirst();
            EntityExchangeResult<String> page = person.get(path);
            assertThat(page.getStatus().is5xxServerError()).as("GET " + path).isFalse();
            MediaType type = page.getResponseHeaders().getContentType();
            if (page.getResponseBody() == null || type == null || !type.isCompatibleWith(MediaType.TEXT_HTML)) {
                continue;
            }
            Document document = Jsoup.parse(page.getResponseBody(), "http://localhost" + path);
            for (Element link : document.select("a[href]")) {
                String target = link.attr("href").replaceAll("#.*", "");
                if (target.startsWith("/") && !NOT_A_PAGE.matcher(target).matches() && seen.add(target)
                        && perShape.merge(shape(target), 1, Integer::sum) <= PAGES_PER_SHAPE) {
                    queue.add(target);
                }
            }
            for (Form form : Form.on(document, path)) {
                forms.putIfAbsent(form.key(), form);
            }
        }
        return forms;
    }

    private static String shape(String path) {
        return ID.matcher(path.replaceAll("\\?.*", "")).replaceAll("{id}");
    }

    /** What a submission changed from what the page offered, in a word for the failure list. */
    private record Variant(String label, MultiValueMap<String, String> values, @Nullable String field,
                           @Nullable String typed) {

        static Variant of(String field, String value, MultiValueMap<String, String> values) {
            String shown = value.length() > 20 ? value.charAt(0) + "×" + value.length() : value;
            return new Variant(field + "=" + shown.replace("\u0000", "\\0"), values, field, value);
        }

        boolean beyondTheRows() {
            return label.contains("[100000]");
        }

        /**
         * A page that shows the form again (refused) must show the typed text back in its text field:
         * as typed, or the same number formatted ("99999" as "99,999.00").
         */
        boolean lostOn(EntityExchangeResult<String> answer, String action) {
            if (field == null || typed == null || answer.getResponseBody() == null
                    || answer.getStatus().is3xxRedirection()) {
                return false;
            }
            Element again = Jsoup.parse(answer.getResponseBody()).selectFirst("form[action=\"" + action + "\"]");
            Element shown = again == null ? null : again.selectFirst(
                    "input[name=\"" + field + "\"]:not([type]), input[name=\"" + field + "\"][type=text], "
                            + "textarea[name=\"" + field + "\"]");
            if (shown == null) {
                return false;
            }
            String value = (shown.tagName().equals("textarea") ? shown.text() : shown.attr("value")).replace(",", "");
            return !withoutNul(value).startsWith(withoutNul(typed));
        }

        /** A NUL is dropped from text, or kept in a value that did not convert and shown as a replacement character. */
        private static String withoutNul(String text) {
            return text.replaceAll("[\u0000\uFFFD]", "");
        }
    }

    /** A form or htmx call as the page offers it: where it goes and the values it would send untouched. */
    private record Form(HttpMethod method, String action, MultiValueMap<String, String> offered, Set<String> files,
                        Set<String> dates) {

        /** Rows after the first take the same values through the same code; the first row stands for them. */
        private static final Pattern LATER_ROW = Pattern.compile("\\[[1-9]\\d*]");
        private static final List<String> HTMX = List.of("hx-get", "hx-post", "hx-put", "hx-patch", "hx-delete");

        static List<Form> on(Document page, String path) {
            List<Form> found = new ArrayList<>();
            for (Element form : page.select("form")) {
                String action = form.hasAttr("action") ? local(form.absUrl("action")) : path;
                HttpMethod method = HttpMethod.valueOf(form.attr("method").isBlank() ? "GET"
                        : form.attr("method").toUpperCase());
                if (!NOT_A_PAGE.matcher(action).matches()) {
                    found.add(new Form(method, action, values(form), named(form, "input[type=file]"),
                            named(form, "input[type=date]")));
                }
            }
            for (Element element : page.select("[hx-get], [hx-post], [hx-put], [hx-patch], [hx-delete]")) {
                for (String verb : HTMX) {
                    if (element.hasAttr(verb) && element.attr(verb).startsWith("/")) {
                        Element form = element.closest("form");
                        found.add(new Form(HttpMethod.valueOf(verb.substring(3).toUpperCase()),
                                element.attr(verb), form != null ? values(form) : new LinkedMultiValueMap<>(),
                                form != null ? named(form, "input[type=file]") : Set.of(),
                                form != null ? named(form, "input[type=date]") : Set.of()));
                    }
                }
            }
            return found;
        }

        String key() {
            return method + " " + shape(action);
        }

        /** Empty, then each field in turn given each pasted value, then a row far beyond the rows shown. */
        List<Variant> variants() {
            List<Variant> variants = new ArrayList<>();
            MultiValueMap<String, String> empty = new LinkedMultiValueMap<>();
            offered.forEach((name, values) -> empty.add(name, name.equals("_csrf") ? values.get(0) : ""));
            variants.add(new Variant("every field empty", empty, null, null));
            for (String field : offered.keySet()) {
                if (field.equals("_csrf") || LATER_ROW.matcher(field).find()) {
                    continue;
                }
                for (String pasted : pasted(field)) {
                    MultiValueMap<String, String> changed = new LinkedMultiValueMap<>(offered);
                    changed.put(field, List.of(pasted));
                    variants.add(Variant.of(field, pasted, changed));
                }
                if (field.matches(".*\\[\\d+].*") && variants.stream().noneMatch(Variant::beyondTheRows)) {
                    MultiValueMap<String, String> beyond = new LinkedMultiValueMap<>(offered);
                    String far = field.replaceFirst("\\[\\d+]", "[100000]");
                    beyond.add(far, "1");
                    variants.add(Variant.of(far, "1", beyond));
                }
            }
            return variants;
        }

        private static MultiValueMap<String, String> values(Element form) {
            MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
            for (Element field : form.select("input[name], select[name], textarea[name]")) {
                if (field.hasAttr("disabled")) {
                    continue;
                }
                String name = field.attr("name");
                switch (field.tagName()) {
                    case "select" -> {
                        Element chosen = field.selectFirst("option[selected]");
                        Element first = chosen != null ? chosen : field.selectFirst("option");
                        values.add(name, first == null ? "" : first.hasAttr("value") ? first.attr("value") : first.text());
                    }
                    case "textarea" -> values.add(name, field.text());
                    default -> {
                        String type = field.attr("type");
                        if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
                            continue;
                        }
                        if (!type.equals("submit") && !type.equals("button")) {
                            values.add(name, field.hasAttr("value") ? field.attr("value")
                                    : type.equals("checkbox") ? "on" : "");
                        }
                    }
                }
            }
            Element button = form.selectFirst("button[name]");
            if (button != null) {
                values.add(button.attr("name"), button.attr("value"));
            }
            return values;
        }

        /** What a person could paste: anything into any field, far dates into dates, negatives into numbers. */
        private List<String> pasted(String field) {
            List<String> values = new ArrayList<>(PASTED);
            if (dates.contains(field)) {
                values.addAll(PASTED_DATES);
            }
            if (NUMBER_NAME.matcher(field).matches()) {
                values.addAll(PASTED_NUMBERS);
            }
            return values;
        }

        private static Set<String> named(Element form, String selector) {
            Set<String> names = new HashSet<>();
            form.select(selector + "[name]").forEach(field -> names.add(field.attr("name")));
            return names;
        }

        private static String local(String absolute) {
            return absolute.replaceFirst("^https?://[^/]+", "");
        }
    }
}
