package com.invoice24.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.IntegrationTest;
import com.invoice24.PageSession;
import com.invoice24.StatementCounter;
import com.invoice24.clients.PaymentMethod;
import com.invoice24.shared.Money;
import com.invoice24.workspace.CurrentUser;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The SQL statements a request runs must not grow with the rows it touches: the payment list, recording a
 * payment, a bank import and its review queue cost the same for 5 as for 50 payments, invoices, deposits or
 * clients. The statements are listed by {@link StatementCounter} (the context the statement-count tests
 * share); the figures are printed.
 */
@Import(StatementCounter.Installed.class)
class PaymentStatementCountTests extends IntegrationTest {

    /** The tables payments owns: what it runs against them is its own part of a request's statements. */
    private static final Pattern PAYMENTS_TABLES = Pattern.compile(
            "\\b(payments|payment_allocations|client_credit_entries|credit_notes|credit_note_lines|bank_imports"
                    + "|bank_lines|bank_mappings)\\b", Pattern.CASE_INSENSITIVE);

    private static final Map<Integer, Ledger> LEDGERS = new HashMap<>();

    @Autowired
    private PaymentRecording recording;

    @Autowired
    private UserDetailsService members;

    @Test
    void recordingAPaymentOverFiftyInvoicesRunsPaymentsOwnStatementsNoMoreOftenThanOverFive() {
        Ledger five = ledger(5);
        Ledger fifty = ledger(50);

        print("record a payment over 5 / 50 invoices", five.recording(), fifty.recording());
        assertThat(paymentsOwn(fifty.recording())).hasSameSizeAs(paymentsOwn(five.recording()));
    }

    /**
     * The recording itself, from the service call to its commit on the calling thread: the client, the locked
     * invoices, today in the workspace, the payment and its allocations, the invoices' new balances and their
     * timeline, what is left as credit, the one event publication and the audit entry. Every invoice is paid
     * off and $50.00 is left as credit, the most a payment writes. Over HTTP the request adds its API token's
     * look-up and stamp, two statements outside the recording's transaction.
     */
    @Test
    void recordingAPaymentAcrossFiftyInvoicesRunsAsFewStatementsAsAcrossFiveAtMostTen() {
        List<String> one = recordedAcross(1).statements();
        List<String> five = recordedAcross(5).statements();
        List<String> fifty = recordedAcross(50).statements();
        List<String> fiveOverHttp = ledger(5).recording();
        List<String> fiftyOverHttp = ledger(50).recording();

        System.out.printf("[statements] record a payment (service call to commit) across 1 / 5 / 50 invoices: "
                + "%d / %d / %d%n", one.size(), five.size(), fifty.size());
        fifty.forEach(sql -> System.out.println("[statements]   " + sql.replaceAll("\\s+", " ")
                .replaceAll("(\\(\\?(, \\?)*\\),? ?)+", "(?...) ")));
        assertThat(fifty).hasSameSizeAs(five).hasSameSizeAs(one).hasSizeLessThanOrEqualTo(10);
        assertThat(fiftyOverHttp).hasSameSizeAs(fiveOverHttp);
    }

    /** A reversal takes the payment back off all its invoices, and its credit back, in one go as well. */
    @Test
    void reversingAPaymentAcrossFiftyInvoicesRunsAsFewStatementsAsAcrossFive() {
        List<String> five = reversing(recordedAcross(5));
        List<String> fifty = reversing(recordedAcross(50));

        System.out.printf("[statements] reverse a payment (service call to commit) across 5 / 50 invoices: %d / %d%n",
                five.size(), fifty.size());
        assertThat(fifty).hasSameSizeAs(five);
    }

    @Test
    void thePaymentListCostsTheSameForFiveAndFiftyPayments() {
        Ledger five = ledger(5);
        Ledger fifty = ledger(50);

        List<String> apiFive = five.api("/api/v1/payments?size=100");
        List<String> apiFifty = fifty.api("/api/v1/payments?size=100");
        List<String> pageFive = five.page("/payments");
        List<String> pageFifty = fifty.page("/payments");

        print("GET /api/v1/payments, 5 / 50 payments", apiFive, apiFifty);
        print("GET /payments, 5 / 50 payments", pageFive, pageFifty);
        assertThat(apiFifty).hasSameSizeAs(apiFive);
        assertThat(pageFifty).hasSameSizeAs(pageFive);
    }

