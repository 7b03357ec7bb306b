package com.invoice24.reporting;

import com.invoice24.shared.Money;
import com.invoice24.shared.Timestamps;
import com.invoice24.workspace.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The double-entry journal, derived from what the other modules publish about money changing: sent,
 * voided and written-off invoices ({@code invoice_register}), payments and their reversals
 * ({@code payment_register}), client credit applied and refunded ({@code client_credit_register}) and
 * credit notes ({@code credit_note_register}), with clients' names from {@code client_directory}. Every
 * transaction balances on its own, so any range of them balances too. Each is dated by the day its event
 * happened in the workspace's time zone: a void at 9 pm in New York on the 31st belongs to that month.
 */
@Component
class Journal {

    /** What a transaction does to receivables, for the AR ledger's columns. */
    enum Kind {
        INVOICE_SENT(Column.INVOICED), INVOICE_VOIDED(Column.INVOICED), PAYMENT_RECEIVED(Column.PAID),
        PAYMENT_REVERSED(Column.PAID), CREDIT_APPLIED(Column.PAID), CREDIT_REFUNDED(Column.NONE),
        CREDIT_NOTE(Column.CREDITED), WRITE_OFF(Column.WRITTEN_OFF);

        final Column column;

        Kind(Column column) {
            this.column = column;
        }
    }

    enum Column { INVOICED, PAID, CREDITED, WRITTEN_OFF, NONE }

    record Line(Account account, Money debit, Money credit) {

        static Line debit(Account account, Money amount) {
            return new Line(account, amount, Money.zero());
        }

        static Line credit(Account account, Money amount) {
            return new Line(account, Money.zero(), amount);
        }

        /** What the line adds to the account's debit balance. */
        Money net() {
            return debit.minus(credit);
        }
    }

    record Transaction(LocalDate date, UUID clientId, String client, Kind kind, String memo, String reference,
                       List<Line> lines) {

        Transaction {
            lines = lines.stream().filter(line -> !line.debit().isZero() || !line.credit().isZero()).toList();
            Money balance = lines.stream().map(Line::net).reduce(Money.zero(), Money::plus);
            if (!balance.isZero()) {
                throw new IllegalStateException("Journal transaction " + kind + " " + reference + " on " + date
                        + " is out of balance by " + balance);
            }
        }

        Money net(Account account) {
            return lines.stream().filter(line -> line.account() == account).map(Line::net)
                    .reduce(Money.zero(), Money::plus);
        }

        List<JournalEntry> entries() {
            return lines.stream().map(line -> new JournalEntry(date, line.account().label(), line.debit(),
                    line.credit(), memo, reference)).toList();
        }
    }

    private final JdbcClient jdbc;

    Journal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every transaction of the workspace up to and including the day given, oldest first, each dated by
     * the day its event happened in the workspace's time zone: four queries whatever the number of rows.
     * The queries leave out what began after the day; a void or reversal after it is left out here.
     */
    List<Transaction> until(WorkspaceId workspace, WorkspaceDays days, LocalDate last) {
        List<Transaction> all = new ArrayList<>();
        all.addAll(invoices(workspace, days, last));
        all.addAll(payments(workspace, days, last));
        all.addAll(creditMovements(workspace, days, last));
        all.addAll(creditNotes(workspace, last));
        return all.stream()
                .filter(transaction -> !transaction.date().isAfter(last))
                .filter(transaction -> !transaction.lines().isEmpty())
                .sorted(Comparator.comparing(Transaction::date).thenComparing(Transaction::kind)
                        .thenComparing(Transaction::reference))
                .toList();
    }

    List<Transaction> between(WorkspaceId workspace, WorkspaceDays days, DateRange range) {
        return until(workspace, days, range.to()).stream().filter(t -> range.contains(t.date())).toList();
    }

