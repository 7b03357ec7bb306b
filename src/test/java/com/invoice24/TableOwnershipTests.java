package com.invoice24;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table and view belongs to one module. A module's SQL names its own tables, and reads other
 * modules only through the views they publish ({@code invoice_register}, {@code client_directory}, ...);
 * anything else it needs from another module it asks of that module's Java API.
 */
class TableOwnershipTests {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java/com/invoice24");

    enum Kind { TABLE, VIEW }

    record Owner(String module, Kind kind) {
    }

    /** Who owns what. A new table or view must be added here, to the module whose code writes it. */
    static final Map<String, Owner> OWNERS = new TreeMap<>();

    static {
        tables("workspace", "workspaces", "members", "invitations", "api_tokens", "idempotency_keys",
                "workspace_logos", "workspace_w9_forms", "sign_in_throttle", "sign_in_device_key",
                "payment_instruction_changes");
        views("workspace", "workspace_time_zones");
        tables("clients", "clients", "purchase_orders");
        views("clients", "client_directory");
        tables("catalog", "items", "item_client_rates", "invoice_templates", "invoice_template_lines");
        tables("invoicing", "invoices", "invoice_lines", "invoice_counters", "invoice_activity",
                "invoice_attachments", "invoice_list_versions", "invoice_verification_throttle",
                "invoice_receipt_confirmations");
        views("invoicing", "invoice_register");
        tables("delivery", "emails", "email_attachments");
        tables("payments", "payments", "payment_allocations", "client_credit_entries", "credit_notes",
                "credit_note_lines", "credit_note_counters", "bank_mappings", "bank_imports", "bank_lines",
                "online_checkouts", "online_checkout_invoices", "provider_events");
        views("payments", "payment_register", "credit_note_register", "client_credit_register");
        tables("collections", "reminder_policies", "reminder_steps", "reminder_deliveries", "disputes",
                "payment_promises", "late_fee_policies", "late_fees", "payment_plans", "payment_plan_installments",
                "installment_reminders", "hold_policies", "client_hold_events", "client_reminder_settings",
                "client_reminder_steps", "follow_ups", "follow_up_policies");
        tables("audit", "audit_log");
        tables("portal", "portal_links", "portal_throttle");
        // The platform's: sessions, the job scheduler, Modulith's event registry, Flyway's history, and the
        // PDFs as sent, which invoicing and payments each keep through shared's SentDocuments.
        tables("shared", "spring_session", "spring_session_attributes", "scheduled_tasks", "event_publication",
                "flyway_schema_history", "sent_documents");
    }

    private static final Pattern CREATED = Pattern.compile(
            "(?i)\\bCREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:MATERIALIZED\\s+)?(TABLE|VIEW)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?"
                    + "([a-z_][a-z0-9_]*)");
    /** SQL as this code base writes it: keywords in capitals, names in lower case. */
    private static final Pattern STATEMENT = Pattern.compile("\\b(SELECT|INSERT|UPDATE|DELETE)\\b");
    private static final Pattern NAMED = Pattern.compile(
            "\\b(FROM|JOIN|UPDATE|INTO|TABLE)\\s+([a-z_][a-z0-9_]*)\\b");

    @Test
    void everyTableAndViewHasAnOwningModule() {
        Map<String, Kind> created = createdByMigrations();
        List<String> unowned = new ArrayList<>();
        created.forEach((name, kind) -> {
            Owner owner = OWNERS.get(name);
            if (owner == null) {
                unowned.add(kind + " " + name);
            } else if (owner.kind() != kind) {
                unowned.add(name + " is a " + kind + " but listed as a " + owner.kind());
            }
        });
        assertThat(unowned).as("tables and views with no owner in TableOwnershipTests.OWNERS").isEmpty();
    }

    @Test
    void everyOwnedTableStillExists() {
        Map<String, Kind> created = createdByMigrations();
        List<String> gone = OWNERS.entrySet().stream()
                .filter(entry -> entry.getValue().kind() == Kind.TABLE)
                .map(Map.Entry::getKey)
                .filter(name -> !created.containsKey(name) && !name.equals("flyway_schema_history"))
                .toList();
        assertThat(gone).as("tables in OWNERS that no migration creates").isEmpty();
    }