    @Test
    void aBankImportAndItsReviewQueueCostTheSameForFiveAndFiftyDeposits() {
        Map<Integer, List<List<String>>> counted = new HashMap<>();
        for (int deposits : List.of(5, 50)) {
            Workspace workspace = signUp("Acme Consulting LLC");
            for (int client = 0; client < deposits; client++) {
                client(workspace, "Client " + client);
            }
            String mapping = (String) http.post().uri("/api/v1/bank-mappings").headers(workspace::authorize)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("name", "Chase", "dateColumn", "Posting Date", "amountColumn", "Amount",
                            "memoColumn", "Description", "dateFormat", "MM/dd/yyyy"))
                    .exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
            StringBuilder csv = new StringBuilder("Posting Date,Description,Amount\n");
            for (int line = 0; line < deposits; line++) {
                csv.append("03/20/2026,DEPOSIT REF ").append(7000 + line).append(',').append(100 + line)
                        .append(".25\n");
            }
            MultiValueMap<String, Object> upload = new LinkedMultiValueMap<>();
            upload.add("file", new ByteArrayResource(csv.toString().getBytes(StandardCharsets.UTF_8)) {
                @Override
                public String getFilename() {
                    return "march.csv";
                }
            });
            upload.add("format", "CSV");
            upload.add("mappingId", mapping);
            List<String> importing = counted(() -> http.post().uri("/api/v1/bank-imports")
                    .headers(workspace::authorize).contentType(MediaType.MULTIPART_FORM_DATA).body(upload)
                    .exchange().expectStatus().isCreated());
            Ledger ledger = new Ledger(workspace, List.of());
            counted.put(deposits, List.of(importing, ledger.api("/api/v1/bank-lines?status=REVIEW&size=100"),
                    ledger.page("/payments/review")));
        }