    /** Issued invoices from invoicing's register; voided drafts were never sent, so they never hit the books. */
    private List<Transaction> invoices(WorkspaceId workspace, WorkspaceDays days, LocalDate last) {
        List<Transaction> transactions = new ArrayList<>();
        jdbc.sql("""
                SELECT i.id, i.number, i.client_id, c.name AS client, i.state, i.total, i.tax, i.amount_credited,
                       i.balance_due, i.void_reason, i.issue_date, i.sent_at, i.voided_at, i.written_off_at
                FROM invoice_register i JOIN client_directory c ON c.id = i.client_id
                WHERE i.workspace_id = :workspace AND i.state <> 'DRAFT'
                  AND NOT (i.state = 'VOID' AND i.sent_at IS NULL)
                  AND (i.sent_at < :end OR i.sent_at IS NULL AND i.issue_date <= :last)""")
                .param("workspace", workspace.value())
                .param("end", Timestamps.of(days.endOf(last)))
                .param("last", last)
                .query((rs, row) -> transactions.addAll(invoice(rs, days)))
                .list();
        return transactions;
    }

    private static List<Transaction> invoice(ResultSet rs, WorkspaceDays days) throws SQLException {
        UUID client = rs.getObject("client_id", UUID.class);
        String name = rs.getString("client");
        String number = rs.getString("number");
        Money total = money(rs, "total");
        Money tax = money(rs, "tax");
        Money credited = money(rs, "amount_credited");
        List<Transaction> transactions = new ArrayList<>();
        LocalDate sentOn = Objects.requireNonNullElse(day(rs, "sent_at", days),
                rs.getObject("issue_date", LocalDate.class));
        transactions.add(new Transaction(sentOn, client, name, Kind.INVOICE_SENT,
                "Invoice " + number + " to " + name, number, List.of(
                Line.debit(Account.ACCOUNTS_RECEIVABLE, total),
                Line.credit(Account.REVENUE, total.minus(tax)),
                Line.credit(Account.SALES_TAX_PAYABLE, tax))));
        LocalDate voidedOn = day(rs, "voided_at", days);
        if ("VOID".equals(rs.getString("state")) && voidedOn != null) {
            // A void undoes the invoice whole; credit notes already posted against it are undone with it,
            // so receivables end at zero for a voided invoice, as the client's balance shows.
            transactions.add(new Transaction(voidedOn, client, name, Kind.INVOICE_VOIDED,
                    "Invoice " + number + " voided: " + Objects.requireNonNullElse(rs.getString("void_reason"), ""),
                    number, List.of(
                    Line.debit(Account.REVENUE, total.minus(tax)),
                    Line.debit(Account.SALES_TAX_PAYABLE, tax),
                    Line.credit(Account.ACCOUNTS_RECEIVABLE, total),
                    Line.debit(Account.ACCOUNTS_RECEIVABLE, credited),
                    Line.credit(Account.CREDIT_NOTES, credited))));
        }
        LocalDate writtenOffOn = day(rs, "written_off_at", days);
        if ("WRITTEN_OFF".equals(rs.getString("state")) && writtenOffOn != null) {
            // What was still due when the invoice was written off; payments and credits stop at a write-off.
            Money balance = money(rs, "balance_due");
            transactions.add(new Transaction(writtenOffOn, client, name, Kind.WRITE_OFF,
                    "Invoice " + number + " written off", number, List.of(
                    Line.debit(Account.BAD_DEBT_EXPENSE, balance),
                    Line.credit(Account.ACCOUNTS_RECEIVABLE, balance))));
        }
        return transactions;
    }

    private List<Transaction> payments(WorkspaceId workspace, WorkspaceDays days, LocalDate last) {
        List<Transaction> transactions = new ArrayList<>();
        jdbc.sql("""
                SELECT p.id, p.client_id, c.name AS client, p.amount, p.fee, p.allocated, p.unapplied,
                       p.received_on, p.method, p.reference, p.reversed_at, p.reversal_reason
                FROM payment_register p JOIN client_directory c ON c.id = p.client_id
                WHERE p.workspace_id = :workspace AND p.received_on <= :last""")
                .param("workspace", workspace.value())
                .param("last", last)
                .query((rs, row) -> transactions.addAll(payment(rs, days)))
                .list();
        return transactions;
    }

