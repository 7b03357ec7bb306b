package com.invoice24.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoice24.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementActivityTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static final StatementActivity.Entry INVOICE = new StatementActivity.Entry(LocalDate.of(2026, 3, 2),
            Instant.parse("2026-03-02T14:00:00Z"), 1, "Invoice INV-2026-0001", Money.usd("1000.00"), Money.zero());
    private static final StatementActivity.Entry PAYMENT = new StatementActivity.Entry(LocalDate.of(2026, 3, 20),
            Instant.parse("2026-03-23T15:00:00Z"), 2, "Payment, ACH (INV-2026-0001)", Money.zero(),
            Money.usd("600.00"));
    /** Credit applied at 9 pm in New York on March 31, already April 1 in UTC. */
    private static final StatementActivity.Entry CREDIT = new StatementActivity.Entry(null,
            Instant.parse("2026-04-01T01:00:00Z"), 3, "Credit applied, Applied to INV-2026-0001", Money.zero(),
            Money.usd("150.00"));

    @Test
    void creditAppliedAtNinePmInNewYorkOnMarch31IsOnTheMarchStatement() {
        List<ClientStatement.Line> march = StatementActivity.lines(List.of(CREDIT, PAYMENT, INVOICE), NEW_YORK,
                LocalDate.of(2026, 3, 31));

        assertThat(march).extracting(ClientStatement.Line::date).containsExactly(LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 31));
        assertThat(StatementActivity.lines(List.of(CREDIT), ZoneId.of("UTC"), LocalDate.of(2026, 3, 31))).isEmpty();
    }

    @Test
    void linesRunOldestFirstWithTheBalanceAfterEach() {
        List<ClientStatement.Line> lines = StatementActivity.lines(List.of(CREDIT, PAYMENT, INVOICE), NEW_YORK,
                LocalDate.of(2026, 4, 30));

        assertThat(lines).extracting(ClientStatement.Line::description).containsExactly("Invoice INV-2026-0001",
                "Payment, ACH (INV-2026-0001)", "Credit applied, Applied to INV-2026-0001");
        assertThat(lines).extracting(ClientStatement.Line::balance).containsExactly(Money.usd("1000.00"),
                Money.usd("400.00"), Money.usd("250.00"));
    }

    @Test
    void entriesOfOneDayRunAsTheyHappened() {
        StatementActivity.Entry noteThatMorning = new StatementActivity.Entry(LocalDate.of(2026, 3, 20),
                Instant.parse("2026-03-20T13:00:00Z"), 4, "Credit note CN-2026-0001: Goodwill", Money.zero(),
                Money.usd("50.00"));

        assertThat(StatementActivity.lines(List.of(PAYMENT, noteThatMorning, INVOICE), NEW_YORK,
                LocalDate.of(2026, 3, 31))).extracting(ClientStatement.Line::description)
                .containsExactly("Invoice INV-2026-0001", "Credit note CN-2026-0001: Goodwill",
                        "Payment, ACH (INV-2026-0001)");
    }
}