        print("POST /api/v1/bank-imports, 5 / 50 deposits", counted.get(5).get(0), counted.get(50).get(0));
        print("GET /api/v1/bank-lines, 5 / 50 deposits", counted.get(5).get(1), counted.get(50).get(1));
        print("GET /payments/review, 5 / 50 deposits", counted.get(5).get(2), counted.get(50).get(2));
        for (int measure = 0; measure < 3; measure++) {
            assertThat(counted.get(50).get(measure)).hasSameSizeAs(counted.get(5).get(measure));
        }
    }

    /**
     * A workspace whose one client had {@code invoices} invoices of $100.00 and paid them in as many
     * payments: the first $50.00 on each invoice, counted, then one payment for the rest of each.
     */
    private Ledger ledger(int invoices) {
        Ledger known = LEDGERS.get(invoices);
        if (known != null) {
            return known;
        }
        Workspace workspace = signUp("Acme Consulting LLC");
        String client = client(workspace, "Globex");
        List<Map<String, String>> halves = new ArrayList<>();
        for (int invoice = 0; invoice < invoices; invoice++) {
            halves.add(Map.of("invoiceId", sent(workspace, client), "amount", "50.00"));
        }
        List<String> recording = counted(() -> pay(workspace, Map.of("clientId", client,
                "amount", String.valueOf(50 * invoices), "method", "ACH", "allocations", halves)));
        for (int invoice = 1; invoice < invoices; invoice++) {
            pay(workspace, Map.of("clientId", client, "amount", "50.00", "method", "CHECK"));
        }
        Ledger ledger = new Ledger(workspace, recording);
        LEDGERS.put(invoices, ledger);
        return ledger;
    }

    /** A payment recorded by the workspace's owner, and the statements recording it took. */
    private record Recorded(CurrentUser owner, Payment payment, List<String> statements) {
    }

    /** Pays a new client's {@code invoices} invoices of $100.00 oldest due first, and $50.00 more. */
    private Recorded recordedAcross(int invoices) {
        Workspace workspace = signUp("Acme Consulting LLC");
        UUID client = UUID.fromString(client(workspace, "Globex"));
        insertSentInvoices(workspace, client, invoices);
        CurrentUser owner = (CurrentUser) members.loadUserByUsername(workspace.ownerEmail());
        Money amount = Money.of(BigDecimal.valueOf(100L * invoices + 50));
        List<Payment> recorded = new ArrayList<>();
        List<String> statements = StatementCounter.onThisThread(() -> recorded.add(recording.record(owner,
                new PaymentRequest(client, amount, null, PaymentMethod.ACH, "ACH 4471", null, null))));
        return new Recorded(owner, recorded.get(0), statements);
    }

    private List<String> reversing(Recorded recorded) {
        return StatementCounter.onThisThread(() -> recording.reverse(recorded.owner(), recorded.payment().id(),
                "Check bounced"));
    }

    /** Sent invoices of $100.00, due a day apart; written directly, as many as a test needs. */
    private void insertSentInvoices(Workspace workspace, UUID client, int count) {
        LocalDate issued = LocalDate.of(2026, 3, 2);
        jdbc().sql("""
                INSERT INTO invoices (id, workspace_id, client_id, number, state, issue_date, due_date, terms_basis,
                                      terms_days, subtotal, tax, total, sent_at, created_at, updated_at, version)
                SELECT gen_random_uuid(), :workspace, :client, 'INV-' || lpad(CAST(n AS TEXT), 5, '0'), 'SENT',
                       :issued, CAST(:issued AS date) + 30 + n, 'NET', 30, 100.00, 0, 100.00, :sentAt, :sentAt, :sentAt, 0
                FROM generate_series(1, :count) n""")
                .param("workspace", workspace.id())
                .param("client", client)
                .param("issued", issued)
                .param("sentAt", Timestamp.valueOf(issued.atTime(15, 0)))
                .param("count", count)
                .update();
    }

    private final class Ledger {

        private final Workspace workspace;
        private final List<String> recording;
        private PageSession browser;

        Ledger(Workspace workspace, List<String> recording) {
            this.workspace = workspace;
            this.recording = recording;
        }

        List<String> recording() {
            return recording;
        }

        List<String> api(String path) {
            return counted(() -> http.get().uri(path).headers(workspace::authorize).exchange().expectStatus().isOk());
        }

        List<String> page(String path) {
            if (browser == null) {
                browser = new PageSession(port);
                browser.get("/login");
                browser.submit("/login", Map.of("email", workspace.ownerEmail(), "password", PASSWORD));
            }
            return counted(() -> assertThat(browser.get(path).getStatus().value()).isEqualTo(200));
        }
    }

    private String client(Workspace workspace, String name) {
        return (String) http.post().uri("/api/v1/clients").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", name, "billingEmail", "ap@example.com"))
                .exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
    }

    private String sent(Workspace workspace, String client) {
        String id = (String) http.post().uri("/api/v1/invoices").headers(workspace::authorize)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("clientId", client, "lines", List.of(Map.of("description", "Bookkeeping – March 2026",
                        "quantity", "1", "unitPrice", "100"))))
                .exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
        http.post().uri("/api/v1/invoices/{id}/send", id).headers(workspace::authorize).exchange()
                .expectStatus().isOk();
        return id;
    }

    private void pay(Workspace workspace, Map<String, ?> payment) {
        http.post().uri("/api/v1/payments").headers(workspace::authorize).contentType(MediaType.APPLICATION_JSON)
                .body(payment).exchange().expectStatus().isCreated();
    }

    /** The statements the request ran, once it has finished on the server too. */
    private static List<String> counted(Runnable request) {
        return StatementCounter.ofRequests(request);
    }

    private static List<String> paymentsOwn(List<String> statements) {
        return statements.stream().filter(sql -> PAYMENTS_TABLES.matcher(sql).find()).toList();
    }

    private static void print(String what, List<String> few, List<String> many) {
        System.out.printf("[statements] %-45s all %3d / %3d; on payments' tables %3d / %3d%n", what, few.size(),
                many.size(), paymentsOwn(few).size(), paymentsOwn(many).size());
    }
}
