package com.invoice24.reporting;

import com.invoice24.invoicing.InvoiceStatus;
import com.invoice24.shared.Money;
import com.invoice24.workspace.WorkspaceId;
import com.invoice24.workspace.WorkspaceSettingsService;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accountant's exports for a date range: invoices, payments, credit notes, the AR ledger by client and
 * the journal. Money is written as plain decimals with two places, so spreadsheets and accounting software
 * import it without guessing at currency symbols or thousands separators. Every day in them is a day in the
 * workspace's time zone (see {@link WorkspaceDays}). They read only the views other modules publish, one
 * query per file (the journal and the ledger: one per kind of transaction).
 */
@Service
class AccountantExports {

    private final JdbcClient jdbc;
    private final Journal journal;
    private final WorkspaceSettingsService settings;
    private final Clock clock;

    AccountantExports(JdbcClient jdbc, Journal journal, WorkspaceSettingsService settings, Clock clock) {
        this.jdbc = jdbc;
        this.journal = journal;
        this.settings = settings;
        this.clock = clock;
    }

    /** The journal for the range with its totals; debits equal credits or the export refuses to exist. */
    record JournalView(LocalDate from, LocalDate to, List<JournalEntry> entries, Totals totals) {
    }

    record Totals(Money debit, Money credit) {
    }

    /** One client's receivables over the range; closing = opening + invoiced − paid − credited − written off. */
    record LedgerRow(String client, Money opening, Money invoiced, Money paid, Money credited, Money writtenOff,
                     Money closing) {
    }

