package com.invoice24.payments;

import com.invoice24.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The lines of a statement of account from its entries. An entry dated by a moment (credit applied, a
 * write-off) falls on that moment's day in the workspace's time zone, as the client's AP saw it happen;
 * entries are in date order, then as they happened, and each line carries the balance after it.
 */
final class StatementActivity {

    private StatementActivity() {
    }

    /**
     * One charge or credit. {@code day} is its date when it has one of its own (an invoice's issue date, a
     * payment's received date); otherwise {@code at} dates it. {@code kind} orders entries of the same moment.
     */
    record Entry(@Nullable LocalDate day, @Nullable Instant at, int kind, String description, Money charge,
                 Money credit) {

        LocalDate dayIn(ZoneId zone) {
            if (day != null) {
                return day;
            }
            if (at == null) {
                throw new IllegalStateException("A statement entry without a date: " + description);
            }
            return LocalDate.ofInstant(at, zone);
        }
    }

    static List<ClientStatement.Line> lines(List<Entry> entries, ZoneId zone, LocalDate asOf) {
        record Dated(LocalDate day, Entry entry) {
        }
        List<ClientStatement.Line> lines = new ArrayList<>();
        Money balance = Money.zero();
        for (Dated dated : entries.stream()
                .map(entry -> new Dated(entry.dayIn(zone), entry))
                .filter(dated -> !dated.day().isAfter(asOf))
                .sorted(Comparator.comparing(Dated::day)
                        .thenComparing(dated -> dated.entry().at(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingInt(dated -> dated.entry().kind()))
                .toList()) {
            Entry entry = dated.entry();
            balance = balance.plus(entry.charge()).minus(entry.credit());
            lines.add(new ClientStatement.Line(dated.day(), entry.description(), entry.charge(), entry.credit(),
                    balance));
        }
        return lines;
    }
}
