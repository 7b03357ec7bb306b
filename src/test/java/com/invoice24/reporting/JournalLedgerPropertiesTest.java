package com.invoice24.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.invoice24.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The AR ledger over any journal: it closes at what the journal's receivables say, and a period closes
 * where the next one opens, so splitting a quarter into months never loses or doubles money.
 */
class JournalLedgerPropertiesTest {

    private static final long SEED = 20_261_202L;
    private static final LocalDate NEW_YEAR = LocalDate.of(2026, 1, 1);
    private static final List<UUID> CLIENTS = List.of(UUID.fromString("00000000-0000-0000-0000-00000000000a"),
            UUID.fromString("00000000-0000-0000-0000-00000000000b"),
            UUID.fromString("00000000-0000-0000-0000-00000000000c"));

    @Test
    void theLedgerClosesAtTheReceivablesOfTheJournalUpToItsLastDay() {
        qt().withFixedSeed(SEED).forAll(journals(), integers().between(0, 60), integers().between(0, 60))
                .checkAssert((journal, start, length) -> {
                    DateRange range = new DateRange(NEW_YEAR.plusDays(start), NEW_YEAR.plusDays(start + length));
                    List<Journal.Transaction> untilLastDay = until(journal, range.to());

                    Money closing = AccountantExports.ledger(untilLastDay, range).stream()
                            .map(AccountantExports.LedgerRow::closing).reduce(Money.zero(), Money::plus);

                    assertThat(closing).isEqualTo(untilLastDay.stream()
                            .map(transaction -> transaction.net(Account.ACCOUNTS_RECEIVABLE))
                            .reduce(Money.zero(), Money::plus));
                });
    }

    @Test
    void eachClientsPeriodClosesWhereTheNextOneOpens() {
        qt().withFixedSeed(SEED).forAll(journals(), integers().between(0, 89)).checkAssert((journal, split) -> {
            DateRange before = new DateRange(NEW_YEAR, NEW_YEAR.plusDays(split));
            DateRange after = new DateRange(before.to().plusDays(1), NEW_YEAR.plusDays(90));

            Map<String, Money> closings = AccountantExports.ledger(until(journal, before.to()), before).stream()
                    .collect(Collectors.toMap(AccountantExports.LedgerRow::client,
                            AccountantExports.LedgerRow::closing));
            Map<String, Money> openings = AccountantExports.ledger(until(journal, after.to()), after).stream()
                    .filter(row -> closings.containsKey(row.client()))
                    .collect(Collectors.toMap(AccountantExports.LedgerRow::client,
                            AccountantExports.LedgerRow::opening));

            assertThat(openings).isEqualTo(closings);
        });
    }

    private static List<Journal.Transaction> until(List<Journal.Transaction> journal, LocalDate last) {
        return journal.stream().filter(transaction -> !transaction.date().isAfter(last)).toList();
    }

    /** Up to 40 transactions of every kind over a quarter, for three clients, oldest first as the journal is. */
    private static Gen<List<Journal.Transaction>> journals() {
        Gen<Journal.Transaction> transaction = integers().between(0, Journal.Kind.values().length - 1)
                .zip(integers().between(1, 5_000_000), integers().between(0, 90),
                        integers().between(0, CLIENTS.size() - 1),
                        (kind, cents, day, client) -> transaction(Journal.Kind.values()[kind],
                                Money.of(BigDecimal.valueOf(cents, 2)), NEW_YEAR.plusDays(day), client));
        return lists().of(transaction).ofSizeBetween(0, 40).map(list -> list.stream()
                .sorted(Comparator.comparing(Journal.Transaction::date)).toList());
    }

    /** Each kind posted to the accounts the journal posts it to. */
    private static Journal.Transaction transaction(Journal.Kind kind, Money amount, LocalDate day, int client) {
        Account debit = switch (kind) {
            case INVOICE_SENT, PAYMENT_REVERSED -> Account.ACCOUNTS_RECEIVABLE;
            case INVOICE_VOIDED -> Account.REVENUE;
            case PAYMENT_RECEIVED -> Account.CASH;
            case CREDIT_APPLIED, CREDIT_REFUNDED -> Account.CUSTOMER_CREDITS;
            case CREDIT_NOTE -> Account.CREDIT_NOTES;
            case WRITE_OFF -> Account.BAD_DEBT_EXPENSE;
        };
        Account credit = switch (kind) {
            case INVOICE_SENT -> Account.REVENUE;
            case PAYMENT_REVERSED, CREDIT_REFUNDED -> Account.CASH;
            default -> Account.ACCOUNTS_RECEIVABLE;
        };
        return new Journal.Transaction(day, CLIENTS.get(client), "Client " + client, kind, kind.name(), "ref",
                List.of(Journal.Line.debit(debit, amount), Journal.Line.credit(credit, amount)));
    }
}