    // Repeatable read: the journal is assembled from several queries, which must see the same moment.
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public CsvFile csv(Export export, WorkspaceId workspace, DateRange range) {
        WorkspaceDays days = days(workspace);
        return switch (export) {
            case INVOICES -> invoices(workspace, days, range);
            case PAYMENTS -> payments(workspace, days, range);
            case CREDIT_NOTES -> creditNotes(workspace, range);
            case AR_LEDGER -> arLedger(workspace, days, range);
            case JOURNAL -> journalCsv(workspace, days, range);
        };
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public JournalView journal(WorkspaceId workspace, DateRange range) {
        return journal(workspace, days(workspace), range);
    }

    private WorkspaceDays days(WorkspaceId workspace) {
        return new WorkspaceDays(settings.settingsOf(workspace).timeZone());
    }

    private JournalView journal(WorkspaceId workspace, WorkspaceDays days, DateRange range) {
        List<JournalEntry> entries = journal.between(workspace, days, range).stream()
                .flatMap(transaction -> transaction.entries().stream()).toList();
        Money debit = entries.stream().map(JournalEntry::debit).reduce(Money.zero(), Money::plus);
        Money credit = entries.stream().map(JournalEntry::credit).reduce(Money.zero(), Money::plus);
        if (debit.compareTo(credit) != 0) {
            throw new IllegalStateException("The journal from " + range.from() + " to " + range.to()
                    + " does not balance: debits " + debit + ", credits " + credit);
        }
        return new JournalView(range.from(), range.to(), entries, new Totals(debit, credit));
    }

    private CsvFile invoices(WorkspaceId workspace, WorkspaceDays days, DateRange range) {
        LocalDate today = days.dayOf(clock.instant());
        List<List<String>> rows = jdbc.sql("""
                SELECT i.number, c.name AS client, i.issue_date, i.due_date, i.state, i.disputed,
                       i.viewed_at IS NOT NULL AS viewed, i.po_number, i.subtotal, i.discount, i.tax, i.total,
                       i.amount_paid, i.amount_credited, i.balance_due
                FROM invoice_register i JOIN client_directory c ON c.id = i.client_id
                WHERE i.workspace_id = :workspace AND i.state <> 'DRAFT'
                  AND i.issue_date BETWEEN :from AND :to
                ORDER BY i.issue_date, i.number""")
                .param("workspace", workspace.value())
                .param("from", range.from())
                .param("to", range.to())
                .query((rs, row) -> {
                    // Voided and written-off invoices ask for nothing more, whatever was left on them.
                    Money balance = "SENT".equals(rs.getString("state")) ? Journal.money(rs, "balance_due")
                            : Money.zero();
                    return List.of(text(rs, "number"), text(rs, "client"), date(rs, "issue_date"),
                            date(rs, "due_date"), status(rs, balance, today).name(), text(rs, "po_number"),
                            amount(rs, "subtotal"), amount(rs, "discount"), amount(rs, "tax"), amount(rs, "total"),
                            amount(rs, "amount_paid"), amount(rs, "amount_credited"), plain(balance));
                })
                .list();
        return CsvFile.of(range.fileName("invoices"), List.of("Number", "Client", "Issue date", "Due date", "Status",
                "PO", "Subtotal", "Discount", "Tax", "Total", "Paid", "Credited", "Balance due"), rows);
    }

    /** The status the invoice list shows, by the precedence of {@link InvoiceStatus}. */
    private static InvoiceStatus status(ResultSet rs, Money balance, LocalDate today) throws SQLException {
        String state = rs.getString("state");
        if (!"SENT".equals(state)) {
            return InvoiceStatus.valueOf(state);
        }
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        if (!balance.isPositive()) {
            return InvoiceStatus.PAID;
        } else if (rs.getBoolean("disputed")) {
            return InvoiceStatus.DISPUTED;
        } else if (due != null && due.isBefore(today)) {
            return InvoiceStatus.OVERDUE;
        } else if (Journal.money(rs, "amount_paid").isPositive()) {
            return InvoiceStatus.PARTIALLY_PAID;
        }
        return rs.getBoolean("viewed") ? InvoiceStatus.VIEWED : InvoiceStatus.SENT;
    }

    private CsvFile payments(WorkspaceId workspace, WorkspaceDays days, DateRange range) {
        List<List<String>> rows = jdbc.sql("""
                SELECT p.received_on, c.name AS client, p.method, p.reference, p.amount, p.allocated, p.unapplied,
                       p.reversed_at
                FROM payment_register p JOIN client_directory c ON c.id = p.client_id
                WHERE p.workspace_id = :workspace AND p.received_on BETWEEN :from AND :to
                ORDER BY p.received_on, p.created_at""")
                .param("workspace", workspace.value())
                .param("from", range.from())
                .param("to", range.to())
                .query((rs, row) -> List.of(date(rs, "received_on"), text(rs, "client"), text(rs, "method"),
                        text(rs, "reference"), amount(rs, "amount"), amount(rs, "allocated"), amount(rs, "unapplied"),
                        day(Journal.day(rs, "reversed_at", days))))
                .list();
        return CsvFile.of(range.fileName("payments"), List.of("Received on", "Client", "Method", "Reference",
                "Amount", "Allocated", "Unapplied", "Reversed on"), rows);
    }

    private CsvFile creditNotes(WorkspaceId workspace, DateRange range) {
        List<List<String>> rows = jdbc.sql("""
                SELECT n.number, n.issued_on, c.name AS client, n.invoice_number, n.amount, n.reason
                FROM credit_note_register n JOIN client_directory c ON c.id = n.client_id
                WHERE n.workspace_id = :workspace AND n.issued_on BETWEEN :from AND :to
                ORDER BY n.issued_on, n.number""")
                .param("workspace", workspace.value())
                .param("from", range.from())
                .param("to", range.to())
                .query((rs, row) -> List.of(text(rs, "number"), date(rs, "issued_on"), text(rs, "client"),
                        text(rs, "invoice_number"), amount(rs, "amount"), text(rs, "reason")))
                .list();
        return CsvFile.of(range.fileName("credit-notes"), List.of("Number", "Date", "Client", "Invoice number",
                "Amount", "Reason"), rows);
    }

    private CsvFile arLedger(WorkspaceId workspace, WorkspaceDays days, DateRange range) {
        List<List<String>> rows = ledger(journal.until(workspace, days, range.to()), range).stream()
                .map(row -> List.of(CsvFile.text(row.client()), plain(row.opening()), plain(row.invoiced()),
                        plain(row.paid()), plain(row.credited()), plain(row.writtenOff()), plain(row.closing())))
                .toList();
        return CsvFile.of(range.fileName("ar-ledger"), List.of("Client", "Opening balance", "Invoiced", "Paid",
                "Credited", "Written off", "Closing balance"), rows);
    }

    /**
     * The AR ledger is the journal's receivables account up to the range's last day, split by client and by
     * what moved it: what came before the range opens it.
     */
    static List<LedgerRow> ledger(List<Journal.Transaction> untilLastDay, DateRange range) {
        Map<UUID, LedgerBuilder> clients = new LinkedHashMap<>();
        for (Journal.Transaction transaction : untilLastDay) {
            Money receivable = transaction.net(Account.ACCOUNTS_RECEIVABLE);
            if (receivable.isZero()) {
                continue;
            }
            LedgerBuilder client = clients.computeIfAbsent(transaction.clientId(),
                    id -> new LedgerBuilder(transaction.client()));
            if (transaction.date().isBefore(range.from())) {
                client.opening = client.opening.plus(receivable);
            } else {
                client.add(transaction.kind().column, receivable);
            }
        }
        return clients.values().stream().map(LedgerBuilder::row)
                .sorted(Comparator.comparing(LedgerRow::client, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private CsvFile journalCsv(WorkspaceId workspace, WorkspaceDays days, DateRange range) {
        JournalView view = journal(workspace, days, range);
        List<List<String>> rows = new ArrayList<>();
        view.entries().forEach(entry -> rows.add(List.of(entry.date().toString(), entry.account(),
                plainOrEmpty(entry.debit()), plainOrEmpty(entry.credit()), CsvFile.text(entry.memo()),
                CsvFile.text(entry.reference()))));
        rows.add(List.of("", "Total", plain(view.totals().debit()), plain(view.totals().credit()), "", ""));
        return CsvFile.of(range.fileName("journal"), List.of("Date", "Account", "Debit", "Credit", "Memo",
                "Reference"), rows);
    }

    private static final class LedgerBuilder {

        private final String client;
        private Money opening = Money.zero();
        private Money invoiced = Money.zero();
        private Money paid = Money.zero();
        private Money credited = Money.zero();
        private Money writtenOff = Money.zero();

        LedgerBuilder(String client) {
            this.client = client;
        }

        /** Receivables go up with invoicing and down with everything else, hence the signs. */
        void add(Journal.Column column, Money receivable) {
            switch (column) {
                case INVOICED -> invoiced = invoiced.plus(receivable);
                case PAID -> paid = paid.minus(receivable);
                case CREDITED -> credited = credited.minus(receivable);
                case WRITTEN_OFF -> writtenOff = writtenOff.minus(receivable);
                case NONE -> throw new IllegalStateException("A " + column + " transaction moved receivables");
            }
        }

        LedgerRow row() {
            return new LedgerRow(client, opening, invoiced, paid, credited, writtenOff,
                    opening.plus(invoiced).minus(paid).minus(credited).minus(writtenOff));
        }
    }

    private static String text(ResultSet rs, String column) throws SQLException {
        return CsvFile.text(Objects.requireNonNullElse(rs.getString(column), ""));
    }

    private static String date(ResultSet rs, String column) throws SQLException {
        return day(rs.getObject(column, LocalDate.class));
    }

    private static String day(@Nullable LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private static String amount(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return plain(Money.of(value == null ? BigDecimal.ZERO : value));
    }

    private static String plain(Money money) {
        return money.amount().toPlainString();
    }

    private static String plainOrEmpty(Money money) {
        return money.isZero() ? "" : plain(money);
    }
}