    private static List<Transaction> payment(ResultSet rs, WorkspaceDays days) throws SQLException {
        UUID client = rs.getObject("client_id", UUID.class);
        String name = rs.getString("client");
        Money amount = money(rs, "amount");
        Money fee = money(rs, "fee");
        String reference = Objects.requireNonNullElse(rs.getString("reference"), rs.getString("id"));
        // The processor keeps its fee, so the bank sees the amount less the fee; the client is credited in full.
        List<Line> received = List.of(
                Line.debit(Account.CASH, amount.minus(fee)),
                Line.debit(Account.PAYMENT_FEES, fee),
                Line.credit(Account.ACCOUNTS_RECEIVABLE, money(rs, "allocated")),
                Line.credit(Account.CUSTOMER_CREDITS, money(rs, "unapplied")));
        List<Transaction> transactions = new ArrayList<>();
        transactions.add(new Transaction(rs.getObject("received_on", LocalDate.class), client, name,
                Kind.PAYMENT_RECEIVED, "Payment from " + name + " by " + rs.getString("method"), reference, received));
        LocalDate reversedOn = day(rs, "reversed_at", days);
        if (reversedOn != null) {
            transactions.add(new Transaction(reversedOn, client, name, Kind.PAYMENT_REVERSED,
                    "Payment from " + name + " reversed: " + Objects.requireNonNullElse(rs.getString("reversal_reason"),
                            ""), reference, received.stream().map(line -> new Line(line.account(), line.credit(),
                    line.debit())).toList()));
        }
        return transactions;
    }

    /** Applications and refunds of client credit; credit received and reversed is posted with its payment. */
    private List<Transaction> creditMovements(WorkspaceId workspace, WorkspaceDays days, LocalDate last) {
        return jdbc.sql("""
                SELECT e.client_id, c.name AS client, e.kind, -e.amount AS amount, e.reason, i.number,
                       e.recorded_at, e.id
                FROM client_credit_register e JOIN client_directory c ON c.id = e.client_id
                LEFT JOIN invoice_register i ON i.id = e.invoice_id
                WHERE e.workspace_id = :workspace AND e.kind IN ('APPLIED', 'REFUNDED')
                  AND e.recorded_at < :end""")
                .param("workspace", workspace.value())
                .param("end", Timestamps.of(days.endOf(last)))
                .query((rs, row) -> {
                    String name = rs.getString("client");
                    Money amount = money(rs, "amount");
                    boolean applied = "APPLIED".equals(rs.getString("kind"));
                    return new Transaction(Objects.requireNonNull(day(rs, "recorded_at", days)),
                            rs.getObject("client_id", UUID.class), name,
                            applied ? Kind.CREDIT_APPLIED : Kind.CREDIT_REFUNDED,
                            (applied ? "Client credit of " : "Credit refunded to ") + name + ": "
                                    + Objects.requireNonNullElse(rs.getString("reason"), ""),
                            Objects.requireNonNullElse(rs.getString("number"), rs.getString("id")), List.of(
                            Line.debit(Account.CUSTOMER_CREDITS, amount),
                            Line.credit(applied ? Account.ACCOUNTS_RECEIVABLE : Account.CASH, amount)));
                })
                .list();
    }

    /** Credit notes carry the day they were issued (in the workspace's zone), so they need no converting. */
    private List<Transaction> creditNotes(WorkspaceId workspace, LocalDate last) {
        return jdbc.sql("""
                SELECT n.number, n.client_id, c.name AS client, n.invoice_number, n.amount, n.reason, n.issued_on
                FROM credit_note_register n JOIN client_directory c ON c.id = n.client_id
                WHERE n.workspace_id = :workspace AND n.issued_on <= :last""")
                .param("workspace", workspace.value())
                .param("last", last)
                .query((rs, row) -> {
                    Money amount = money(rs, "amount");
                    return new Transaction(rs.getObject("issued_on", LocalDate.class),
                            rs.getObject("client_id", UUID.class),
                            rs.getString("client"), Kind.CREDIT_NOTE, "Credit note on invoice "
                            + rs.getString("invoice_number") + ": " + rs.getString("reason"), rs.getString("number"),
                            List.of(Line.debit(Account.CREDIT_NOTES, amount),
                                    Line.credit(Account.ACCOUNTS_RECEIVABLE, amount)));
                })
                .list();
    }

    static Money money(ResultSet rs, String column) throws SQLException {
        return Money.of(rs.getBigDecimal(column));
    }

    /** The day a moment fell on in the workspace's time zone, which is the day its books show. */
    static @Nullable LocalDate day(ResultSet rs, String column, WorkspaceDays days) throws SQLException {
        @Nullable OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : days.dayOf(at.toInstant());
    }
}