    @Test
    void modulesNameOnlyTheirOwnTablesAndOthersPublishedViews() {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String module = SOURCES.relativize(file).getName(0).toString();
            if (module.endsWith(".java")) {
                continue;
            }
            String source = read(file);
            for (List<Literal> chain : sqlChains(JavaStrings.literals(source))) {
                for (Literal literal : chain) {
                    Matcher named = NAMED.matcher(literal.text());
                    while (named.find()) {
                        String name = named.group(2);
                        Owner owner = OWNERS.get(name);
                        if (owner == null || owner.module().equals(module)) {
                            continue;
                        }
                        boolean reading = named.group(1).equals("FROM") || named.group(1).equals("JOIN");
                        if (owner.kind() == Kind.VIEW && reading) {
                            continue;
                        }
                        int line = literal.line() + lineOffset(literal.text(), named.start());
                        violations.add("%s:%d %s names %s %s of %s".formatted(file, line, module,
                                owner.kind().name().toLowerCase(), name, owner.module()));
                    }
                }
            }
        }
        assertThat(violations).as("SQL naming another module's tables").isEmpty();
    }

    @Test
    void sqlIsToldApartFromSentences() {
        String source = """
                class Example {
                    String message = "Choose someone from clients " + name + " from invoices";
                    String sql = "SELECT i.id " + COLUMNS + " FROM invoices i JOIN clients c ON c.id = i.client_id";
                    String block = \"""
                            UPDATE payments SET note = 'from emails' FROM emails
                            \""";
                    // "SELECT FROM members" in a comment is not code
                }
                """;
        List<String> names = new ArrayList<>();
        for (List<Literal> chain : sqlChains(JavaStrings.literals(source))) {
            for (Literal literal : chain) {
                Matcher named = NAMED.matcher(literal.text());
                while (named.find()) {
                    names.add(literal.line() + lineOffset(literal.text(), named.start()) + ":" + named.group(2));
                }
            }
        }
        assertThat(names).containsExactly("3:invoices", "3:clients", "5:payments", "5:emails");
    }

    /** Literals joined by {@code +} form one statement; a chain is SQL when any part of it is. */
    private static List<List<Literal>> sqlChains(List<Literal> literals) {
        List<List<Literal>> chains = new ArrayList<>();
        List<Literal> chain = new ArrayList<>();
        for (Literal literal : literals) {
            if (!chain.isEmpty() && !literal.joinedToPrevious()) {
                chains.add(chain);
                chain = new ArrayList<>();
            }
            chain.add(literal);
        }
        if (!chain.isEmpty()) {
            chains.add(chain);
        }
        return chains.stream()
                .filter(parts -> parts.stream().anyMatch(part -> STATEMENT.matcher(part.text()).find()))
                .toList();
    }

    private static int lineOffset(String text, int index) {
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count();
    }

    static Map<String, Kind> createdByMigrations() {
        Map<String, Kind> created = new TreeMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            files.filter(file -> file.toString().endsWith(".sql")).forEach(file -> {
                Matcher matcher = CREATED.matcher(read(file));
                while (matcher.find()) {
                    created.put(matcher.group(2).toLowerCase(), Kind.valueOf(matcher.group(1).toUpperCase()));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return created;
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void tables(String module, String... names) {
        for (String name : names) {
            OWNERS.put(name, new Owner(module, Kind.TABLE));
        }
    }

    private static void views(String module, String... names) {
        for (String name : names) {
            OWNERS.put(name, new Owner(module, Kind.VIEW));
        }
    }

    /**
     * A string literal or text block: its contents, the line it starts on, and whether only a {@code +}
     * expression (no statement end, no argument separator) lies between it and the literal before.
     */
    record Literal(String text, int line, boolean joinedToPrevious) {
    }

    /** Finds the string literals of Java source, skipping comments and char literals. */
    static final class JavaStrings {

        private JavaStrings() {
        }

        static List<Literal> literals(String source) {
            List<Literal> found = new ArrayList<>();
            StringBuilder between = new StringBuilder();
            int line = 1;
            int i = 0;
            while (i < source.length()) {
                char c = source.charAt(i);
                if (source.startsWith("//", i)) {
                    int end = source.indexOf('\n', i);
                    i = end < 0 ? source.length() : end;
                } else if (source.startsWith("/*", i)) {
                    int end = source.indexOf("*/", i + 2);
                    int stop = end < 0 ? source.length() : end + 2;
                    line += lineOffset(source.substring(i, stop), stop - i);
                    i = stop;
                } else if (c == '\'') {
                    int end = i + 1;
                    while (end < source.length() && source.charAt(end) != '\'') {
                        end += source.charAt(end) == '\\' ? 2 : 1;
                    }
                    between.append("' '");
                    i = end + 1;
                } else if (c == '"') {
                    boolean block = source.startsWith("\"\"\"", i);
                    String quote = block ? "\"\"\"" : "\"";
                    int start = i + quote.length();
                    int end = start;
                    while (end < source.length() && !source.startsWith(quote, end)) {
                        end += source.charAt(end) == '\\' ? 2 : 1;
                    }
                    String text = source.substring(start, Math.min(end, source.length()));
                    found.add(new Literal(text, line, !found.isEmpty() && joins(between.toString())));
                    line += lineOffset(text, text.length());
                    between.setLength(0);
                    i = end + quote.length();
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    between.append(c);
                    i++;
                }
            }
            return found;
        }

        /** {@code "a" + b + "c"} or {@code "a" + where(filter) + "c"}; not {@code "a", "c"} nor two statements. */
        private static boolean joins(String between) {
            String code = between.strip();
            return code.startsWith("+") && code.endsWith("+") && code.indexOf(';') < 0
                    && depthNeverDrops(code);
        }

        private static boolean depthNeverDrops(String code) {
            int depth = 0;
            for (char c : code.toCharArray()) {
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                    if (depth < 0) {
                        return false;
                    }
                } else if (c == ',' && depth == 0) {
                    return false;
                }
            }
            return depth == 0;
        }
    }
}
