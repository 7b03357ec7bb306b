package com.invoice24.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.invoice24.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JournalTransactionTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    @Test
    void aTransactionWhoseDebitsAndCreditsDifferIsRefused() {
        assertThatIllegalStateException().isThrownBy(() -> transaction(
                        Journal.Line.debit(Account.ACCOUNTS_RECEIVABLE, Money.usd("1100.00")),
                        Journal.Line.credit(Account.REVENUE, Money.usd("1000.00"))))
                .withMessageContaining("out of balance by 100.00");
    }

    @Test
    void zeroLinesAreLeftOutAndNetIsDebitMinusCredit() {
        Journal.Transaction payment = transaction(
                Journal.Line.debit(Account.CASH, Money.usd("500.00")),
                Journal.Line.debit(Account.PAYMENT_FEES, Money.zero()),
                Journal.Line.credit(Account.ACCOUNTS_RECEIVABLE, Money.usd("300.00")),
                Journal.Line.credit(Account.CUSTOMER_CREDITS, Money.usd("200.00")));

        assertThat(payment.lines()).hasSize(3);
        assertThat(payment.net(Account.ACCOUNTS_RECEIVABLE)).isEqualTo(Money.usd("-300.00"));
        assertThat(payment.entries()).extracting(JournalEntry::account)
                .containsExactly("Cash (Bank)", "Accounts Receivable", "Customer Credits");
    }

    private static Journal.Transaction transaction(Journal.Line... lines) {
        return new Journal.Transaction(MARCH_2, UUID.randomUUID(), "Initech", Journal.Kind.PAYMENT_RECEIVED,
                "Payment from Initech", "ref", List.of(lines));
    }
}
